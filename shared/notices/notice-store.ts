// What notices need from storage: the notices themselves, a lease so one notice is sent by one sender
// at a time, and each robot's next free sending slot (its documented rate limit).
import type { Page } from '../kernel/page.js';
import type { Notice, NoticeStatus } from './notice-schema.js';

export interface NoticeStore {
  /** Stores a new notice; false (nothing written) when one with this id exists (a deterministic id made twice). */
  create(notice: Notice): Promise<boolean>;
  get(noticeId: string): Promise<Notice | undefined>;
  /** Newest first, a page at a time. */
  list(options?: { limit?: number; cursor?: string }): Promise<Page<Notice>>;
  /** Notices created at or after `since` (an instant), newest first: what the workbench and the sweep look through. */
  since(since: string): Promise<Notice[]>;
  /**
   * Takes the notice for sending until `until` unless it is sent or another sender holds it:
   * the notice as it is, or undefined.
   */
  claim(noticeId: string, holder: string, now: Date, until: Date): Promise<Notice | undefined>;
  /** Writes the notice back after a round and gives the lease up (the holder's own only). */
  release(notice: Notice, holder: string): Promise<void>;
  /** Sets the notice's status (and when to try next) without a lease: a retry asked for by hand. */
  reopen(noticeId: string, status: NoticeStatus, nextAttemptAt: string): Promise<Notice | undefined>;
  /**
   * Reserves a robot's next sending slot: the later of `now` and its next free slot, which moves on by
   * `spacingMs`. Every request to a robot takes one, so no robot is sent more than its limit allows.
   */
  reserveSlot(channelId: string, now: Date, spacingMs: number): Promise<Date>;
}
