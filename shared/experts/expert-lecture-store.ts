// What the expert's page and answers need from storage: the expert's lectures, and the one
// conditional write that records an answer on a lecture.
import type { Lecture } from '../lectures/lecture-schema.js';

/** An expert's answer as written: accepted, or declined with a reason. */
export type ExpertAnswer = { answer: 'accepted' } | { answer: 'declined'; reason: string };

export type AnswerOutcome =
  /** The write went through: the lecture as it is now. */
  | { written: true; lecture: Lecture }
  /** The condition failed: the lecture as it is now (strongly consistent), or none. */
  | { written: false; lecture: Lecture | undefined };

export interface ExpertLectureStore {
  /** The lectures an expert gives (any status) starting at or after `since` (an instant), in start order: O(that expert's lectures). */
  ofExpert(expertId: string, since?: string): Promise<Lecture[]>;
  /** The lecture, read strongly consistently (an answer is decided on it). */
  lecture(lectureId: string): Promise<Lecture | undefined>;
  /**
   * Records the answer if, at the moment of writing, the lecture is scheduled, still pending and
   * still this expert's: one conditional write, so of two answers at once exactly one is written.
   */
  answer(lectureId: string, expertId: string, answer: ExpertAnswer, at: string): Promise<AnswerOutcome>;
  /** Adds lectures to their experts' lists (a set: repeats change nothing); booking already does it. */
  listUnderExperts(lectures: readonly Lecture[]): Promise<void>;
}
