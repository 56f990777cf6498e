// 基层论谈 through the real apps on DynamoDB Local: an essay call from draft to published results;
// units send and change essays through their links until the deadline and not after; experts review
// blind (no unit or author in the page HTML or the API JSON), once per essay under replay and race;
// rankings equal a recount; an exchange meeting is an event whose sign-in, feedback and record work.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meanText } from '../../shared/essays/rankings.js';
import { signInCount } from '../../shared/lectures/feedback-counters.js';
import { isolateTransactions } from '../support/transaction-isolation.js';
import { ADMIN } from './organizer-fixture.js';
import { programmeFixture, type ProgrammeFixture } from './programme-fixture.js';

const UNITS = ['dongfeng-st', 'xinli-st', 'party-office', 'housing'] as const;
const AUTHORS: Record<string, string> = { 'dongfeng-st': '张晓东、李红', 'xinli-st': '王新立', 'party-office': '赵办公', housing: '钱住建' };
const GOOD_ANSWERS = { lecture: { relevance: 5, depth: 4, practice: 5, effect: 4 }, teacher: { clarity: 5, interaction: 3, time: 4 }, organization: 5 };

interface RankedJson {
  essayId: string;
  unitId: string;
  unitName: string;
  front: string;
  themeId: string;
  reviews: number;
  meanScore?: string;
  rank?: number;
}

describe('essay calls (征文) and exchange meetings (基层论谈)', () => {
  let f: ProgrammeFixture;
  let callId: string;
  const unitKeys = new Map<string, string>();
  const expertKeys = new Map<string, string>();
  const essayIds = new Map<string, string>();

  beforeAll(async () => {
    f = await programmeFixture();
    for (const unit of UNITS) unitKeys.set(unit, (await f.issueKey(unit)).key);
    for (const expert of ['e-wang', 'e-zhang', 'e-chen']) {
      const response = await f.api('POST', `/api/experts/${expert}/key`, { token: await token() });
      expertKeys.set(expert, ((await response.json()) as { key: string }).key);
    }
  });
  afterAll(() => f.table.drop());
  /** A fresh session: the tests move the clock by weeks, past a session's life. */
  const token = () => f.login(ADMIN);

  const essayBody = (unit: string, overrides: Record<string, unknown> = {}) => ({
    themeId: unit === 'housing' ? 'urbanization' : 'party-cause',
    title: `${unit} 的学习体会`,
    authors: AUTHORS[unit],
    text: `我们${unit}中心组围绕主题开展学习。`,
    ...overrides,
  });
  const send = (unit: string, body: unknown = essayBody(unit), id = callId) => f.pub('PUT', `/api/public/units/${unitKeys.get(unit)}/essay-calls/${id}/essay`, body);
  const review = (expert: string, essayId: string, body: unknown) => f.pub('POST', `/api/public/experts/${expertKeys.get(expert)}/essay-calls/${callId}/essays/${essayId}/review`, body);
  const detail = async () => (await (await f.api('GET', `/api/essay-calls/${callId}`, { token: await token() })).json()) as { call: { state: string }; rankings: { overall: RankedJson[]; byTheme: { themeId: string; essays: RankedJson[] }[]; byFront: { front: string; essays: RankedJson[] }[] } };

  it('Should create a call as a draft on catalogue themes, refuse unknown themes and a past deadline, and hide the draft from units', async () => {
    const bad = await f.api('POST', '/api/essay-calls', { token: await token(), body: { title: '征文', themeIds: ['no-such-theme'], deadline: '2026-02-01T18:00' } });
    expect(bad.status).toBe(422);
    const issues = ((await bad.json()) as { error: { issues: { field: string }[] } }).error.issues.map((i) => i.field);
    expect(issues).toEqual(expect.arrayContaining(['deadline']));
    const created = await f.api('POST', '/api/essay-calls', { token: await token(), body: { title: '2026 年基层论谈征文', themeIds: ['party-cause', 'urbanization'], deadline: '2026-03-10T18:00', rules: '每个单位一篇，3000 字以内。' } });
    expect(created.status).toBe(201);
    const { call } = (await created.json()) as { call: { callId: string; state: string; deadline: string } };
    expect(call).toMatchObject({ state: 'draft', deadline: '2026-03-10 18:00' });
    callId = call.callId;
    const unitView = (await (await f.pub('GET', `/api/public/units/${unitKeys.get('dongfeng-st')}/essay-calls`)).json()) as { calls: unknown[] };
    expect(unitView.calls).toEqual([]);
    expect((await send('dongfeng-st')).status).toBe(404);
    expect((await f.api('POST', `/api/essay-calls/${callId}/publish`, { token: await token() })).status).toBe(409);
  });

  it('Should take the pages’ steps only once confirmed, and come back with a refused new-call form beside its fields', async () => {
    const post = async (path: string, fields: Record<string, string | string[]>) => {
      const body = new URLSearchParams();
      for (const [name, value] of Object.entries(fields)) for (const one of [value].flat()) body.append(name, one);
      return f.app.request(`http://localhost${path}`, { method: 'POST', headers: { authorization: `Bearer ${await token()}`, origin: 'http://localhost', 'content-type': 'application/x-www-form-urlencoded' }, body: body.toString() });
    };
    const refused = await post('/admin/essay-calls', { title: '', themeIds: ['party-cause'], deadline: '2026-03-05T18:00' });
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain('n-title-err');
    const created = await post('/admin/essay-calls', { title: '页面新建的征文', themeIds: ['party-cause', 'economy'], deadline: '2026-03-05T18:00', rules: '' });
    expect(created.status).toBe(303);
    const id = created.headers.get('location')!.split('/').pop()!.split('?')[0]!;
    const asked = await post(`/admin/essay-calls/${id}/step`, { step: 'open' });
    expect(asked.status).toBe(200);
    expect(await asked.text()).toContain('确认开始征集');
    expect((await f.table.store.essays.getCall(id))?.state).toBe('draft');
    expect((await post(`/admin/essay-calls/${id}/step`, { step: 'open', confirmed: '1' })).status).toBe(303);
    expect((await f.table.store.essays.getCall(id))?.state).toBe('open');
    expect((await post(`/admin/essay-calls/${id}/step`, { step: 'publish', confirmed: '1' })).status).toBe(409);
  });

  it('Should take each unit’s essay once opened, and let the unit change it until the deadline (one essay per unit)', async () => {
    expect((await f.api('POST', `/api/essay-calls/${callId}/open`, { token: await token() })).status).toBe(200);
    expect((await f.api('POST', `/api/essay-calls/${callId}/open`, { token: await token() })).status).toBe(200);
    for (const unit of UNITS) {
      const first = await send(unit);
      expect(first.status).toBe(201);
      essayIds.set(unit, ((await first.json()) as { essayId: string }).essayId);
    }
    const changed = await send('dongfeng-st', essayBody('dongfeng-st', { title: '东风街道：理论学习走深走实' }));
    expect(changed.status).toBe(200);
    expect(await changed.json()).toMatchObject({ essayId: essayIds.get('dongfeng-st'), version: 2 });
    expect((await send('dongfeng-st', essayBody('dongfeng-st', { themeId: 'economy' }))).status).toBe(422);
    expect((await send('dongfeng-st', { ...essayBody('dongfeng-st'), text: '' })).status).toBe(422); // neither text nor a file
    const page = (await (await f.pub('GET', `/api/public/units/${unitKeys.get('dongfeng-st')}/essay-calls`)).json()) as { calls: { open: boolean; essay: { title: string; version: number } }[] };
    expect(page.calls[0]).toMatchObject({ open: true, essay: { title: '东风街道：理论学习走深走实', version: 2 } });
    // A long essay (30,000 characters of Chinese) fits, as JSON and as a plain form (percent-encoded, 9 bytes a character).
    const long = '学'.repeat(30_000);
    expect((await send('housing', essayBody('housing', { text: long }))).status).toBe(200);
    const form = await f.respondent.request(`http://localhost/u/${unitKeys.get('housing')}/essay-calls/${callId}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://localhost' },
      body: new URLSearchParams({ themeId: 'urbanization', title: '长文', authors: '钱住建', text: long }).toString(),
    });
    expect(form.status).toBe(303);
    expect((await f.table.store.essays.essayOfUnit(callId, 'housing'))?.text).toHaveLength(30_000);
    expect((await send('housing', essayBody('housing', { text: `${long}学` }))).status).toBe(400);
    expect((await send('housing')).status).toBe(200);
    // Before the deadline nothing is under review: experts see no call and may not review.
    const early = (await (await f.pub('GET', `/api/public/experts/${expertKeys.get('e-wang')}/essay-calls`)).json()) as { calls: unknown[] };
    expect(early.calls).toEqual([]);
    expect((await review('e-wang', essayIds.get('xinli-st')!, { score: 80 })).status).toBe(409);
  });

  it('Should refuse a submission and a change after the deadline with a clear error, and say so on the unit page', async () => {
    f.clock.set('2026-03-10T10:00:00.000Z'); // 18:00 district time: the deadline itself
    const late = await send('dongfeng-st', essayBody('dongfeng-st', { title: '迟到的修改' }));
    expect(late.status).toBe(410);
    expect(((await late.json()) as { error: { code: string; message: string } }).error).toMatchObject({ code: 'essay_submission_closed', message: expect.stringContaining('征文已截止') });
    const html = await (await f.respondent.request(`http://localhost/u/${unitKeys.get('dongfeng-st')}`)).text();
    expect(html).toContain('已截止');
    expect(html).not.toContain('迟到的修改');
    const form = await f.respondent.request(`http://localhost/u/${unitKeys.get('dongfeng-st')}/essay-calls/${callId}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://localhost' },
      body: new URLSearchParams({ themeId: 'party-cause', title: '迟到的表单', authors: '某人', text: '正文' }).toString(),
    });
    expect(form.status).toBe(410);
    expect(await form.text()).toContain('征文已截止');
  });

  it('Should show experts every essay blind: no unit, front or author in the API JSON or the page HTML', async () => {
    const secrets = UNITS.flatMap((u) => [u, AUTHORS[u]!, ...AUTHORS[u]!.split('、')]);
    const unitNames = (await f.table.store.catalogue.load()).units.filter((u) => (UNITS as readonly string[]).includes(u.id)).map((u) => u.name);
    const fronts = ['街道战线', '党群战线', '城市化战线'];
    const forbidden = [...secrets, ...unitNames, ...fronts];
    const key = expertKeys.get('e-wang')!;
    const listJson = await (await f.pub('GET', `/api/public/experts/${key}/essay-calls`)).text();
    const list = JSON.parse(listJson) as { calls: { essays: { essayId: string; title: string }[] }[] };
    expect(list.calls[0]!.essays.map((e) => e.essayId).sort()).toEqual([...essayIds.values()].sort());
    const jsons = [listJson];
    const pages = [await (await f.respondent.request(`http://localhost/e/${key}`)).text()];
    for (const essayId of essayIds.values()) {
      jsons.push(await (await f.pub('GET', `/api/public/experts/${key}/essay-calls/${callId}/essays/${essayId}`)).text());
      const page = await f.respondent.request(`http://localhost/e/${key}/essay-calls/${callId}/essays/${essayId}`);
      expect(page.status).toBe(200);
      pages.push(await page.text());
    }
    // Titles carry the unit id in this test's bodies on purpose; the blind check is for what the
    // stored essay holds beyond its title and text: unit, front, authors.
    const withoutEssayText = (s: string) => s.replace(/[a-z-]+ 的学习体会|东风街道：理论学习走深走实|我们[a-z-]+中心组围绕主题开展学习。/g, '');
    for (const text of [...jsons, ...pages].map(withoutEssayText)) for (const word of forbidden) expect(text, word).not.toContain(word);
    for (const json of jsons) expect(json).not.toMatch(/"(unitId|unitName|authors|front|submittedAt)"/);
  });

  it('Should store one review per expert and essay: a replay answers the first, a different one is refused, a race leaves one', async () => {
    const essay = essayIds.get('xinli-st')!;
    const first = await review('e-wang', essay, { score: 88, comment: '观点鲜明，联系实际。' });
    expect(first.status).toBe(201);
    const replay = await review('e-wang', essay, { score: 88, comment: '观点鲜明，联系实际。' });
    expect(replay.status).toBe(200);
    expect(await replay.json()).toEqual(await first.json());
    const other = await review('e-wang', essay, { score: 60 });
    expect(other.status).toBe(409);
    expect(((await other.json()) as { error: { code: string } }).error.code).toBe('already_reviewed');
    for (const bad of [{ score: 101 }, { score: -1 }, { score: 7.5 }, { score: '90' }, {}, { score: 90, comment: 'x'.repeat(2001) }]) expect((await review('e-zhang', essay, bad)).status).toBe(400);

    // The race: one expert's two different reviews and many replays at once, under DynamoDB's own isolation.
    isolateTransactions(f.table.client, { inFlightMs: 60 });
    const target = essayIds.get('party-office')!;
    const bodies = [{ score: 70, comment: '甲' }, { score: 91, comment: '乙' }];
    // A 503 (the store still busy after the app's own retries, as on a loaded machine) tells the phone to
    // send again: each phone does, until it has a final answer.
    const settled = async (body: { score: number; comment: string }) => {
      for (let attempt = 1; ; attempt++) {
        const answer = await review('e-chen', target, body);
        if (answer.status !== 503 || attempt === 10) return answer;
      }
    };
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => settled(bodies[i % 2]!)));
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.every((s) => s === 201 || s === 200 || s === 409)).toBe(true);
    const stored = (await f.table.store.essays.reviews(callId)).filter((r) => r.essayId === target && r.expertId === 'e-chen');
    expect(stored).toHaveLength(1);
    const audit = (await f.table.store.audit.list({ limit: 500 })).items.filter((e) => e.action === 'essay.review' && e.details?.essayId === target);
    expect(audit).toHaveLength(1);
  });

  it('Should rank by theme and by front with means and counts equal to a recount of the stored reviews', async () => {
    const scores: [string, string, number][] = [
      ['e-zhang', 'xinli-st', 75],
      ['e-chen', 'xinli-st', 90],
      ['e-wang', 'dongfeng-st', 95],
      ['e-zhang', 'dongfeng-st', 80],
      ['e-wang', 'housing', 66],
      ['e-wang', 'party-office', 91],
    ];
    for (const [expert, unit, score] of scores) expect((await review(expert, essayIds.get(unit)!, { score })).status).toBe(201);
    const { rankings } = await detail();
    const reviews = await f.table.store.essays.reviews(callId);
    const recount = new Map<string, number[]>();
    for (const r of reviews) recount.set(r.essayId, [...(recount.get(r.essayId) ?? []), r.score]);
    const all = [...rankings.overall, ...rankings.byTheme.flatMap((g) => g.essays), ...rankings.byFront.flatMap((g) => g.essays)];
    expect(all).toHaveLength(UNITS.length * 3);
    for (const row of all) {
      const list = recount.get(row.essayId) ?? [];
      expect(row.reviews).toBe(list.length);
      expect(row.meanScore).toBe(list.length ? meanText(list.reduce((a, b) => a + b, 0), list.length) : undefined);
    }
    // party-office's mean depends on which of the race's two reviews won (70 or 91); the others are fixed.
    const means = Object.fromEntries(rankings.overall.map((r) => [r.unitId, r.meanScore]));
    expect(means).toMatchObject({ 'dongfeng-st': '87.50', 'xinli-st': '84.33', housing: '66.00' });
    expect(['80.50', '91.00']).toContain(means['party-office']);
    const hundredths = rankings.overall.map((r) => Number(r.meanScore!.replace('.', '')));
    expect(hundredths).toEqual([...hundredths].sort((a, b) => b - a));
    expect(rankings.overall.map((r) => r.rank)).toEqual([1, 2, 3, 4]);
    expect(rankings.byTheme.map((g) => [g.themeId, g.essays.map((e) => e.rank)])).toEqual([
      ['party-cause', [1, 2, 3]],
      ['urbanization', [1]],
    ]);
    expect(rankings.byFront.find((g) => g.front === 'street')!.essays.map((e) => e.unitId)).toEqual(['dongfeng-st', 'xinli-st']);
  });

  it('Should publish results: units see their own rank and comments, reviews stop, and every step is audited', async () => {
    expect((await f.api('POST', `/api/essay-calls/${callId}/close`, { token: await token() })).status).toBe(200);
    const publish = await f.api('POST', `/api/essay-calls/${callId}/publish`, { token: await token() });
    expect(publish.status).toBe(200);
    expect((await review('e-zhang', essayIds.get('housing')!, { score: 99 })).status).toBe(409);
    const page = (await (await f.pub('GET', `/api/public/units/${unitKeys.get('xinli-st')}/essay-calls`)).json()) as { calls: { state: string; result: { rank: number; meanScore: string; reviews: number; comments: string[] } }[] };
    const rank = (await detail()).rankings.overall.find((r) => r.unitId === 'xinli-st')!.rank;
    expect(page.calls[0]).toMatchObject({ state: 'published', result: { rank, meanScore: '84.33', reviews: 3, comments: ['观点鲜明，联系实际。'] } });
    const html = await (await f.respondent.request(`http://localhost/u/${unitKeys.get('xinli-st')}`)).text();
    expect(html).toContain('84.33');
    const actions = (await f.table.store.audit.list({ limit: 500 })).items.filter((e) => e.target === callId).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['essay-call.create', 'essay-call.open', 'essay-call.close', 'essay-call.publish', 'essay.submit', 'essay.review']));
  });

  it('Should make an exchange meeting an event: sign-in, feedback and record through the event paths; lecture lists leave it out', async () => {
    const bad = await f.api('POST', `/api/essay-calls/${callId}/meetings`, { token: await token(), body: { themeId: 'economy', frontId: 'nope', startsAt: '2026-04-02T14:00', durationMinutes: 120, place: '区委党校', essayIds: ['missing'], expertIds: ['e-wang'] } });
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as { error: { issues: { field: string }[] } }).error.issues.map((i) => i.field)).toEqual(expect.arrayContaining(['themeId', 'frontId', 'essayIds.0']));
    const created = await f.api('POST', `/api/essay-calls/${callId}/meetings`, {
      token: await token(),
      body: { themeId: 'party-cause', frontId: 'street', startsAt: '2026-04-02T14:00', durationMinutes: 120, place: '区委党校报告厅', essayIds: [essayIds.get('dongfeng-st'), essayIds.get('xinli-st')], expertIds: ['e-wang', 'e-zhang'] },
    });
    expect(created.status).toBe(201);
    const meeting = (await created.json()) as { eventId: string; kind: string; signInUrl: string; feedbackUrl: string; presentations: { unitId: string }[] };
    expect(meeting.kind).toBe('exchange-meeting');
    expect(meeting.presentations.map((p) => p.unitId)).toEqual(['dongfeng-st', 'xinli-st']);
    const id = meeting.eventId;

    // Lecture lists and lecture reads leave it out.
    expect(await f.table.store.lectures.get(id)).toBeUndefined();
    expect((await f.table.store.lectures.listByStart('2026-04-01', '2026-05-01')).some((l) => l.id === id)).toBe(false);
    expect((await f.api('POST', `/api/lectures/${id}/delivered`, { token: await token(), body: { attendance: 30 } })).status).toBe(404);
    // The event read sees it.
    expect(await f.table.store.events.getEvent(id)).toMatchObject({ kind: 'exchange-meeting', title: '基层论谈交流会：党的事业发展', speaker: expect.stringContaining('王建华') });

    f.clock.set('2026-04-02T05:30:00.000Z'); // 13:30 district time, within sign-in's window
    const signIn = await f.pub('POST', `/api/public/lectures/${id}/sign-ins`, { signInId: randomUUID(), name: '李四', unitId: 'dongfeng-st' });
    expect(signIn.status).toBe(201);
    expect((await f.respondent.request(`http://localhost/sign-in/${id}`)).status).toBe(200);
    f.clock.set('2026-04-02T07:00:00.000Z');
    const form = await f.pub('GET', `/api/public/lectures/${id}/feedback-form`);
    expect(form.status).toBe(200);
    expect(((await form.json()) as { lecture: { topic: string } }).lecture.topic).toBe('基层论谈交流会：党的事业发展');
    expect((await f.pub('POST', `/api/public/lectures/${id}/feedback`, { submissionId: randomUUID(), answers: GOOD_ANSWERS })).status).toBe(201);
    const feedbackPage = await f.respondent.request(`http://localhost/f/${id}`);
    expect(feedbackPage.status).toBe(200);
    const counters = (await f.table.store.lectures.counters([id])).get(id) ?? {};
    expect(Number(signInCount(counters))).toBe(1);
    const summary = await f.api('PUT', `/api/lectures/${id}/record/summary`, { token: await token(), body: { summary: '两家单位交流发言，专家点评。' } });
    expect(summary.status).toBe(200);
    expect((await f.table.store.records.get(id)).summary?.text).toBe('两家单位交流发言，专家点评。');
    const page = await f.api('GET', `/admin/exchange-meetings/${id}`, { token: await token() });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('区委党校报告厅');
    const call = (await (await f.api('GET', `/api/essay-calls/${callId}`, { token: await token() })).json()) as { meetings: { eventId: string }[] };
    expect(call.meetings.map((m) => m.eventId)).toEqual([id]);
  });
});
