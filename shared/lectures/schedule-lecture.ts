// Scheduling, delivering and cancelling lectures: checks against the catalogue, then the store.
import type { Catalogue } from '../catalogue/catalogue-schema.js';
import type { Clock, IdGenerator } from '../kernel/clock.js';
import { ExpertBusyError, InvalidInputError, LectureNotFoundError, LectureStatusError, type FieldIssue } from '../errors.js';
import { zoneName } from '../i18n/zone-names.js';
import type { CatalogueRepository } from '../catalogue/catalogue-store.js';
import type { FeedbackFormRepository, LectureRepository } from './lecture-store.js';
import type { RequestRepository } from '../programme/request-store.js';
import { parseDistrictTime } from '../kernel/zoned-time.js';
import type { Lecture, NewLecture } from './lecture-schema.js';
import { checkRequestLink, followRequest } from './request-link.js';

export interface LectureDeps {
  lectures: LectureRepository;
  catalogue: CatalogueRepository;
  feedbackForms: FeedbackFormRepository;
  /** Lectures scheduled from a request check it and move its status along. */
  requests: RequestRepository;
  clock: Clock;
  newId: IdGenerator;
  timeZone: string;
}

/** The catalogue facts a lecture is stored with; every unknown id is listed at once. */
function catalogueFacts(catalogue: Catalogue, input: NewLecture) {
  const issues: FieldIssue[] = [];
  const topic = catalogue.topics.find((t) => t.id === input.topicId);
  const expert = catalogue.experts.find((e) => e.id === input.expertId);
  if (!topic) issues.push({ field: 'topicId', message: 'No topic with this id in the catalogue.', zh: '专题库中没有这个专题。' });
  if (!expert) issues.push({ field: 'expertId', message: 'No expert with this id in the catalogue.', zh: '专家库中没有这位专家。' });
  const units = input.unitIds.map((id, i) => {
    const unit = catalogue.units.find((u) => u.id === id);
    if (!unit) issues.push({ field: `unitIds.${i}`, message: 'No unit with this id in the catalogue.', zh: '单位名录中没有这个单位。' });
    return unit;
  });
  if (new Set(input.unitIds).size !== input.unitIds.length) issues.push({ field: 'unitIds', message: 'A unit is listed twice.', zh: '同一单位选了两次。' });
  if (issues.length > 0 || !topic || !expert) throw new InvalidInputError(issues);
  return { topic, expert, units: units.flatMap((u) => (u ? [{ id: u.id, name: u.name, ...(u.nameEn ? { nameEn: u.nameEn } : {}), front: u.front }] : [])) };
}

export async function scheduleLecture(deps: LectureDeps, input: NewLecture): Promise<Lecture> {
  const starts = parseDistrictTime(input.startsAt, deps.timeZone);
  if (!starts) throw new InvalidInputError([{ field: 'startsAt', message: 'Expected YYYY-MM-DDTHH:mm (district time) or an ISO time with an offset.', zh: '请填写有效的日期和时间，如 2026-03-01 09:30。' }]);
  const [catalogue, form] = await Promise.all([deps.catalogue.load(), deps.feedbackForms.state()]);
  const { topic, expert, units } = catalogueFacts(catalogue, input);
  await checkRequestLink(deps, input);
  const lecture: Lecture = {
    id: deps.newId(),
    status: 'scheduled',
    topicId: topic.id,
    topicTitle: topic.title,
    ...(topic.titleEn ? { topicTitleEn: topic.titleEn } : {}),
    themeId: topic.theme,
    expertId: expert.id,
    expertName: expert.name,
    ...(expert.nameEn ? { expertNameEn: expert.nameEn } : {}),
    units,
    startsAt: starts.toISOString(),
    endsAt: new Date(starts.getTime() + input.durationMinutes * 60_000).toISOString(),
    durationMinutes: input.durationMinutes,
    place: input.place,
    ...(input.format ? { format: input.format } : {}),
    ...(input.manner ? { manner: input.manner } : {}),
    ...(input.plannedAudience !== undefined ? { plannedAudience: input.plannedAudience } : {}),
    ...(input.notes ? { notes: input.notes } : {}),
    ...(input.requestId ? { requestId: input.requestId } : {}),
    formVersion: form.version,
    assignment: 'pending',
    createdAt: deps.clock.now().toISOString(),
  };
  await booked(deps, () => deps.lectures.create(lecture));
  await followRequest(deps, lecture);
  return lecture;
}

/** Runs a booking; a clash is said as people know the other lecture: its topic, its units, district time. */
export async function booked(deps: Pick<LectureDeps, 'lectures' | 'timeZone'>, book: () => Promise<void>): Promise<void> {
  try {
    await book();
  } catch (error) {
    if (!(error instanceof ExpertBusyError)) throw error;
    const other = await deps.lectures.get(error.other.lectureId);
    throw error.described(other?.units.map((u) => u.name) ?? [], { timeZone: deps.timeZone, zh: zoneName(deps.timeZone, 'zh'), en: zoneName(deps.timeZone, 'en') });
  }
}

export async function getLecture(lectures: LectureRepository, lectureId: string): Promise<Lecture> {
  const lecture = await lectures.get(lectureId);
  if (!lecture) throw new LectureNotFoundError(lectureId);
  return lecture;
}

/** A lecture can be marked delivered once it has started (and again, to correct the attendance). */
export async function markDelivered(deps: Pick<LectureDeps, 'lectures' | 'requests' | 'clock'>, lectureId: string, attendance: number): Promise<Lecture> {
  const lecture = await getLecture(deps.lectures, lectureId);
  const now = deps.clock.now();
  if (lecture.status === 'cancelled') throw new LectureStatusError(lectureId, lecture.status, 'delivered');
  if (Date.parse(lecture.startsAt) > now.getTime()) throw new LectureStatusError(lectureId, 'not started', 'delivered');
  const delivered = await deps.lectures.markDelivered(lectureId, attendance, now.toISOString());
  await followRequest(deps, delivered);
  return delivered;
}

/** The request it answered goes back to submitted unless another of its lectures still stands. */
export async function cancelLecture(deps: Pick<LectureDeps, 'lectures' | 'requests' | 'clock'>, lectureId: string, reason?: string): Promise<Lecture> {
  const cancelled = await deps.lectures.cancel(lectureId, deps.clock.now().toISOString(), reason);
  await followRequest(deps, cancelled);
  return cancelled;
}
