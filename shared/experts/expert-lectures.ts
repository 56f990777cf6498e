// The lectures an expert's own page lists: upcoming ones first (soonest first, those waiting for an
// answer on top), then the past year's, newest first. One read of the expert's list, then one per
// lecture listed: the cost grows with that expert's lectures, never with the district's.
import { assignmentOf, type Lecture } from '../lectures/lecture-schema.js';
import type { ExpertLectureStore } from './expert-lecture-store.js';
import { EXPERT_PAGE_DAYS } from './expert-links.js';

/** What the expert sees a lecture as: waiting for their answer, accepted, declined, delivered or cancelled. */
export type ExpertLectureState = 'pending' | 'accepted' | 'declined' | 'delivered' | 'cancelled';

export interface ExpertLecture {
  lecture: Lecture;
  state: ExpertLectureState;
  /** True while the expert can still accept or decline (scheduled, pending, not over). */
  answerable: boolean;
  upcoming: boolean;
}

export function expertLectureState(lecture: Lecture): ExpertLectureState {
  if (lecture.status === 'cancelled') return 'cancelled';
  if (lecture.status === 'delivered') return 'delivered';
  return assignmentOf(lecture);
}

export async function expertLectures(deps: { expertLectures: Pick<ExpertLectureStore, 'ofExpert'> }, expertId: string, now: Date): Promise<ExpertLecture[]> {
  const since = new Date(now.getTime() - EXPERT_PAGE_DAYS * 86_400_000).toISOString();
  const lectures = await deps.expertLectures.ofExpert(expertId, since);
  const rows = lectures.map((lecture) => expertLectureRow(lecture, now));
  const ahead = rows.filter((r) => r.upcoming).sort((a, b) => Number(b.answerable) - Number(a.answerable) || a.lecture.startsAt.localeCompare(b.lecture.startsAt));
  const past = rows.filter((r) => !r.upcoming).reverse();
  return [...ahead, ...past];
}

/** One lecture as the expert's page API gives it: names and district times, never another expert's data. */
export function expertLectureView(row: Pick<ExpertLecture, 'lecture' | 'state' | 'answerable'>, time: (iso: string) => string) {
  const { lecture } = row;
  return {
    lectureId: lecture.id,
    topic: lecture.topicTitle,
    units: lecture.units.map((u) => u.name),
    startsAt: time(lecture.startsAt),
    durationMinutes: lecture.durationMinutes,
    place: lecture.place,
    status: lecture.status,
    assignment: assignmentOf(lecture),
    state: row.state,
    answerable: row.answerable,
    ...(lecture.declineReason ? { declineReason: lecture.declineReason } : {}),
    ...(lecture.status === 'cancelled' && lecture.cancelReason ? { cancelReason: lecture.cancelReason } : {}),
    ...(lecture.notes ? { notes: lecture.notes } : {}),
  };
}

/** A single lecture's row, after an answer. */
export function expertLectureRow(lecture: Lecture, now: Date): ExpertLecture {
  const state = expertLectureState(lecture);
  const upcoming = Date.parse(lecture.endsAt) > now.getTime();
  return { lecture, state, upcoming, answerable: state === 'pending' && upcoming };
}
