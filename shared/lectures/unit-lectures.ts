// The lectures a unit's own page lists: those it hosts that start from a year ago on, newest first,
// each with whether its feedback form is open now. One read of the unit's lecture list, then one per
// lecture listed: the cost grows with that unit's lectures, never with the district's.
import type { FeedbackFormRepository, LectureRepository } from './lecture-store.js';
import type { Lecture } from './lecture-schema.js';
import { feedbackClosesAt, feedbackWindowError } from './submit-feedback.js';

/** How far back a unit's page looks. */
const UNIT_PAGE_DAYS = 365;

export interface UnitLecture {
  lecture: Lecture;
  /** True while attendees can give feedback (started, not cancelled, window not closed). */
  feedbackOpen: boolean;
  feedbackClosesAt: string;
}

export async function unitLectures(deps: { lectures: LectureRepository; feedbackForms: FeedbackFormRepository }, unitId: string, now: Date): Promise<UnitLecture[]> {
  const since = new Date(now.getTime() - UNIT_PAGE_DAYS * 86_400_000).toISOString();
  const [lectures, state] = await Promise.all([deps.lectures.ofUnit(unitId, since), deps.feedbackForms.state()]);
  return lectures
    .map((lecture) => ({
      lecture,
      feedbackOpen: feedbackWindowError(lecture, state.windowDays, now) === undefined,
      feedbackClosesAt: feedbackClosesAt(lecture, state.windowDays).toISOString(),
    }))
    .reverse();
}
