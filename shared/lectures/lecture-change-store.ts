// What changing a scheduled lecture needs from storage: one write that moves everything the lecture
// is filed under (its expert's time slot, the unit and expert lists) with it, race-free per expert.
import type { Lecture } from './lecture-schema.js';

export interface LectureChangeStore {
  /**
   * Replaces `before` with `after` if the lecture is still as read (scheduled, same start, expert and
   * units): LectureStatusError when it moved on meanwhile; ExpertBusyError when `after` overlaps
   * another lecture of its expert. `resetAssignment`: the expert is asked again (pending).
   */
  change(before: Lecture, after: Lecture, resetAssignment: boolean): Promise<void>;
}
