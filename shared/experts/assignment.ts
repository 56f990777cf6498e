// The expert's answer to a lecture (接单 / 婉拒) as a state machine:
//
//   pending ──accept──▶ accepted
//      └────decline──▶ declined (reason; the organizers see 待派单)
//   accepted / declined ──(organizers change the expert or the time)──▶ pending
//
// An answer is checked here against what was read, then written with one conditional write whose
// condition repeats the rules (scheduled, pending, this expert's), so whatever races past the checks
// (two answers at once, a cancel or a change in between) is decided by the write alone and said
// from the lecture as it then is. The same answer twice is a replay: 200, nothing written again.
import type { Clock } from '../kernel/clock.js';
import { AssignmentAnsweredError, LectureCancelledError, LectureNotFoundError, LectureStatusError } from '../errors.js';
import { assignmentOf, type Lecture } from '../lectures/lecture-schema.js';
import type { ExpertAnswer, ExpertLectureStore } from './expert-lecture-store.js';

export interface AnswerDeps {
  expertLectures: ExpertLectureStore;
  clock: Clock;
}

export interface AnswerResult {
  lecture: Lecture;
  /** False for a replay of the answer already given: nothing was written (no audit, no notice). */
  changed: boolean;
}

/** The refusal (or replay) a lecture in this state gives this answer from this expert; undefined: the answer may be written. */
function decide(lecture: Lecture | undefined, lectureId: string, expertId: string, answer: ExpertAnswer): AnswerResult | Error | undefined {
  // Another expert's lecture (or a lecture whose expert was changed) is no business of this link.
  if (!lecture || lecture.expertId !== expertId) return new LectureNotFoundError(lectureId);
  if (lecture.status === 'cancelled') return new LectureCancelledError(lectureId);
  const current = assignmentOf(lecture);
  if (current !== 'pending') return current === answer.answer ? { lecture, changed: false } : new AssignmentAnsweredError(lectureId, current);
  if (lecture.status !== 'scheduled') return new LectureStatusError(lectureId, lecture.status, answer.answer);
  return undefined;
}

/** Writes that lost to a change landing between read and write and then found the lecture answerable again. */
const ANSWER_ATTEMPTS = 3;

export async function answerAssignment(deps: AnswerDeps, expertId: string, lectureId: string, answer: ExpertAnswer): Promise<AnswerResult> {
  let seen = await deps.expertLectures.lecture(lectureId);
  for (let attempt = 1; ; attempt++) {
    const decided = decide(seen, lectureId, expertId, answer);
    if (decided instanceof Error) throw decided;
    if (decided) return decided;
    const outcome = await deps.expertLectures.answer(lectureId, expertId, answer, deps.clock.now().toISOString());
    if (outcome.written) return { lecture: outcome.lecture, changed: true };
    // The condition failed: something landed between the read and the write; decide again on the lecture as it now is.
    seen = outcome.lecture;
    if (attempt >= ANSWER_ATTEMPTS) throw new LectureStatusError(lectureId, seen?.status ?? 'gone', answer.answer);
  }
}
