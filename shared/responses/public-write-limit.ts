// The per-source limit on public writes (survey responses, lecture feedback, unit requests): one
// client cannot stuff a lecture's scores or a survey's counts at machine speed. Counted per window
// on a few shard items (no single hot item), each refused past its share by a conditional write, as
// the sign-in lockout counts attempts; items expire by TTL.
import { createHash } from 'node:crypto';

export interface PublicWritePolicy {
  /** Writes one source may make in one window. */
  perWindow: number;
  windowMs: number;
}

/**
 * 120 a minute per source address. A hall of 300 on one Wi-Fi (one address behind NAT) answering in
 * two minutes sends about 150 a minute: the few past the limit get 429 with Retry-After and the form's
 * outbox sends them again a little later, so nothing is lost; one client can no longer send hundreds a
 * second. Set with DIANCAI_PUBLIC_WRITES_PER_MINUTE (the load benchmarks set it high).
 */
export const DEFAULT_PUBLIC_WRITE_POLICY: PublicWritePolicy = { perWindow: 120, windowMs: 60_000 };

export function publicWritePolicy(perMinute: string | undefined, fallback: PublicWritePolicy = DEFAULT_PUBLIC_WRITE_POLICY): PublicWritePolicy {
  const n = Number(perMinute);
  return perMinute !== undefined && perMinute.trim() !== '' && Number.isInteger(n) && n > 0 ? { perWindow: n, windowMs: 60_000 } : fallback;
}

/**
 * Sign-ins have an allowance of their own, counted apart from the one above: 600 a minute per source.
 * A hall of 300 behind one Wi-Fi address signs in within a minute or two, all from that address: under
 * the 120 above most of them would wait (or, without JavaScript, see a refusal) at the door. A sign-in
 * adds one to a head count and carries no score, so what a machine-speed sender could do with it is
 * small, and still bounded (600 a minute, one per signInId). Apart, so a hall's sign-ins never use up
 * the feedback allowance the same hall needs at the end. Set with DIANCAI_SIGN_INS_PER_MINUTE.
 */
export const DEFAULT_SIGN_IN_POLICY: PublicWritePolicy = { perWindow: 600, windowMs: 60_000 };

export const signInWritePolicy = (perMinute: string | undefined): PublicWritePolicy => publicWritePolicy(perMinute, DEFAULT_SIGN_IN_POLICY);

/** The stored name of a source: a hash of its address, so the table keeps no addresses. */
export function sourceKey(address: string): string {
  return createHash('sha256').update(`public-writes:${address}`).digest('base64url').slice(0, 22);
}

export interface PublicWriteClaim {
  allowed: boolean;
  /** When refused: until the window ends. */
  retryAfterMs?: number;
}

export interface PublicWriteLimiter {
  claim(source: string, now: Date, policy: PublicWritePolicy): Promise<PublicWriteClaim>;
}
