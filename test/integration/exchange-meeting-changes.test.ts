// An exchange meeting (交流会) changed, held and cancelled through the real organizer app on DynamoDB
// Local: a change names the version it was read at (two changes on one reading: one lands, one 409),
// only a scheduled meeting changes, held takes a head count once started, cancel only from scheduled;
// each is audited, a change and a cancellation leave a notice for the group robots; the pages' forms
// ask first and show refused fields beside them; hostile bodies get the error shape, never a 500.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Notifier } from '../../shared/notices/notifier.js';
import { TINY_JPEG } from '../support/image-fixtures.js';
import { ADMIN } from './organizer-fixture.js';
import { programmeFixture, type ProgrammeFixture } from './programme-fixture.js';

interface MeetingJson {
  eventId: string;
  status: string;
  version: number;
  startsAt: string;
  place: string;
  attendance?: number;
  cancelReason?: string;
  presentations: { unitId: string }[];
}

describe('exchange meeting change, held and cancel', () => {
  let f: ProgrammeFixture;
  let callId: string;
  const essayIds = new Map<string, string>();
  const token = () => f.login(ADMIN);

  const schedule = async (startsAt = '2026-04-02T14:00') => {
    const created = await f.api('POST', `/api/essay-calls/${callId}/meetings`, {
      token: await token(),
      body: { themeId: 'party-cause', frontId: 'street', startsAt, durationMinutes: 120, place: '区委党校报告厅', essayIds: [essayIds.get('dongfeng-st')], expertIds: ['e-wang'] },
    });
    expect(created.status).toBe(201);
    return (await created.json()) as MeetingJson;
  };
  const change = async (id: string, body: Record<string, unknown>) =>
    f.api('PUT', `/api/exchange-meetings/${id}`, {
      token: await token(),
      body: { themeId: 'party-cause', frontId: 'street', startsAt: '2026-04-02T14:00', durationMinutes: 120, place: '区委党校报告厅', essayIds: [essayIds.get('dongfeng-st')], expertIds: ['e-wang'], ...body },
    });
  const form = async (path: string, fields: Record<string, string | string[]>) => {
    const body = new URLSearchParams();
    for (const [name, value] of Object.entries(fields)) for (const one of [value].flat()) body.append(name, one);
    return f.app.request(`http://localhost${path}`, { method: 'POST', headers: { authorization: `Bearer ${await token()}`, origin: 'http://localhost', 'content-type': 'application/x-www-form-urlencoded' }, body: body.toString() });
  };
  const auditOf = async (id: string) => (await f.table.store.audit.list({ limit: 500 })).items.filter((e) => e.target === id).map((e) => e.action);
  const noticesAbout = async (id: string) => (await f.table.store.notices.list({ limit: 200 })).items.filter((n) => n.about?.id === id);

  beforeAll(async () => {
    f = await programmeFixture();
    f.deps.notifier = new Notifier({ notices: f.table.store.notices, launcher: { launch: async () => {} }, clock: f.clock, newId: randomUUID });
    const created = await f.api('POST', '/api/essay-calls', { token: await token(), body: { title: '交流会征文', themeIds: ['party-cause', 'urbanization'], deadline: '2026-03-10T18:00' } });
    callId = ((await created.json()) as { call: { callId: string } }).call.callId;
    expect((await f.api('POST', `/api/essay-calls/${callId}/open`, { token: await token() })).status).toBe(200);
    for (const unit of ['dongfeng-st', 'xinli-st']) {
      const key = (await f.issueKey(unit)).key;
      const sent = await f.pub('PUT', `/api/public/units/${key}/essay-calls/${callId}/essay`, { themeId: 'party-cause', title: `${unit} 的体会`, authors: '张三', text: '学习体会正文。' });
      expect(sent.status).toBe(201);
      essayIds.set(unit, ((await sent.json()) as { essayId: string }).essayId);
    }
  });
  afterAll(() => f.table.drop());

  it('Should change a scheduled meeting on its version, move it in the by-start index, audit it and notify the group', async () => {
    const meeting = await schedule();
    expect(meeting).toMatchObject({ status: 'scheduled', version: 1 });
    const changed = await change(meeting.eventId, { version: 1, startsAt: '2026-04-03T09:30', place: '区文化馆', essayIds: [essayIds.get('dongfeng-st'), essayIds.get('xinli-st')] });
    expect(changed.status).toBe(200);
    const after = (await changed.json()) as MeetingJson;
    expect(after).toMatchObject({ version: 2, startsAt: '2026-04-03 09:30', place: '区文化馆' });
    expect(after.presentations.map((p) => p.unitId)).toEqual(['dongfeng-st', 'xinli-st']);
    // The index follows the new start: the event is listed on its new day, not its old one.
    const listed = await f.table.store.events.recentEvents('2026-04-03T00:00:00.000Z', '2026-04-04T00:00:00.000Z', 50);
    expect(listed.map((e) => e.id)).toContain(meeting.eventId);
    expect((await f.table.store.events.recentEvents('2026-04-02T00:00:00.000Z', '2026-04-03T00:00:00.000Z', 50)).map((e) => e.id)).not.toContain(meeting.eventId);
    // The same body again on the old version is a conflict, not a silent overwrite.
    const stale = await change(meeting.eventId, { version: 1, place: '别处' });
    expect(stale.status).toBe(409);
    expect(((await stale.json()) as { error: { code: string } }).error.code).toBe('meeting_edit_conflict');
    expect(await auditOf(meeting.eventId)).toEqual(expect.arrayContaining(['exchange-meeting.create', 'exchange-meeting.change']));
    const notices = await noticesAbout(meeting.eventId);
    expect(notices.map((n) => n.event)).toEqual(['meeting-changed']);
    expect(notices[0]!.message.lines.join('\n')).toContain('原地点：区委党校报告厅');
  });

  it('Should let one of two changes made on one reading land, and refuse the other with 409', async () => {
    const meeting = await schedule('2026-04-05T14:00');
    const answers = await Promise.all([change(meeting.eventId, { version: 1, place: '甲会场' }), change(meeting.eventId, { version: 1, place: '乙会场' })]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    const stored = await f.table.store.exchangeMeetings.get(meeting.eventId);
    expect(stored?.version).toBe(2);
    const winner = (await answers.find((a) => a.status === 200)!.json()) as MeetingJson;
    expect(stored?.place).toBe(winner.place);
  });

  it('Should mark a meeting held only once started, correct the head count, and refuse a change after', async () => {
    const meeting = await schedule('2026-04-06T14:00');
    const early = await f.api('POST', `/api/exchange-meetings/${meeting.eventId}/held`, { token: await token(), body: { attendance: 40 } });
    expect(early.status).toBe(409);
    expect(((await early.json()) as { error: { code: string } }).error.code).toBe('meeting_status_conflict');
    f.clock.set('2026-04-06T07:00:00.000Z'); // 15:00 district time
    const held = await f.api('POST', `/api/exchange-meetings/${meeting.eventId}/held`, { token: await token(), body: { attendance: 40 } });
    expect(held.status).toBe(200);
    expect(await held.json()).toMatchObject({ status: 'delivered', attendance: 40 });
    const corrected = await f.api('POST', `/api/exchange-meetings/${meeting.eventId}/held`, { token: await token(), body: { attendance: 42 } });
    expect(await corrected.json()).toMatchObject({ status: 'delivered', attendance: 42 });
    expect((await f.table.store.events.getEvent(meeting.eventId))?.attendance).toBe(42);
    const late = await change(meeting.eventId, { version: 1 });
    expect(late.status).toBe(409);
    expect(((await late.json()) as { error: { code: string } }).error.code).toBe('meeting_status_conflict');
    const cancel = await f.api('POST', `/api/exchange-meetings/${meeting.eventId}/cancel`, { token: await token(), body: {} });
    expect(cancel.status).toBe(409);
    expect(await auditOf(meeting.eventId)).toEqual(expect.arrayContaining(['exchange-meeting.held']));
    f.clock.set('2026-03-12T00:00:00.000Z');
  });

  it('Should cancel a scheduled meeting with a reason, notify the group, and refuse held, change and cancel after', async () => {
    const meeting = await schedule('2026-04-08T14:00');
    const cancelled = await f.api('POST', `/api/exchange-meetings/${meeting.eventId}/cancel`, { token: await token(), body: { reason: '与区委会议冲突' } });
    expect(cancelled.status).toBe(200);
    expect(await cancelled.json()).toMatchObject({ status: 'cancelled', cancelReason: '与区委会议冲突' });
    for (const [path, body] of [
      ['cancel', {}],
      ['held', { attendance: 3 }],
    ] as const) {
      const again = await f.api('POST', `/api/exchange-meetings/${meeting.eventId}/${path}`, { token: await token(), body });
      expect(again.status).toBe(409);
      expect(((await again.json()) as { error: { code: string } }).error.code).toBe('meeting_status_conflict');
    }
    expect((await change(meeting.eventId, { version: 1 })).status).toBe(409);
    expect(await auditOf(meeting.eventId)).toEqual(expect.arrayContaining(['exchange-meeting.cancel']));
    const notices = await noticesAbout(meeting.eventId);
    expect(notices.map((n) => n.event)).toEqual(['meeting-cancelled']);
    expect(notices[0]!.message.lines.join('\n')).toContain('取消原因：与区委会议冲突');
  });

  it('Should answer hostile bodies with the error shape (400/404/422), never a 500, and write nothing', async () => {
    const meeting = await schedule('2026-04-09T14:00');
    const auth = { authorization: `Bearer ${await token()}`, origin: 'http://localhost', 'content-type': 'application/json' };
    const raw = (method: string, path: string, body: string) => f.app.request(`http://localhost${path}`, { method, headers: auth, body });
    const cases: [string, string, string][] = [
      ['PUT', `/api/exchange-meetings/${meeting.eventId}`, '{"version":1,'],
      ['PUT', `/api/exchange-meetings/${meeting.eventId}`, JSON.stringify({ version: '1', place: 7 })],
      ['PUT', `/api/exchange-meetings/${meeting.eventId}`, JSON.stringify({ version: 1, themeId: 'party-cause', frontId: 'street', startsAt: 'x'.repeat(41), durationMinutes: 1e9, place: '', essayIds: [] })],
      ['PUT', `/api/exchange-meetings/${meeting.eventId}`, JSON.stringify({ version: 1, place: 'x'.repeat(200_000) })],
      ['POST', `/api/exchange-meetings/${meeting.eventId}/held`, JSON.stringify({ attendance: -1 })],
      ['POST', `/api/exchange-meetings/${meeting.eventId}/held`, '[]'],
      ['POST', `/api/exchange-meetings/${meeting.eventId}/cancel`, JSON.stringify({ reason: 'x'.repeat(501) })],
      ['POST', `/api/exchange-meetings/${meeting.eventId}/cancel`, 'not json'],
    ];
    for (const [method, path, body] of cases) {
      const answer = await raw(method, path, body);
      expect([400, 413, 422], `${method} ${path} ${body.slice(0, 40)}`).toContain(answer.status);
      expect(((await answer.json()) as { error: { code: string } }).error.code).toBeTruthy();
    }
    // A change that parses but names an essay not in the call: 422 beside the field.
    const unknown = await change(meeting.eventId, { version: 1, essayIds: ['no-such-essay'] });
    expect(unknown.status).toBe(422);
    expect(((await unknown.json()) as { error: { issues: { field: string }[] } }).error.issues.map((i) => i.field)).toContain('essayIds.0');
    expect((await change('no-such-meeting', { version: 1 })).status).toBe(404);
    expect((await f.api('POST', '/api/exchange-meetings/no-such-meeting/cancel', { token: await token(), body: {} })).status).toBe(404);
    expect(await f.table.store.exchangeMeetings.get(meeting.eventId)).toMatchObject({ status: 'scheduled', version: 1, place: '区委党校报告厅' });
  });

  it('Should take the page forms: a refused change beside its field, held and cancel only after a confirmation page', async () => {
    const meeting = await schedule('2026-04-10T14:00');
    const page = await f.api('GET', `/admin/exchange-meetings/${meeting.eventId}`, { token: await token() });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('name="version"');
    const refused = await form(`/admin/exchange-meetings/${meeting.eventId}`, { version: '1', themeId: 'party-cause', frontId: 'street', startsAt: 'soon', durationMinutes: '120', place: '区委党校', essayIds: [essayIds.get('dongfeng-st')!] });
    expect(refused.status).toBe(422);
    expect(await refused.text()).toMatch(/id="mc-startsAt-err"/);
    const saved = await form(`/admin/exchange-meetings/${meeting.eventId}`, { version: '1', themeId: 'party-cause', frontId: 'street', startsAt: '2026-04-10T15:00', durationMinutes: '90', place: '区委党校', essayIds: [essayIds.get('dongfeng-st')!] });
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toContain(`/admin/exchange-meetings/${meeting.eventId}`);
    // The record's forms are the events' own: from the meeting's page they return to it, not to a lecture page.
    const summary = await form(`/admin/lectures/${meeting.eventId}/record/summary`, { summary: '两家单位交流发言。' });
    expect(summary.status).toBe(303);
    expect(summary.headers.get('location')).toContain(`/admin/exchange-meetings/${meeting.eventId}?record=summarySaved`);
    const badHeld = await form(`/admin/exchange-meetings/${meeting.eventId}/held`, { attendance: '-3' });
    expect(badHeld.status).toBe(422);
    expect(await badHeld.text()).toMatch(/id="mh-attendance-err"/);
    const ask = await form(`/admin/exchange-meetings/${meeting.eventId}/cancel`, { reason: '场地维修' });
    expect(ask.status).toBe(200);
    expect(await ask.text()).toContain('name="confirmed"');
    expect((await f.table.store.exchangeMeetings.get(meeting.eventId))?.status).toBe('scheduled');
    const done = await form(`/admin/exchange-meetings/${meeting.eventId}/cancel`, { reason: '场地维修', confirmed: '1' });
    expect(done.status).toBe(303);
    expect(await f.table.store.exchangeMeetings.get(meeting.eventId)).toMatchObject({ status: 'cancelled', cancelReason: '场地维修', version: 2 });
  });

  it('Should offer a briefing photos from study sessions and meetings too, each labelled by kind, newest first', async () => {
    const session = await f.api('POST', '/api/study-sessions', { token: await token(), body: { themeId: 'party-cause', form: '集中学习', startsAt: '2026-03-20T09:00', durationMinutes: 120, place: '区委常委会议室', speaker: { kind: 'expert', expertId: 'e-wang' } } });
    expect(session.status).toBe(201);
    const { sessionId } = (await session.json()) as { sessionId: string };
    const ticket = (await (await f.api('POST', `/api/lectures/${sessionId}/record/uploads`, { token: await token(), body: { kind: 'photo' } })).json()) as { upload: { url: string }; confirmUrl: string };
    const put = await f.app.request(`http://localhost${ticket.upload.url}`, { method: 'PUT', headers: { authorization: `Bearer ${await token()}`, 'content-type': 'application/octet-stream' }, body: new Uint8Array(TINY_JPEG) });
    expect(put.status).toBe(204);
    const confirmed = await f.api('POST', ticket.confirmUrl, { token: await token(), body: { kind: 'photo', name: '中心组学习现场.jpg' } });
    expect(confirmed.status).toBe(201);
    const photoId = ((await confirmed.json()) as { item: { itemId: string } }).item.itemId;

    const written = await f.api('POST', '/api/briefings', { token: await token(), body: { title: '中心组集体学习', date: '2026-03-20', text: '正文', eventId: sessionId, photoIds: [photoId] } });
    expect(written.status).toBe(201);
    const { briefingId } = ((await written.json()) as { briefing: { briefingId: string } }).briefing;
    const html = await (await f.api('GET', `/admin/briefings/${briefingId}`, { token: await token() })).text();
    const options = [...html.matchAll(/<option value="([^"]+)"[^>]*>([^<]+)<\/option>/g)].map((m) => ({ id: m[1]!, label: m[2]! }));
    const sessionOption = options.find((o) => o.id === sessionId);
    expect(sessionOption?.label).toBe('【中心组学习】2026-03-20 党的事业发展（区委常委会议室）');
    const meetingLabels = options.filter((o) => o.label.startsWith('【交流会】'));
    expect(meetingLabels.length).toBeGreaterThan(0);
    // Newest first: the April meetings before the March session; a cancelled meeting is not offered.
    expect(options.findIndex((o) => o.label.startsWith('【交流会】'))).toBeLessThan(options.findIndex((o) => o.id === sessionId));
    expect(meetingLabels.some((o) => o.label.includes('2026-04-08'))).toBe(false);
    // The chosen session's record photo is offered (checked, as the briefing holds it).
    expect(html).toContain(`value="${photoId}"`);
  });
});
