// Changing a scheduled lecture (改期、换专家、换地点): time, duration, place, expert, host units,
// notes. The same checks as scheduling (catalogue, request link, the expert's clash check); a change
// of expert or of time asks the expert again (待接单), since what they accepted is no longer it.
import { InvalidInputError, LectureStatusError, type FieldIssue } from '../errors.js';
import { parseDistrictTime } from '../kernel/zoned-time.js';
import type { LectureChangeStore } from './lecture-change-store.js';
import { booked, getLecture, type LectureDeps } from './schedule-lecture.js';
import type { Lecture, LectureChange } from './lecture-schema.js';
import { checkRequestLink } from './request-link.js';

export type ChangedField = 'startsAt' | 'durationMinutes' | 'place' | 'expertId' | 'unitIds' | 'notes';

export interface LectureChangeResult {
  before: Lecture;
  after: Lecture;
  /** The fields whose value differs; empty: nothing was written. */
  changed: ChangedField[];
  /** True when the expert is asked again (a new expert or a new time). */
  reasked: boolean;
}

export async function changeLecture(deps: LectureDeps & { lectureChanges: LectureChangeStore }, lectureId: string, change: LectureChange): Promise<LectureChangeResult> {
  const before = await getLecture(deps.lectures, lectureId);
  if (before.status !== 'scheduled') throw new LectureStatusError(lectureId, before.status, 'changed');
  const issues: FieldIssue[] = [];
  const starts = change.startsAt === undefined ? new Date(before.startsAt) : parseDistrictTime(change.startsAt, deps.timeZone);
  if (!starts) issues.push({ field: 'startsAt', message: 'Expected YYYY-MM-DDTHH:mm (district time) or an ISO time with an offset.', zh: '请填写有效的日期和时间，如 2026-03-01 09:30。' });
  const catalogue = change.expertId !== undefined || change.unitIds !== undefined ? await deps.catalogue.load() : undefined;
  const expert = change.expertId === undefined || change.expertId === before.expertId ? undefined : catalogue?.experts.find((e) => e.id === change.expertId);
  if (change.expertId !== undefined && change.expertId !== before.expertId && !expert) issues.push({ field: 'expertId', message: 'No expert with this id in the catalogue.', zh: '专家库中没有这位专家。' });
  const units = change.unitIds?.map((id, i) => {
    const unit = catalogue?.units.find((u) => u.id === id);
    if (!unit) issues.push({ field: `unitIds.${i}`, message: 'No unit with this id in the catalogue.', zh: '单位名录中没有这个单位。' });
    return unit;
  });
  if (change.unitIds && new Set(change.unitIds).size !== change.unitIds.length) issues.push({ field: 'unitIds', message: 'A unit is listed twice.', zh: '同一单位选了两次。' });
  if (issues.length > 0 || !starts) throw new InvalidInputError(issues);
  if (change.unitIds) await checkRequestLink(deps, { unitIds: change.unitIds, ...(before.requestId ? { requestId: before.requestId } : {}) });

  const duration = change.durationMinutes ?? before.durationMinutes;
  const after: Lecture = {
    ...before,
    startsAt: starts.toISOString(),
    endsAt: new Date(starts.getTime() + duration * 60_000).toISOString(),
    durationMinutes: duration,
    ...(change.place !== undefined ? { place: change.place } : {}),
    ...(expert ? { expertId: expert.id, expertName: expert.name, ...(expert.nameEn ? { expertNameEn: expert.nameEn } : {}) } : {}),
    ...(units ? { units: units.flatMap((u) => (u ? [{ id: u.id, name: u.name, ...(u.nameEn ? { nameEn: u.nameEn } : {}), front: u.front }] : [])) } : {}),
  };
  if (expert && !expert.nameEn) delete after.expertNameEn;
  if (change.notes !== undefined) {
    if (change.notes === '') delete after.notes;
    else after.notes = change.notes;
  }
  const changed = changedFields(before, after);
  if (changed.length === 0) return { before, after: before, changed, reasked: false };
  const reasked = changed.includes('expertId') || changed.includes('startsAt') || changed.includes('durationMinutes');
  if (reasked) {
    after.assignment = 'pending';
    after.assignmentAt = deps.clock.now().toISOString();
    delete after.declineReason;
  }
  await booked(deps, () => deps.lectureChanges.change(before, after, reasked));
  return { before, after, changed, reasked };
}

function changedFields(before: Lecture, after: Lecture): ChangedField[] {
  const changed: ChangedField[] = [];
  if (before.startsAt !== after.startsAt) changed.push('startsAt');
  if (before.durationMinutes !== after.durationMinutes) changed.push('durationMinutes');
  if (before.place !== after.place) changed.push('place');
  if (before.expertId !== after.expertId) changed.push('expertId');
  if (before.units.map((u) => u.id).join('|') !== after.units.map((u) => u.id).join('|')) changed.push('unitIds');
  if ((before.notes ?? '') !== (after.notes ?? '')) changed.push('notes');
  return changed;
}
