// What briefings (学习动态) need from storage. The organizers' briefings (drafts and all) live in an
// organizer-only partition; publishing writes the frozen copy, its display photos and the public
// list into the partitions the respondent function may read, and withdrawing takes them out again.
// One DynamoDB adapter: shared/storage/dynamodb/briefing-repository.ts.
import type { DisplayPhoto, NewsEntry, PublishedBriefing, StoredBriefing } from './briefing-schema.js';

export interface BriefingRepository {
  create(briefing: StoredBriefing): Promise<void>;
  get(briefingId: string): Promise<StoredBriefing | undefined>;
  /** Every briefing, newest day first (without their text). */
  list(): Promise<Omit<StoredBriefing, 'text'>[]>;
  /** Replaces the fields of a briefing at `expectedVersion`; BriefingEditConflictError when it moved on. */
  update(briefing: StoredBriefing, expectedVersion: number): Promise<void>;
  /**
   * Publishes: the display photos first, then in one transaction the briefing's status (from what it
   * was at `expectedVersion`), the public copy and its line in the public list.
   */
  publish(briefing: StoredBriefing, expectedVersion: number, copy: PublishedBriefing, photos: readonly DisplayPhoto[]): Promise<void>;
  /** Withdraws: status, public copy and list line in one transaction, then the display photos. */
  withdraw(briefing: StoredBriefing, expectedVersion: number): Promise<void>;
}

/** The public side: what the /news pages read (GetItem only, in the public partitions). */
export interface NewsReader {
  list(): Promise<NewsEntry[]>;
  get(briefingId: string): Promise<PublishedBriefing | undefined>;
  photo(briefingId: string, photoId: string): Promise<Uint8Array | undefined>;
}
