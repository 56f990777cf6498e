// The organizer deps narrowed to the essay call's and the exchange meeting's domain, and the views
// both the API and the pages show (district time; fronts by name).
import type { Catalogue } from '../../shared/catalogue/catalogue-schema.js';
import { callRankings, type EssayCallDeps } from '../../shared/essays/essay-calls.js';
import type { Essay, EssayCall } from '../../shared/essays/essay-schema.js';
import type { ExchangeMeetingDeps } from '../../shared/essays/exchange-meetings.js';
import type { ExchangeMeeting } from '../../shared/essays/exchange-meeting-schema.js';
import type { EssayRankings } from '../../shared/essays/rankings.js';
import { districtMinute } from '../../shared/kernel/zoned-time.js';
import type { OrganizerDeps } from './deps.js';
import { feedbackUrl, signInUrl } from './lecture-deps.js';

export function essayCallDeps(deps: OrganizerDeps): EssayCallDeps & ExchangeMeetingDeps {
  return {
    essays: deps.store.essays,
    meetings: deps.store.exchangeMeetings,
    catalogueRecords: deps.store.catalogueRecords,
    feedbackForms: deps.store.feedbackForms,
    clock: deps.clock,
    newId: deps.newId,
    timeZone: deps.timeZone,
  };
}

export function callView(call: EssayCall, timeZone: string) {
  return {
    callId: call.id,
    title: call.title,
    themes: call.themes.map((t) => ({ themeId: t.id, name: t.name })),
    deadline: districtMinute(call.deadline, timeZone),
    rules: call.rules,
    state: call.state,
    createdAt: districtMinute(call.createdAt, timeZone),
  };
}

export interface CallDetail {
  call: EssayCall;
  essays: Essay[];
  rankings: EssayRankings;
  meetings: ExchangeMeeting[];
}

export async function callDetail(deps: OrganizerDeps, call: EssayCall): Promise<CallDetail> {
  const [{ rankings }, essays, meetings] = await Promise.all([callRankings(deps.store, call), deps.store.essays.essays(call.id), deps.store.exchangeMeetings.ofCall(call.id)]);
  return { call, essays: essays.sort((a, b) => a.unitName.localeCompare(b.unitName, 'zh')), rankings, meetings };
}

export function frontNames(catalogue: Pick<Catalogue, 'fronts'>): (id: string) => string {
  const names = new Map(catalogue.fronts.map((f) => [f.id, f.name]));
  return (id) => names.get(id) ?? '—';
}

export function callDetailView(detail: CallDetail, timeZone: string, frontName: (id: string) => string) {
  return {
    call: callView(detail.call, timeZone),
    essays: detail.essays.map((e) => ({ essayId: e.id, unitId: e.unitId, unitName: e.unitName, front: e.front, themeId: e.themeId, title: e.title, authors: e.authors, text: e.text, ...(e.file ? { file: { format: e.file.format, bytes: e.file.bytes, ...(e.file.name ? { name: e.file.name } : {}), url: `/api/essay-calls/${e.callId}/essays/${e.id}/file` } } : {}), version: e.version, updatedAt: districtMinute(e.updatedAt, timeZone) })),
    rankings: { ...detail.rankings, byFront: detail.rankings.byFront.map((g) => ({ ...g, frontName: frontName(g.front) })) },
    meetings: detail.meetings.map((m) => ({ eventId: m.id, title: m.title, startsAt: districtMinute(m.startsAt, timeZone), place: m.place, status: m.status })),
  };
}

export function meetingView(deps: OrganizerDeps, requestUrl: string, m: ExchangeMeeting) {
  return {
    eventId: m.id,
    kind: m.kind,
    status: m.status,
    version: m.version,
    title: m.title,
    startsAt: districtMinute(m.startsAt, deps.timeZone),
    endsAt: districtMinute(m.endsAt, deps.timeZone),
    durationMinutes: m.durationMinutes,
    place: m.place,
    themeId: m.themeId,
    theme: m.themeName,
    frontId: m.front,
    front: m.frontName,
    ...(m.attendance !== undefined ? { attendance: m.attendance } : {}),
    ...(m.cancelReason ? { cancelReason: m.cancelReason } : {}),
    presentations: m.presentations,
    experts: m.experts.map((e) => ({ expertId: e.id, name: e.name })),
    signInUrl: signInUrl(deps, requestUrl, m.id),
    feedbackUrl: feedbackUrl(deps, requestUrl, m.id),
  };
}
