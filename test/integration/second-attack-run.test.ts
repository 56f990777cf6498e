// The second attack run's smaller findings, each through the real apps on DynamoDB Local: a request's
// submission id in upper case, cross-site posts to every public HTML form, a response limit after
// invalidating, and a unit link whose unit question display logic hides.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rebuildLectureCounters } from '../../shared/lectures/rebuild-lecture-counters.js';
import { rebuildCounters } from '../../shared/report/rebuild-counters.js';
import type { Survey } from '../../shared/survey/survey-schema.js';
import { allResponses } from '../support/respondent-app.js';
import { ORIGIN } from './organizer-fixture.js';
import { programmeFixture, requestBody, type ProgrammeFixture } from './programme-fixture.js';

let f: ProgrammeFixture;

beforeAll(async () => {
  f = await programmeFixture();
});
afterAll(() => f.table.drop());

async function json<T>(response: Response | Promise<Response>): Promise<T> {
  return (await (await response).json()) as T;
}

describe('a lecture request’s submission id', () => {
  it('Should be one id whatever its letter case: an upper-case retry replays version 1', async () => {
    f.clock.set('2026-03-01T00:00:00.000Z');
    const menuId = await f.publishedMenu();
    const { key } = await f.issueKey('xinli-st');
    const body = requestBody();
    const first = await f.pub('PUT', `/api/public/units/${key}/requests/${menuId}`, body);
    expect(first.status).toBe(201);
    const again = await f.pub('PUT', `/api/public/units/${key}/requests/${menuId}`, { ...body, submissionId: body.submissionId.toUpperCase() });
    expect(again.status).toBe(200);
    expect(await json<{ version: number }>(again)).toMatchObject({ version: 1 });
  });
});

describe('cross-site posts to the public HTML forms', () => {
  it('Should refuse a post from another site to a unit’s request form and to a lecture’s feedback form (403), as the survey form does', async () => {
    const menuId = await f.publishedMenu();
    const { key } = await f.issueKey('jinqiao-st');
    const lecture = await json<{ lectureId: string }>(
      f.api('POST', '/api/lectures', { token: f.token, body: { topicId: 't-ecology', expertId: 'e-zhang', unitIds: ['jinqiao-st'], startsAt: '2026-03-01T09:00', durationMinutes: 60, place: '金桥街道' } }),
    );
    for (const path of [`/u/${key}/menus/${menuId}`, `/f/${lecture.lectureId}`, '/s/whatever']) {
      const refused = await f.respondent.request(`${ORIGIN}${path}`, {
        method: 'POST',
        headers: { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
        body: `submissionId=${randomUUID()}`,
      });
      expect(refused.status, path).toBe(403);
    }
    const current = await f.table.store.requests.current(menuId, 'jinqiao-st');
    expect(current).toBeUndefined();
  });
});

describe('a response limit after invalidating', () => {
  it('Should never give a slot back: invalidating all, then moving the limit down and up, still stores at most the limit', async () => {
    const { survey } = await json<{ survey: Survey }>(f.api('POST', '/api/surveys', { token: f.token, body: { template: 'blank', title: '限额' } }));
    expect((await f.api('POST', `/api/surveys/${survey.id}/publish`, { token: f.token })).status).toBe(200);
    const setLimit = (responseLimit: number) => f.api('PUT', `/api/surveys/${survey.id}/settings`, { token: f.token, body: { responseLimit } });
    expect((await setLimit(3)).status).toBe(200);
    const send = () => f.pub('POST', `/api/public/surveys/${survey.id}/responses`, { submissionId: randomUUID(), answers: { q1: '好' } });
    for (let i = 0; i < 3; i++) expect((await send()).status).toBe(201);
    for (const r of await allResponses(f.table.store, survey.id)) {
      expect((await f.api('POST', `/api/surveys/${survey.id}/responses/${r.responseId}/invalidate`, { token: f.token, body: { reason: '测试' } })).status).toBe(200);
    }
    expect((await setLimit(2)).status).toBe(200);
    expect((await setLimit(3)).status).toBe(200);
    // The survey cache lasts 5 s: wait for the limit to be seen, then try to pass it.
    f.clock.advance(10_000);
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await send()).status);
    expect(statuses.filter((s) => s === 201)).toEqual([]);
    expect((await allResponses(f.table.store, survey.id)).length).toBe(3);
    expect((await rebuildCounters(f.table.store, survey.id)).differences).toEqual([]);
  });
});

describe('a unit link and display logic', () => {
  it('Should file a response under the link’s unit also when display logic hides the unit question', async () => {
    const definition = {
      title: '显示逻辑',
      kind: 'custom',
      questions: [
        { id: 'mode', type: 'single_choice', required: true, title: '方式', options: [{ id: 'a', label: '甲' }, { id: 'b', label: '乙' }] },
        { id: 'unit', type: 'unit', required: false, title: '单位', options: [{ id: 'dongfeng-st', label: '东丰街道', front: 'street' }], visibleIf: { questionId: 'mode', anyOf: ['a'] } },
      ],
    };
    const created = await f.api('POST', '/api/surveys', { token: f.token, body: { definition } });
    expect(created.status).toBe(201);
    const { survey } = await json<{ survey: Survey }>(created);
    expect((await f.api('POST', `/api/surveys/${survey.id}/publish`, { token: f.token })).status).toBe(200);
    const { key } = await f.issueKey('dongfeng-st');
    const sent = await f.pub('POST', `/api/public/surveys/${survey.id}/responses`, { submissionId: randomUUID(), answers: { mode: 'b' }, unitKey: key });
    expect(sent.status).toBe(201);
    const [stored] = await allResponses(f.table.store, survey.id);
    expect(stored?.unitId).toBe('dongfeng-st');
    expect((await rebuildCounters(f.table.store, survey.id)).differences).toEqual([]);
  });
});

describe('look-alike catalogue names', () => {
  it.each([
    ['a zero-width space', '东风街道党工委\u200b中心组'],
    ['a right-to-left override', '\u202e东风街道党工委中心组'],
    ['a byte-order mark and a word joiner', '\ufeff东风街道党工委中心组\u2060'],
  ])('Should store a name cleaned of %s, and refuse it as the same name', async (_, name) => {
    const res = await f.api('POST', '/api/catalogue/units', { token: f.token, body: { name, front: 'street' } });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('已有同名记录');
  });

  it('Should refuse full-width letters, another Unicode form and traditional characters as look-alikes, naming the record they resemble', async () => {
    expect((await f.api('POST', '/api/catalogue/units', { token: f.token, body: { name: 'Café 中心组 AB', front: 'street' } })).status).toBe(201);
    // The same name in decomposed form (NFD) is the same name once stored as NFC.
    expect(await (await f.api('POST', '/api/catalogue/units', { token: f.token, body: { name: 'Cafe\u0301 中心组 AB', front: 'street' } })).text()).toContain('已有同名记录');
    for (const name of ['Café 中心组 ＡＢ', 'CAFÉ 中心组 ab']) {
      const res = await f.api('POST', '/api/catalogue/units', { token: f.token, body: { name, front: 'street' } });
      expect(res.status, name).toBe(422);
      expect(await res.text(), name).toContain('与已有的“Café 中心组 AB”看起来相同');
    }
    const traditional = await f.api('POST', '/api/catalogue/units', { token: f.token, body: { name: '區委組織部中心組', front: 'party' } });
    expect(traditional.status).toBe(422);
    const body = (await traditional.json()) as { error: { issues: { field: string; message: string }[] } };
    expect(body.error.issues).toEqual([{ field: 'name', message: '与已有的“区委组织部中心组”看起来相同（只差全角半角、繁简字形或看不见的字符），请换一个名称或编辑原有记录。' }]);
    // A name that is really different is taken, stored cleaned.
    const taken = await f.api('POST', '/api/catalogue/units', { token: f.token, body: { name: '  新区\u200b委员会  ', front: 'party' } });
    expect(taken.status).toBe(201);
    expect(((await taken.json()) as { record: { name: string } }).record.name).toBe('新区委员会');
  });
});

describe('a feedback form whose scale changes', () => {
  it('Should never average two scales: each scale’s mean is kept and shown, in JSON, the ledger CSV and the pages', async () => {
    const signIn = () => f.login({ email: 'admin@district.cn', password: 'admin-password-1' });
    const schedule = async (startsAt: string) => {
      const res = await f.api('POST', '/api/lectures', { token: await signIn(), body: { topicId: 't-digital', expertId: 'e-chen', unitIds: ['dongfeng-st'], startsAt, durationMinutes: 60, place: '报告厅' } });
      expect(res.status).toBe(201);
      return ((await res.json()) as { lectureId: string }).lectureId;
    };
    const rate = (lectureId: string, lecture: number, organization: number) =>
      f.pub('POST', `/api/public/lectures/${lectureId}/feedback`, {
        submissionId: randomUUID(),
        answers: { lecture: { relevance: lecture, depth: lecture, practice: lecture, effect: lecture }, teacher: { clarity: lecture, interaction: lecture, time: lecture }, organization },
      });
    f.clock.set('2026-05-01T00:00:00.000Z');
    const five = await schedule('2026-05-01T09:00');
    f.clock.set('2026-05-01T02:00:00.000Z');
    expect((await rate(five, 5, 5)).status).toBe(201);
    // The district moves its form to a 10-point scale; the next lecture answers it.
    const { form } = (await (await f.api('GET', '/api/feedback-form', { token: await signIn() })).json()) as { form: Survey };
    const tenPoint = { ...form, questions: form.questions.map((q) => (q.type === 'rating' || q.type === 'matrix_rating' ? { ...q, scale: 10 } : q)) };
    expect((await f.api('PUT', '/api/feedback-form', { token: await signIn(), body: tenPoint })).status).toBe(200);
    const ten = await schedule('2026-05-02T09:00');
    f.clock.set('2026-05-02T02:00:00.000Z');
    expect((await rate(ten, 10, 8)).status).toBe(201);
    const staff = await signIn();
    for (const id of [five, ten]) expect((await f.api('POST', `/api/lectures/${id}/delivered`, { token: staff, body: { attendance: 20 } })).status).toBe(200);

    const cards = (await (await f.api('GET', '/api/scorecards?by=expert&from=2026-05-01&to=2026-05-31', { token: staff })).json()) as { rows: { id: string; scores: Record<string, number>; scoresByScale?: Record<string, { scale: number; score: number; ratings: number }[]> }[] };
    const chen = cards.rows.find((r) => r.id === 'e-chen')!;
    expect(chen.scores.organisation).toBeUndefined();
    expect(chen.scoresByScale?.organisation).toEqual([
      { scale: 5, score: 5, ratings: 1 },
      { scale: 10, score: 8, ratings: 1 },
    ]);
    // One lecture answered one scale: its own score stays a plain mean.
    const one = (await (await f.api('GET', `/api/lectures/${ten}`, { token: staff })).json()) as { scores: Record<string, number>; scoresByScale?: unknown };
    expect(one.scores.organisation).toBe(8);
    expect(one.scoresByScale).toBeUndefined();
    const csv = await (await f.api('GET', '/api/scorecards.csv?by=expert&from=2026-05-01&to=2026-05-31', { token: staff })).text();
    expect(csv).toContain('5（5 分制）；8（10 分制）');
    const page = await (await f.api('GET', '/admin/scorecards?by=expert&from=2026-05-01&to=2026-05-31', { token: staff })).text();
    expect(page).toContain('5.00（5 分制）<br/>8.00（10 分制）');
    for (const id of [five, ten]) expect((await rebuildLectureCounters(f.table.store, id)).differences).toEqual([]);
  });
});
