// Reminders about a lecture's feedback (催办反馈) against DynamoDB Local: the host units of a lecture
// with no feedback get one message each with their own link to that lecture on their page (never the
// general /f/ link); a lecture with feedback reminds nobody; again within the gap nobody; two runs at
// once remind each unit once; refusals before the start (409), once cancelled (409), after the window
// (410), bad gap (422), unknown (404); a front-limited account only its own fronts' lectures; the page
// asks first, then shows each message to copy.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inlineBlockedByCsp } from '../support/inline-csp.js';
import { createAccount } from '../../shared/accounts/create-account.js';
import { Notifier } from '../../shared/notices/notifier.js';
import { ADMIN, ORIGIN } from './organizer-fixture.js';
import { MENU_BODY, programmeFixture, type ProgrammeFixture } from './programme-fixture.js';

interface ReminderAnswer {
  sent: number;
  skipped: number;
  messages: { unitId: string; unitName: string; text: string }[];
}

const GOOD_ANSWERS = {
  lecture: { relevance: 5, depth: 4, practice: 5, effect: 4 },
  teacher: { clarity: 5, interaction: 3, time: 4 },
  organization: 5,
  'lecture-suggestion': '多讲案例',
};

let f: ProgrammeFixture;
let token: string;

async function json<T>(response: Response | Promise<Response>): Promise<T> {
  return (await (await response).json()) as T;
}

const remind = (lectureId: string, query = '', as?: string) => f.api('POST', `/api/lectures/${lectureId}/reminders${query}`, { token: as ?? token });

async function lecture(body: { topicId: string; expertId: string; unitIds: string[]; startsAt: string }): Promise<string> {
  const res = await f.api('POST', '/api/lectures', { token, body: { durationMinutes: 90, place: '会议室', ...body } });
  expect(res.status, await res.clone().text()).toBe(201);
  return (await json<{ lectureId: string }>(res)).lectureId;
}

async function currentKeys(): Promise<Map<string, string>> {
  const { units } = await json<{ units: { unitId: string; key?: string }[] }>(f.api('GET', '/api/unit-links', { token }));
  return new Map(units.filter((u) => u.key).map((u) => [u.unitId, u.key!]));
}

/** Every inline style and script of a page is one the CSP allows by hash (else the browser drops it: no styles, no 复制). */
function allInlineAllowed(res: Response, html: string): void {
  expect(html).toMatch(/<(style|script)>/);
  expect(inlineBlockedByCsp(res.headers.get('content-security-policy') ?? '', html)).toEqual([]);
}

const audits = async (action: string, target: string) => (await f.table.store.audit.list({ limit: 500 })).items.filter((e) => e.action === action && e.target === target);

/** Three host units (two fronts), one already with a link; nobody has given feedback. */
let silentId: string;
/** One host unit; a listener has given feedback. */
let answeredId: string;
/** Street units only, for the front-limited account. */
let streetId: string;
/** Not started yet when the clock is moved: a lecture in the future. */
let futureId: string;

beforeAll(async () => {
  f = await programmeFixture();
  token = f.token;
  f.deps.notifier = new Notifier({ notices: f.table.store.notices, launcher: { launch: async () => {} }, clock: f.clock, newId: randomUUID });
  await f.issueKey('dongfeng-st');
  silentId = await lecture({ topicId: 't-party-history', expertId: 'e-wang', unitIds: ['dongfeng-st', 'xinli-st', 'education'], startsAt: '2026-03-05T09:00' });
  answeredId = await lecture({ topicId: 't-ecology', expertId: 'e-zhang', unitIds: ['development'], startsAt: '2026-03-05T09:00' });
  streetId = await lecture({ topicId: 't-digital', expertId: 'e-chen', unitIds: ['jinqiao-st', 'xinli-st'], startsAt: '2026-03-05T14:00' });
  futureId = await lecture({ topicId: 't-employment', expertId: 'e-sun', unitIds: ['health'], startsAt: '2026-04-20T09:00' });
});
afterAll(() => f.table.drop());

describe('lecture feedback reminders', () => {
  it('Should refuse before the lecture starts (409 feedback_window_not_open), storing nothing', async () => {
    const early = await remind(silentId);
    expect(early.status).toBe(409);
    expect((await json<{ error: { code: string; message: string } }>(early)).error).toMatchObject({ code: 'feedback_window_not_open', message: expect.any(String) });
    expect(await audits('lecture.remind', silentId)).toEqual([]);
    // Two hours after it ended (11:30 district time), the window is open.
    f.clock.set('2026-03-05T05:30:00.000Z');
    token = await f.login(ADMIN);
  });

  it('Should send each host unit of a lecture without feedback one message carrying its own link to that lecture, never the general link (audited, a notice)', async () => {
    const before = await currentKeys();
    const res = await remind(silentId);
    expect(res.status, await res.clone().text()).toBe(200);
    const answer = await json<ReminderAnswer>(res);
    expect(answer).toMatchObject({ sent: 3, skipped: 0 });
    expect(answer.messages.map((m) => m.unitId).sort()).toEqual(['dongfeng-st', 'education', 'xinli-st']);
    const keys = await currentKeys();
    expect(keys.get('dongfeng-st'), 'a link that existed is kept').toBe(before.get('dongfeng-st'));
    for (const message of answer.messages) {
      const key = keys.get(message.unitId)!;
      expect(message.text).toContain(`${ORIGIN}/u/${key}#lecture-${silentId}`);
      expect(message.text).toContain(message.unitName);
      expect(message.text).toContain('党史学习教育专题');
      expect(message.text).toContain('反馈');
      expect(message.text).not.toContain('/f/');
      for (const [unit, other] of keys) if (unit !== message.unitId) expect(message.text).not.toContain(other);
      // The link opens that unit's page, at this lecture, which holds the feedback link the listeners use.
      const page = await (await f.pub('GET', `/u/${key}`)).text();
      expect(page).toContain(`id="lecture-${silentId}"`);
      expect(page).toContain(`href="/f/${silentId}`);
    }
    const issued = (await f.table.store.audit.list({ limit: 500 })).items.filter((e) => e.action === 'unit.key.issue' && e.details?.reason === 'lecture.remind').map((e) => e.target);
    expect(issued.sort()).toEqual(['education', 'xinli-st']);
    expect((await audits('lecture.remind', silentId))[0]?.details).toEqual({ sent: 3, skipped: 0, gapHours: 24 });
    const notice = (await f.table.store.notices.since('2026-01-01T00:00:00.000Z')).find((n) => n.event === 'reminder' && n.about?.id === silentId);
    expect(notice?.message.lines.join('\n')).toContain('区教育局中心组');
    for (const key of keys.values()) expect(JSON.stringify(notice)).not.toContain(key);
  });

  it('Should remind nobody about a lecture that has feedback, and nobody again within the gap', async () => {
    expect((await f.pub('POST', `/api/public/lectures/${answeredId}/feedback`, { submissionId: randomUUID(), answers: GOOD_ANSWERS })).status).toBe(201);
    expect(await json<ReminderAnswer>(remind(answeredId))).toEqual({ sent: 0, skipped: 0, messages: [] });
    expect(await json<ReminderAnswer>(remind(silentId))).toEqual({ sent: 0, skipped: 3, messages: [] });
    f.clock.advance(25 * 3_600_000);
    token = await f.login(ADMIN);
    expect((await json<ReminderAnswer>(remind(silentId, '?gap=48'))).sent).toBe(0);
    expect((await json<ReminderAnswer>(remind(silentId))).sent).toBe(3);
    // Feedback arrives: the lecture is answered for all its hosts, so nobody is reminded after the gap.
    expect((await f.pub('POST', `/api/public/lectures/${silentId}/feedback`, { submissionId: randomUUID(), answers: GOOD_ANSWERS })).status).toBe(201);
    f.clock.advance(25 * 3_600_000);
    token = await f.login(ADMIN);
    expect(await json<ReminderAnswer>(remind(silentId))).toEqual({ sent: 0, skipped: 0, messages: [] });
  });

  it('Should remind each unit once when three runs start at once', async () => {
    const raced = await lecture({ topicId: 't-health', expertId: 'e-liu', unitIds: ['party-office', 'organization', 'trade-union', 'housing', 'planning', 'city-admin'], startsAt: '2026-03-06T09:00' });
    const runs = await Promise.all([0, 1, 2].map(() => json<ReminderAnswer>(remind(raced))));
    expect(runs.flatMap((r) => r.messages.map((m) => m.unitId)).sort()).toEqual(['city-admin', 'housing', 'organization', 'party-office', 'planning', 'trade-union']);
    expect(runs.reduce((n, r) => n + r.sent, 0)).toBe(6);
    expect(runs.reduce((n, r) => n + r.skipped, 0)).toBe(12);
    const keys = await currentKeys();
    for (const message of runs.flatMap((r) => r.messages)) expect(message.text).toContain(`/u/${keys.get(message.unitId)}#lecture-${raced}`);
  });

  it('Should reach a front-limited account’s own fronts’ lectures only: never another front’s units or their links', async () => {
    const limited = { email: `street-${randomUUID()}@district.cn`, password: 'street-password-1' };
    await createAccount({ accounts: f.table.store.accounts, clock: f.clock }, { ...limited, role: 'organizer' });
    expect((await f.api('PUT', `/api/accounts/${limited.email}/fronts`, { token, body: { fronts: ['street'] } })).status).toBe(200);
    const street = await f.login(limited);
    // The lecture shared with the education bureau is not the street account's: refused, nothing in the answer.
    const mixed = await remind(silentId, '', street);
    expect(mixed.status).toBe(403);
    const refused = await mixed.text();
    for (const key of (await currentKeys()).values()) expect(refused).not.toContain(key);
    const own = await json<ReminderAnswer>(remind(streetId, '', street));
    expect(own.messages.map((m) => m.unitId).sort()).toEqual(['jinqiao-st', 'xinli-st']);
  });

  it('Should refuse in the error shape: 422 for a bad gap, 404 unknown, 409 cancelled, 410 after the window, storing nothing', async () => {
    for (const gap of ['0', '-1', 'abc', '1.5', '721', '99999999999']) {
      const res = await remind(streetId, `?gap=${gap}`);
      expect(res.status, gap).toBe(422);
      expect((await json<{ error: { code: string; message: string } }>(res)).error.message, gap).toBeTruthy();
    }
    const unknown = await remind('no-such-lecture');
    expect(unknown.status).toBe(404);
    expect((await json<{ error: { code: string } }>(unknown)).error.code).toBe('lecture_not_found');
    expect((await f.api('POST', `/api/lectures/${futureId}/cancel`, { token, body: { reason: '专家出差' } })).status).toBe(200);
    const cancelled = await remind(futureId);
    expect(cancelled.status).toBe(409);
    expect((await json<{ error: { code: string } }>(cancelled)).error.code).toBe('lecture_status_conflict');
    expect(await audits('lecture.remind', futureId)).toEqual([]);
    // The street lecture ended at 15:30 district time on 5 March (07:30Z); seven days on, its window has closed.
    f.clock.set('2026-03-12T07:29:00.000Z');
    token = await f.login(ADMIN);
    expect((await remind(streetId)).status).toBe(200);
    f.clock.set('2026-03-12T07:30:00.000Z');
    token = await f.login(ADMIN);
    const late = await remind(streetId);
    expect(late.status).toBe(410);
    expect((await json<{ error: { code: string } }>(late)).error.code).toBe('feedback_closed');
  });
});

describe('the 催办反馈 panel on the lecture page', () => {
  it('Should show the panel while the window is open and nothing came in, ask first, then show each message to copy; a lecture with feedback shows none', async () => {
    const id = await lecture({ topicId: 't-business-env', expertId: 'e-wang', unitIds: ['commerce', 'dev-zone'], startsAt: '2026-03-13T09:00' });
    const get = async (lectureId: string) => (await f.app.request(`${ORIGIN}/admin/lectures/${lectureId}`, { headers: { authorization: `Bearer ${token}` } })).text();
    // Not started: no panel; the page route refuses on the lecture page itself.
    expect(await get(id)).not.toContain(`action="/admin/lectures/${id}/reminders"`);
    const post = (body: string) =>
      f.app.request(`${ORIGIN}/admin/lectures/${id}/reminders`, { method: 'POST', headers: { authorization: `Bearer ${token}`, origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded' }, body });
    const early = await post('confirmed=1');
    expect(early.status).toBe(409);
    expect(await early.text()).toContain('开讲后才能催办反馈');

    f.clock.set('2026-03-13T04:00:00.000Z');
    token = await f.login(ADMIN);
    expect(await get(id)).toContain(`action="/admin/lectures/${id}/reminders"`);
    expect(await get(id)).toContain('催办反馈');
    const asked = await post('');
    expect(asked.status).toBe(200);
    expect(await asked.text()).toContain('确认催办反馈');
    expect(await audits('lecture.remind', id)).toEqual([]);
    const done = await post('confirmed=1');
    expect(done.status).toBe(200);
    const page = await done.text();
    expect(page).toContain('本次催办 2 个单位');
    expect(page.match(/<textarea id="reminder-\d+"/g)).toHaveLength(2);
    expect(page).toMatch(/<button type="button" class="secondary" data-copy="reminder-0" data-done="已复制" hidden/);
    expect(page).toContain(`#lecture-${id}`);
    allInlineAllowed(done, page);

    expect((await f.pub('POST', `/api/public/lectures/${id}/feedback`, { submissionId: randomUUID(), answers: GOOD_ANSWERS })).status).toBe(201);
    expect(await get(id)).not.toContain(`action="/admin/lectures/${id}/reminders"`);
  });
});

describe('the reminder pages under their CSP', () => {
  it('Should let every inline style and the copy script of the survey, menu and lecture reminder pages run', async () => {
    const post = (path: string) => f.app.request(`${ORIGIN}${path}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded' }, body: 'confirmed=1' });
    const { survey } = await json<{ survey: { id: string } }>(f.api('POST', '/api/surveys', { token, body: { template: 'needs', title: '催办页面' } }));
    expect((await f.api('POST', `/api/surveys/${survey.id}/publish`, { token })).status).toBe(200);
    const { menuId } = await json<{ menuId: string }>(f.api('POST', '/api/menus', { token, body: { ...MENU_BODY, orderDeadline: '2026-12-10T18:00' } }));
    expect((await f.api('POST', `/api/menus/${menuId}/publish`, { token })).status).toBe(200);
    const id = await lecture({ topicId: 't-new-quality', expertId: 'e-zhang', unitIds: ['housing'], startsAt: '2026-03-13T14:00' });
    f.clock.set('2026-03-13T08:00:00.000Z');
    token = await f.login(ADMIN);
    for (const path of [`/admin/surveys/${survey.id}/reminders`, `/admin/menus/${menuId}/reminders`, `/admin/lectures/${id}/reminders`]) {
      const res = await post(path);
      const html = await res.text();
      expect(res.status, path).toBe(200);
      expect(html, path).toContain('data-copy="reminder-0"');
      allInlineAllowed(res, html);
    }
  });
});
