// Storage's port for each unit's one secret link key.
import * as v from 'valibot';

export const UnitKeyRecordSchema = v.object({ unitId: v.string(), key: v.string(), issuedAt: v.string() });
export type UnitKeyRecord = v.InferOutput<typeof UnitKeyRecordSchema>;

/** Each unit's one secret link key. */
export interface UnitKeyRepository {
  /** Gives the unit this key; its previous key stops resolving in the same transaction. */
  issue(unitId: string, key: string, issuedAt: string): Promise<void>;
  /** The unit a key belongs to now (a strongly consistent read: a rotated key fails at once). */
  resolve(key: string): Promise<UnitKeyRecord | undefined>;
  /** Every unit's current key: one item per unit. */
  list(): Promise<UnitKeyRecord[]>;
}
