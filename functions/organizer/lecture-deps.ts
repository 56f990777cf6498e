// The organizer deps, narrowed to what the lecture domain takes, and the public links it hands out.
import type { LectureDeps } from '../../shared/lectures/schedule-lecture.js';
import type { LectureChangeStore } from '../../shared/lectures/lecture-change-store.js';
import { publicBase } from './survey-admin-deps.js';
import type { OrganizerDeps } from './deps.js';

export function lectureDeps(deps: OrganizerDeps): LectureDeps & { lectureChanges: LectureChangeStore } {
  return {
    lectureChanges: deps.store.lectureChanges,
    lectures: deps.store.lectures,
    catalogue: deps.store.catalogue,
    feedbackForms: deps.store.feedbackForms,
    requests: deps.store.requests,
    clock: deps.clock,
    newId: deps.newId,
    timeZone: deps.timeZone,
  };
}

/** The attendees' sign-in link (`/sign-in/{eventId}`), for the projector's QR code. */
export function signInUrl(deps: OrganizerDeps, requestUrl: string, eventId: string): string {
  return `${publicBase(deps, requestUrl)}/sign-in/${eventId}`;
}

/** The attendees' feedback link (`/f/{lectureId}`), on the public base URL when one is set. */
export function feedbackUrl(deps: OrganizerDeps, requestUrl: string, lectureId: string): string {
  return `${publicBase(deps, requestUrl)}/f/${lectureId}`;
}
