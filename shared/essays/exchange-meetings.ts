// Scheduling an exchange meeting (交流会) from an essay call: the presenting units are picked from the
// call's essays, the commenting experts from the catalogue; the meeting is an event of kind
// `exchange-meeting`, so its sign-in, feedback and record are the event's own.
import type { CatalogueRecordRepository } from '../catalogue/catalogue-store.js';
import type { Clock, IdGenerator } from '../kernel/clock.js';
import { InvalidInputError, type FieldIssue } from '../errors.js';
import type { FeedbackFormRepository } from '../lectures/lecture-store.js';
import { parseDistrictTime } from '../kernel/zoned-time.js';
import { loadCall } from './essay-calls.js';
import type { EssayStore } from './essay-store.js';
import type { ExchangeMeeting, ExchangeMeetingStore, NewExchangeMeeting } from './exchange-meeting-schema.js';

export interface ExchangeMeetingDeps {
  essays: EssayStore;
  meetings: ExchangeMeetingStore;
  catalogueRecords: Pick<CatalogueRecordRepository, 'get'>;
  feedbackForms: Pick<FeedbackFormRepository, 'state'>;
  clock: Clock;
  newId: IdGenerator;
  timeZone: string;
}

export async function scheduleExchangeMeeting(deps: ExchangeMeetingDeps, callId: string, input: NewExchangeMeeting, by: string): Promise<ExchangeMeeting> {
  const meeting = await meetingFrom(deps, callId, input, { id: deps.newId(), createdAt: deps.clock.now().toISOString(), createdBy: by, version: 1 });
  await deps.meetings.create(meeting);
  return meeting;
}

/**
 * A scheduled meeting from the form's input, checked against the call (theme, essays) and the catalogue
 * (front, experts): scheduling and changing build it alike, so a change is held to the same rules.
 */
export async function meetingFrom(deps: ExchangeMeetingDeps, callId: string, input: NewExchangeMeeting, base: Pick<ExchangeMeeting, 'id' | 'createdAt' | 'createdBy' | 'version'>): Promise<ExchangeMeeting> {
  const call = await loadCall(deps.essays, callId);
  const issues: FieldIssue[] = [];
  const starts = parseDistrictTime(input.startsAt, deps.timeZone);
  if (!starts) issues.push({ field: 'startsAt', message: 'Expected YYYY-MM-DDTHH:mm (district time) or an ISO time with an offset.', zh: '请填写有效的日期和时间，如 2026-03-01 09:30。' });
  const theme = call.themes.find((t) => t.id === input.themeId);
  if (!theme) issues.push({ field: 'themeId', message: 'Choose one of the call’s themes.', zh: '请选择本次征文的主题之一。' });
  const [front, form, ...rest] = await Promise.all([
    deps.catalogueRecords.get('fronts', input.frontId),
    deps.feedbackForms.state(),
    ...[...new Set(input.essayIds)].map((id) => deps.essays.getEssay(call.id, id)),
  ]);
  if (!front || front.retired) issues.push({ field: 'frontId', message: 'No current front with this id.', zh: '没有这条战线，或已停用。' });
  const essays = rest;
  const essayIds = [...new Set(input.essayIds)];
  essayIds.forEach((id, i) => {
    if (!essays[i]) issues.push({ field: `essayIds.${i}`, message: `No essay ${id} in this call.`, zh: '本次征文中没有这篇文章。' });
  });
  const expertIds = [...new Set(input.expertIds)];
  const experts = await Promise.all(expertIds.map((id) => deps.catalogueRecords.get('experts', id)));
  expertIds.forEach((id, i) => {
    if (!experts[i] || experts[i]!.retired) issues.push({ field: `expertIds.${i}`, message: `No current expert ${id}.`, zh: '专家库中没有这位专家，或已停用。' });
  });
  if (issues.length > 0) throw new InvalidInputError(issues);
  const presented = essays.map((e) => e!);
  // A unit presents once, however many of its essays were picked (a unit has one essay per call).
  const units = [...new Map(presented.map((e) => [e.unitId, { id: e.unitId, name: e.unitName, front: e.front }])).values()];
  const names = experts.map((e) => e!.name);
  return {
    id: base.id,
    kind: 'exchange-meeting',
    status: 'scheduled',
    title: `基层论谈交流会：${theme!.name}`,
    ...(names.length > 0 ? { speakerName: names.join('、') } : {}),
    units,
    startsAt: starts!.toISOString(),
    endsAt: new Date(starts!.getTime() + input.durationMinutes * 60_000).toISOString(),
    durationMinutes: input.durationMinutes,
    place: input.place,
    formVersion: form.version,
    callId: call.id,
    themeId: theme!.id,
    themeName: theme!.name,
    front: front!.id,
    frontName: front!.name,
    presentations: presented.map((e) => ({ essayId: e.id, unitId: e.unitId, unitName: e.unitName, title: e.title })),
    experts: experts.map((e) => ({ id: e!.id, name: e!.name })),
    createdAt: base.createdAt,
    createdBy: base.createdBy,
    version: base.version,
  };
}
