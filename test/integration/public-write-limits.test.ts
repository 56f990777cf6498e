// Feedback cannot be stuffed: one feedback per phone per lecture (refused or replacing, as the district
// chooses) and a per-source limit on every public write (responses, feedback, requests) answering 429
// with Retry-After; the scorecards count what the limit let through. On DynamoDB Local, real apps.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rebuildLectureCounters } from '../../shared/lectures/rebuild-lecture-counters.js';
import type { Survey } from '../../shared/survey/survey-schema.js';
import { ADMIN, ORIGIN } from './organizer-fixture.js';
import { programmeFixture, requestBody, type ProgrammeFixture } from './programme-fixture.js';

const LIMIT = 10;
let f: ProgrammeFixture;
let app: ProgrammeFixture['respondent'];

/** A request from one client address (the socket's peer, as @hono/node-server hands it over). */
const from = (address: string, path: string, init: RequestInit = {}) => app.request(`${ORIGIN}${path}`, init, { incoming: { socket: { remoteAddress: address } } });
const postJson = (address: string, path: string, body: unknown, method = 'POST') => from(address, path, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

const ratings = (score: number) => ({ lecture: { relevance: score, depth: score, practice: score, effect: score }, teacher: { clarity: score, interaction: score, time: score }, organization: score });

async function json<T>(response: Response | Promise<Response>): Promise<T> {
  return (await (await response).json()) as T;
}

/** Sessions expire as the clock moves on: sign in again at the current time. */
const staff = () => f.login(ADMIN);

async function openLecture(unitId: string, startsAt: string): Promise<string> {
  const created = await f.api('POST', '/api/lectures', { token: (await staff()), body: { topicId: 't-ecology', expertId: 'e-zhang', unitIds: [unitId], startsAt, durationMinutes: 60, place: '报告厅' } });
  expect(created.status).toBe(201);
  return (await json<{ lectureId: string }>(created)).lectureId;
}

beforeAll(async () => {
  f = await programmeFixture({ respondent: (store) => ({ publicWrites: { limiter: store.publicWrites, policy: { perWindow: LIMIT, windowMs: 60_000 } } }) });
  app = f.respondent;
});
afterAll(() => f.table.drop());

describe('the per-source limit on public writes', () => {
  it('Should let one source make at most the limit of writes a window, across responses, feedback and requests, then 429 with Retry-After', async () => {
    f.clock.set('2026-03-01T00:00:10.000Z');
    const { survey } = await json<{ survey: Survey }>(f.api('POST', '/api/surveys', { token: (await staff()), body: { template: 'blank', title: '限流' } }));
    expect((await f.api('POST', `/api/surveys/${survey.id}/publish`, { token: (await staff()) })).status).toBe(200);
    const menuId = await f.publishedMenu();
    const { key } = await f.issueKey('xinli-st');
    const lectureId = await openLecture('xinli-st', '2026-03-01T07:00');
    f.clock.set('2026-03-01T00:00:20.000Z');
    const source = '203.0.113.5';
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT + 5; i++) {
      const kind = i % 3;
      const res =
        kind === 0
          ? await postJson(source, `/api/public/surveys/${survey.id}/responses`, { submissionId: randomUUID(), answers: { q1: '好' } })
          : kind === 1
            ? await postJson(source, `/api/public/lectures/${lectureId}/feedback`, { submissionId: randomUUID(), answers: ratings(5) })
            : await postJson(source, `/api/public/units/${key}/requests/${menuId}`, requestBody(), 'PUT');
      statuses.push(res.status);
      if (res.status === 429) {
        expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
        expect(Number(res.headers.get('retry-after'))).toBeLessThanOrEqual(60);
        expect((await json<{ error: { code: string } }>(res)).error.code).toBe('too_many_writes');
      }
    }
    expect(statuses.filter((s) => s === 429)).toHaveLength(5);
    expect(statuses.filter((s) => s < 300)).toHaveLength(LIMIT);
    // Another source is not held back; the same one is again in the next window.
    expect((await postJson('198.51.100.7', `/api/public/surveys/${survey.id}/responses`, { submissionId: randomUUID(), answers: { q1: '好' } })).status).toBe(201);
    // A form post (no JavaScript) is limited the same way, as a page.
    const page = await from(source, `/s/${survey.id}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `submissionId=${randomUUID()}&q1=x` });
    expect(page.status).toBe(429);
    expect(page.headers.get('content-type')).toContain('text/html');
    f.clock.advance(60_000);
    expect((await postJson(source, `/api/public/surveys/${survey.id}/responses`, { submissionId: randomUUID(), answers: { q1: '好' } })).status).toBe(201);
  });

  it('Should let the scorecards count only what the limit let through: 200 stuffed ratings of 1 move a 5.00 lecture no further than the limit allows', async () => {
    f.clock.set('2026-03-02T00:00:00.000Z');
    const lectureId = await openLecture('jinqiao-st', '2026-03-02T08:00');
    f.clock.set('2026-03-02T01:00:00.000Z');
    expect((await postJson('192.0.2.1', `/api/public/lectures/${lectureId}/feedback`, { submissionId: randomUUID(), answers: ratings(5) })).status).toBe(201);
    const stuffed = await Promise.all(Array.from({ length: 200 }, () => postJson('192.0.2.66', `/api/public/lectures/${lectureId}/feedback`, { submissionId: randomUUID(), answers: ratings(1) })));
    expect(stuffed.filter((r) => r.status === 201)).toHaveLength(LIMIT);
    expect(stuffed.filter((r) => r.status === 429)).toHaveLength(200 - LIMIT);
    expect((await f.api('POST', `/api/lectures/${lectureId}/delivered`, { token: (await staff()), body: { attendance: 40 } })).status).toBe(200);
    const lecture = await json<{ feedback: number; scores: { organisation: number } }>(f.api('GET', `/api/lectures/${lectureId}`, { token: (await staff()) }));
    expect(lecture.feedback).toBe(1 + LIMIT);
    expect((await rebuildLectureCounters(f.table.store, lectureId)).differences).toEqual([]);
  });
});

describe('one feedback per phone per lecture', () => {
  const formPost = (lectureId: string, cookie: string, score: number, submissionId = randomUUID(), suggestion = '') =>
    from(`10.${Math.floor(Math.random() * 200)}.0.1`, `/f/${lectureId}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie, origin: ORIGIN },
      body: new URLSearchParams({
        submissionId,
        'q:lecture:r:relevance': String(score),
        'q:lecture:r:depth': String(score),
        'q:lecture:r:practice': String(score),
        'q:lecture:r:effect': String(score),
        'q:teacher:r:clarity': String(score),
        'q:teacher:r:interaction': String(score),
        'q:teacher:r:time': String(score),
        'q:organization': String(score),
        ...(suggestion ? { 'q:lecture-suggestion': suggestion } : {}),
      }).toString(),
    });

  /** The phone id the feedback page hands out (a cookie scoped to the lecture's pages). */
  async function phoneCookie(lectureId: string): Promise<string> {
    const page = await from('10.0.0.1', `/f/${lectureId}`);
    expect(page.status).toBe(200);
    const set = page.headers.get('set-cookie') ?? '';
    expect(set).toContain(`dc_phone_${lectureId}=`);
    expect(set).toContain(`Path=/f/${lectureId}`);
    expect(set).toContain('HttpOnly');
    return set.split(';')[0]!;
  }

  it('Should refuse a second feedback from the same phone by default (409), and still replay the first', async () => {
    f.clock.set('2026-03-03T00:00:00.000Z');
    const lectureId = await openLecture('dongfeng-st', '2026-03-03T08:00');
    f.clock.set('2026-03-03T01:00:00.000Z');
    const cookie = await phoneCookie(lectureId);
    const first = randomUUID();
    expect((await formPost(lectureId, cookie, 5, first)).status).toBe(303);
    expect((await formPost(lectureId, cookie, 1)).status).toBe(409);
    expect((await formPost(lectureId, cookie, 5, first)).status).toBe(303);
    // The JSON API takes the phone's id in the body, with the same rule.
    const deviceId = randomUUID();
    expect((await postJson('10.1.1.1', `/api/public/lectures/${lectureId}/feedback`, { submissionId: randomUUID(), answers: ratings(4), deviceId })).status).toBe(201);
    const again = await postJson('10.1.1.2', `/api/public/lectures/${lectureId}/feedback`, { submissionId: randomUUID(), answers: ratings(1), deviceId: deviceId.toUpperCase() });
    expect(again.status).toBe(409);
    expect((await json<{ error: { code: string } }>(again)).error.code).toBe('already_answered');
    // Another phone counts.
    expect((await formPost(lectureId, await phoneCookie(lectureId), 3)).status).toBe(303);
    const view = await json<{ feedback: number }>(f.api('GET', `/api/lectures/${lectureId}`, { token: (await staff()) }));
    expect(view.feedback).toBe(3);
  });

  it('Should let a repeat replace the phone’s earlier feedback when the district chooses it: counted once, scores and suggestions the new ones', async () => {
    const admin = await staff();
    const set = await f.api('PUT', '/api/feedback-form/window', { token: admin, body: { windowDays: 7, repeatFeedback: 'replace' } });
    expect(set.status).toBe(200);
    expect(await set.json()).toEqual({ windowDays: 7, repeatFeedback: 'replace' });
    f.clock.set('2026-03-04T00:00:00.000Z');
    const lectureId = await openLecture('xinli-st', '2026-03-04T08:00');
    f.clock.set('2026-03-04T01:00:00.000Z');
    const cookie = await phoneCookie(lectureId);
    expect((await formPost(lectureId, cookie, 1, randomUUID(), '太差了')).status).toBe(303);
    expect((await formPost(lectureId, cookie, 5, randomUUID(), '很好')).status).toBe(303);
    expect((await formPost(lectureId, cookie, 4)).status).toBe(303);
    expect((await f.api('POST', `/api/lectures/${lectureId}/delivered`, { token: (await staff()), body: { attendance: 30 } })).status).toBe(200);
    const view = await json<{ feedback: number; scores: { organisation: number } }>(f.api('GET', `/api/lectures/${lectureId}`, { token: (await staff()) }));
    expect(view).toMatchObject({ feedback: 1, scores: { organisation: 4 } });
    const suggestions = await json<{ suggestions: { texts: Record<string, string> }[] }>(f.api('GET', `/api/lectures/${lectureId}/suggestions`, { token: (await staff()) }));
    expect(suggestions.suggestions).toEqual([]);
    expect((await rebuildLectureCounters(f.table.store, lectureId)).differences).toEqual([]);
    await f.api('PUT', '/api/feedback-form/window', { token: admin, body: { windowDays: 7, repeatFeedback: 'refuse' } });
  });
});
