// Changing, holding and cancelling an exchange meeting (交流会), as a lecture is changed, delivered and
// cancelled: scheduled → delivered (held, with the head count) | cancelled. Only a scheduled meeting
// changes, and a change names the version it was made on, so of two changes made on one reading the
// second is refused (409) rather than silently undoing the first.
import { LectureNotFoundError, MeetingEditConflictError, MeetingStatusError } from '../errors.js';
import type { Clock } from '../kernel/clock.js';
import { meetingFrom, type ExchangeMeetingDeps } from './exchange-meetings.js';
import type { ExchangeMeeting, ExchangeMeetingChange, ExchangeMeetingStore } from './exchange-meeting-schema.js';

/** What a change moved, in the words a notice and the audit use. */
export type MeetingChangedField = 'startsAt' | 'durationMinutes' | 'place' | 'themeId' | 'frontId' | 'presentations' | 'experts';

export interface MeetingChangeResult {
  before: ExchangeMeeting;
  after: ExchangeMeeting;
  /** Empty: the change changed nothing and nothing was written. */
  changed: MeetingChangedField[];
}

export async function loadMeeting(meetings: Pick<ExchangeMeetingStore, 'get'>, eventId: string): Promise<ExchangeMeeting> {
  const meeting = await meetings.get(eventId);
  // The meeting's routes are event routes: an unknown id is answered like the other event routes.
  if (!meeting) throw new LectureNotFoundError(eventId);
  return meeting;
}

export async function changeExchangeMeeting(deps: ExchangeMeetingDeps, eventId: string, change: ExchangeMeetingChange): Promise<MeetingChangeResult> {
  const before = await loadMeeting(deps.meetings, eventId);
  if (before.status !== 'scheduled') throw new MeetingStatusError(eventId, before.status, 'changed');
  if (change.version !== before.version) throw new MeetingEditConflictError(eventId);
  const { version: _seen, ...input } = change;
  const built = await meetingFrom(deps, before.callId, input, { id: before.id, createdAt: before.createdAt, createdBy: before.createdBy, version: before.version + 1 });
  // The feedback form stays the one pinned at scheduling: answers already given were given to it.
  const after: ExchangeMeeting = { ...built, formVersion: before.formVersion };
  const changed = changedFields(before, after);
  if (changed.length === 0) return { before, after: before, changed };
  await deps.meetings.replace(after);
  return { before, after, changed };
}

/** Held once it has started; again, to correct the head count. */
export async function holdExchangeMeeting(deps: { meetings: ExchangeMeetingStore; clock: Clock }, eventId: string, attendance: number): Promise<ExchangeMeeting> {
  const meeting = await loadMeeting(deps.meetings, eventId);
  const now = deps.clock.now();
  if (meeting.status === 'cancelled') throw new MeetingStatusError(eventId, meeting.status, 'held');
  if (Date.parse(meeting.startsAt) > now.getTime()) throw new MeetingStatusError(eventId, 'not started', 'held');
  return deps.meetings.markHeld(eventId, attendance, now.toISOString());
}

export async function cancelExchangeMeeting(deps: { meetings: ExchangeMeetingStore; clock: Clock }, eventId: string, reason?: string): Promise<ExchangeMeeting> {
  const meeting = await loadMeeting(deps.meetings, eventId);
  if (meeting.status !== 'scheduled') throw new MeetingStatusError(eventId, meeting.status, 'cancelled');
  return deps.meetings.cancel(eventId, deps.clock.now().toISOString(), reason);
}

function changedFields(before: ExchangeMeeting, after: ExchangeMeeting): MeetingChangedField[] {
  const changed: MeetingChangedField[] = [];
  if (before.startsAt !== after.startsAt) changed.push('startsAt');
  if (before.durationMinutes !== after.durationMinutes) changed.push('durationMinutes');
  if (before.place !== after.place) changed.push('place');
  if (before.themeId !== after.themeId) changed.push('themeId');
  if (before.front !== after.front) changed.push('frontId');
  if (before.presentations.map((p) => p.essayId).join('|') !== after.presentations.map((p) => p.essayId).join('|')) changed.push('presentations');
  if (before.experts.map((e) => e.id).join('|') !== after.experts.map((e) => e.id).join('|')) changed.push('experts');
  return changed;
}
