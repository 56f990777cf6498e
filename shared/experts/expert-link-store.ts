// What expert links need from storage: one secret key per expert, the lookup by key and the list.
export interface ExpertKeyRecord {
  expertId: string;
  key: string;
  issuedAt: string;
}

/** Each expert's one secret link key (专家专属链接), kept like a unit's. */
export interface ExpertLinkStore {
  /** Gives the expert this key; the previous key stops resolving in the same transaction. */
  issue(expertId: string, key: string, issuedAt: string): Promise<void>;
  /** The expert a key belongs to now (a strongly consistent read: a rotated key fails at once). */
  resolve(key: string): Promise<ExpertKeyRecord | undefined>;
  /** Every expert's current key: one item per expert. */
  list(): Promise<ExpertKeyRecord[]>;
}
