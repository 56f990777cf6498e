// One lecture as the organizer sees it: the record, its feedback window, counts and scores.
import { counterNumbers } from '../survey/exact-counters.js';
import type { FeedbackFormRepository, LectureRepository } from './lecture-store.js';
import { formatDistrictTime } from '../kernel/zoned-time.js';
import type { Lecture } from './lecture-schema.js';
import { getLecture } from './schedule-lecture.js';
import { lectureTotals, type ScoreTotals } from './scorecards.js';
import { feedbackClosesAt } from './submit-feedback.js';

export interface LectureView extends ScoreTotals {
  lecture: Lecture;
  startsAtLocal: string;
  feedbackOpensAt: string;
  feedbackClosesAt: string;
  /** Counters summed over the shards, for the lecture's own per-question report. */
  counters: Record<string, number>;
}

export async function lectureView(deps: { lectures: LectureRepository; feedbackForms: FeedbackFormRepository; timeZone: string }, lectureId: string): Promise<LectureView> {
  const lecture = await getLecture(deps.lectures, lectureId);
  const [counters, state] = await Promise.all([deps.lectures.counters([lecture.id]), deps.feedbackForms.state()]);
  const own = counters.get(lecture.id) ?? {};
  return {
    lecture,
    startsAtLocal: formatDistrictTime(lecture.startsAt, deps.timeZone),
    feedbackOpensAt: formatDistrictTime(lecture.startsAt, deps.timeZone),
    feedbackClosesAt: formatDistrictTime(feedbackClosesAt(lecture, state.windowDays).toISOString(), deps.timeZone),
    counters: counterNumbers(own),
    ...lectureTotals({ lecture, counters: own }),
  };
}
