// A small time-bounded, size-bounded cache for values that change rarely and are read on every request.
import type { Clock } from './clock.js';

export interface TtlCacheOptions {
  ttlMs: number;
  /** Bounded, so requests for many different keys cannot grow memory. */
  maxEntries: number;
  clock: Clock;
}

export class TtlCache<V> {
  private readonly entries = new Map<string, { value: V; until: number }>();

  constructor(private readonly options: TtlCacheOptions) {}

  /** The cached value, or `load()`'s, which is kept only when `keep` says so. */
  async get(key: string, load: () => Promise<V>, keep: (value: V) => boolean = () => true): Promise<V> {
    const now = this.options.clock.now().getTime();
    const hit = this.entries.get(key);
    if (hit && hit.until > now) return hit.value;
    const value = await load();
    this.entries.delete(key);
    if (keep(value)) {
      if (this.entries.size >= this.options.maxEntries) {
        const oldest = this.entries.keys().next().value;
        if (oldest !== undefined) this.entries.delete(oldest);
      }
      this.entries.set(key, { value, until: now + this.options.ttlMs });
    }
    return value;
  }

  forget(key: string): void {
    this.entries.delete(key);
  }
}
