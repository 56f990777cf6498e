// Storage's port for small facts about the district's data and named leases.

/** Small facts about the district's data (e.g. "the demo was seeded"). */
export interface MetaRepository {
  get(name: string): Promise<string | undefined>;
  /** Records a fact unless it is already recorded; returns false when it was. */
  putIfAbsent(name: string, value: string): Promise<boolean>;
  /**
   * Takes a named lease until `until` unless another holder's is still running; returns false when it is.
   * A lease whose holder died runs out by itself (and its item expires by TTL).
   */
  takeLease(name: string, holder: string, now: Date, until: Date): Promise<boolean>;
  /** Gives a lease back (only the holder's own). */
  releaseLease(name: string, holder: string): Promise<void>;
}
