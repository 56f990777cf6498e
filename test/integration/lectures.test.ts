// Lectures through the real apps on DynamoDB Local: booking clashes, feedback exactly once and in its
// window, and the 404 / 409 / 410 / 422 answers.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organizerFixture, type Fixture } from './organizer-fixture.js';
import { respondentAppFor } from '../support/respondent-app.js';

const GOOD_ANSWERS = {
  lecture: { relevance: 5, depth: 4, practice: 5, effect: 4 },
  teacher: { clarity: 5, interaction: 3, time: 4 },
  organization: 5,
  'lecture-suggestion': '多讲案例',
};

describe('lectures and their feedback', () => {
  let f: Fixture;
  let token: string;
  let respondent: ReturnType<typeof respondentAppFor>;

  beforeAll(async () => {
    f = await organizerFixture();
    token = await f.login({ email: 'staff@district.cn', password: 'staff-password-1' });
    respondent = respondentAppFor(f.table.store, { clock: f.clock });
  });
  afterAll(() => f.table.drop());

  /** Moves the clock; sessions expire with it, so sign in again at the new time. */
  async function at(iso: string) {
    f.clock.set(iso);
    token = await f.login({ email: 'staff@district.cn', password: 'staff-password-1' });
  }

  const schedule = (body: Record<string, unknown>) =>
    f.api('POST', '/api/lectures', {
      token,
      body: { topicId: 't-party-history', expertId: 'e-wang', unitIds: ['dongfeng-st'], durationMinutes: 90, place: '区委党校报告厅', ...body },
    });
  const scheduled = async (body: Record<string, unknown>) => {
    const response = await schedule(body);
    expect(response.status).toBe(201);
    return (await response.json()) as { lectureId: string; feedbackUrl: string; lecture: { startsAt: string; endsAt: string } };
  };
  const feedback = (lectureId: string, body: unknown) =>
    respondent.request(`http://localhost/api/public/lectures/${lectureId}/feedback`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  describe('booking an expert', () => {
    it('Should schedule a lecture in district time and hand out its feedback link', async () => {
      const { lectureId, feedbackUrl, lecture } = await scheduled({ startsAt: '2026-04-01T09:00', format: 'lecture', plannedAudience: 80 });
      expect(feedbackUrl).toBe(`http://localhost/f/${lectureId}`);
      expect(lecture.startsAt).toBe('2026-04-01T01:00:00.000Z');
      expect(lecture.endsAt).toBe('2026-04-01T02:30:00.000Z');
    });

    it('Should answer 409 expert_busy naming the other lecture when the times overlap, also across time-zone spellings', async () => {
      const first = await scheduled({ expertId: 'e-li', topicId: 't-new-urbanization', startsAt: '2026-04-02T09:00' });
      // 10:00 in Shanghai is 02:00Z: inside 09:00–10:30.
      const clash = await schedule({ expertId: 'e-li', topicId: 't-urban-governance', startsAt: '2026-04-02T02:00:00Z' });
      expect(clash.status).toBe(409);
      const body = (await clash.json()) as { error: { code: string; issues: { field: string; message: string }[] } };
      expect(body.error.code).toBe('expert_busy');
      // Named as people know it: its topic, its unit, district time in words; no id, no UTC.
      expect(body.error.issues).toEqual([{ field: 'startsAt', message: expect.stringMatching(/^这位专家 2026-04-02 09:00–10:30（北京时间）已安排“[^”]+”（东风街道[^）]*）。$/) }]);
      expect(body.error.issues[0]!.message).not.toContain(first.lectureId);
      // Starting before and running into it overlaps too.
      expect((await schedule({ expertId: 'e-li', topicId: 't-urban-governance', startsAt: '2026-04-02T08:00+08:00' })).status).toBe(409);
      // The schedule form: the clash beside the form (the page opens at it), the input kept.
      const form = new URLSearchParams({ topicId: 't-urban-governance', expertId: 'e-li', unitIds: 'dongfeng-st', startsAt: '2026-04-02T10:00', durationMinutes: '60', place: '区委党校报告厅' });
      const page = await f.app.request('http://localhost/admin/lectures', { method: 'POST', headers: { authorization: `Bearer ${token}`, origin: 'http://localhost', 'content-type': 'application/x-www-form-urlencoded' }, body: form.toString() });
      expect(page.status).toBe(409);
      const html = await page.text();
      const problems = /<div class="problems" role="alert" id="problems" tabindex="-1" autofocus="">[\s\S]*?<\/div>/.exec(html)?.[0] ?? '';
      expect(problems).toMatch(/开始时间：这位专家 2026-04-02 09:00–10:30（北京时间）已安排/);
      expect(html.indexOf(problems)).toBeGreaterThan(html.indexOf('id="schedule"'));
      expect(html).toContain('value="2026-04-02T10:00"');
      expect(html.replace(/<[^>]*>/g, ' ')).not.toContain(first.lectureId);
    });

    it('Should let a lecture start the minute the previous one ends, and end the minute the next starts', async () => {
      await scheduled({ expertId: 'e-zhang', topicId: 't-ecology', startsAt: '2026-04-03T09:00', durationMinutes: 60 });
      await scheduled({ expertId: 'e-zhang', topicId: 't-ecology', startsAt: '2026-04-03T10:00', durationMinutes: 60 });
      await scheduled({ expertId: 'e-zhang', topicId: 't-ecology', startsAt: '2026-04-03T08:00', durationMinutes: 60 });
      expect((await schedule({ expertId: 'e-zhang', topicId: 't-ecology', startsAt: '2026-04-03T10:59', durationMinutes: 5 })).status).toBe(409);
      // Another expert at the same time is fine.
      await scheduled({ expertId: 'e-chen', topicId: 't-digital', startsAt: '2026-04-03T09:00' });
    });

    it('Should free the slot when a lecture is cancelled', async () => {
      const { lectureId } = await scheduled({ expertId: 'e-zhao', topicId: 't-health', startsAt: '2026-04-04T14:00' });
      expect((await schedule({ expertId: 'e-zhao', topicId: 't-health', startsAt: '2026-04-04T14:30' })).status).toBe(409);
      const cancel = await f.api('POST', `/api/lectures/${lectureId}/cancel`, { token, body: { reason: '专家临时出差' } });
      expect(cancel.status).toBe(200);
      await scheduled({ expertId: 'e-zhao', topicId: 't-health', startsAt: '2026-04-04T14:30' });
      // Cancelling twice, or delivering a cancelled lecture, is a conflict.
      expect((await f.api('POST', `/api/lectures/${lectureId}/cancel`, { token })).status).toBe(409);
      await at('2026-04-05T00:00:00Z');
      expect((await f.api('POST', `/api/lectures/${lectureId}/delivered`, { token, body: { attendance: 10 } })).status).toBe(409);
      await at('2026-03-01T00:00:00Z');
    });

    it('Should book only one of many overlapping requests sent at once', async () => {
      const answers = await Promise.all(
        Array.from({ length: 8 }, (_, i) => schedule({ expertId: 'e-wang', topicId: 't-discipline', startsAt: `2026-05-01T09:${String(i * 5).padStart(2, '0')}` })),
      );
      expect(answers.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409, 409, 409, 409]);
    });

    it('Should answer 422 for unknown catalogue ids and unreadable times, 400 for a malformed body', async () => {
      const bad = await schedule({ topicId: 'no-such-topic', unitIds: ['dongfeng-st', 'nowhere'], startsAt: '2026-06-01T09:00' });
      expect(bad.status).toBe(422);
      const issues = ((await bad.json()) as { error: { issues: { field: string }[] } }).error.issues.map((i) => i.field);
      expect(issues).toEqual(['topicId', 'unitIds.1']);
      // Chinese by default, beside each field; English when asked for.
      const zh = await schedule({ topicId: 'no-such-topic', startsAt: '2026-06-01T09:00' });
      expect(((await zh.json()) as { error: { issues: { message: string }[] } }).error.issues.map((i) => i.message)).toEqual(['专题库中没有这个专题。']);
      const en = await f.api('POST', '/api/lectures', {
        token,
        headers: { 'accept-language': 'en' },
        body: { topicId: 'no-such-topic', expertId: 'e-wang', unitIds: ['dongfeng-st'], durationMinutes: 90, place: '区委党校报告厅', startsAt: '2026-06-01T09:00' },
      });
      expect(((await en.json()) as { error: { issues: { message: string }[] } }).error.issues.map((i) => i.message)).toEqual(['No topic with this id in the catalogue.']);
      expect((await schedule({ startsAt: 'next tuesday' })).status).toBe(422);
      expect((await schedule({ startsAt: '2026-06-01T09:00', durationMinutes: -5 })).status).toBe(400);
      expect((await f.api('POST', '/api/lectures', { token, body: '{' })).status).toBe(400);
    });

    it('Should answer 404 for an unknown lecture', async () => {
      expect((await f.api('POST', `/api/lectures/${randomUUID()}/delivered`, { token, body: { attendance: 3 } })).status).toBe(404);
      expect((await f.api('POST', `/api/lectures/${randomUUID()}/cancel`, { token })).status).toBe(404);
      expect((await f.api('GET', `/api/lectures/${randomUUID()}`, { token })).status).toBe(404);
    });
  });

  describe('feedback on a lecture', () => {
    it('Should open when the lecture starts and close the configured days after it ends (403 before, 410 after)', async () => {
      const { lectureId } = await scheduled({ expertId: 'e-chen', topicId: 't-business-env', startsAt: '2026-06-10T09:00', durationMinutes: 120 });
      const form = () => respondent.request(`http://localhost/api/public/lectures/${lectureId}/feedback-form`);
      await at('2026-06-10T00:59:00Z');
      expect((await form()).status).toBe(403);
      expect((await feedback(lectureId, { submissionId: randomUUID(), answers: GOOD_ANSWERS })).status).toBe(403);
      await at('2026-06-10T01:00:00Z');
      const opened = await form();
      expect(opened.status).toBe(200);
      const definition = (await opened.json()) as { id: string; kind: string; questions: { id: string; dimension?: string }[]; lecture: Record<string, unknown> };
      expect(definition.id).toBe(lectureId);
      expect(definition.kind).toBe('feedback');
      expect(definition.questions.filter((q) => q.dimension).map((q) => [q.id, q.dimension])).toEqual([
        ['lecture', 'lecture'],
        ['teacher', 'lecturer'],
        ['organization', 'organisation'],
      ]);
      expect(definition.lecture).toMatchObject({ topic: '优化营商环境', expert: '陈刚', startsAt: '2026-06-10T09:00', units: [{ id: 'dongfeng-st', label: '东风街道党工委中心组', front: 'street' }] });
      const submissionId = randomUUID();
      expect((await feedback(lectureId, { submissionId, answers: GOOD_ANSWERS })).status).toBe(201);
      // Seven days after it ends (11:00 district time, 03:00Z), feedback closes; a replay still answers.
      await at('2026-06-17T02:59:59Z');
      expect((await feedback(lectureId, { submissionId: randomUUID(), answers: GOOD_ANSWERS })).status).toBe(201);
      await at('2026-06-17T03:00:00Z');
      expect((await form()).status).toBe(410);
      expect((await feedback(lectureId, { submissionId: randomUUID(), answers: GOOD_ANSWERS })).status).toBe(410);
      expect((await feedback(lectureId, { submissionId, answers: GOOD_ANSWERS })).status).toBe(200);
      // A longer window reopens it.
      expect((await f.api('PUT', '/api/feedback-form/window', { token: await f.login({ email: 'admin@district.cn', password: 'admin-password-1' }), body: { windowDays: 14 } })).status).toBe(200);
      expect((await form()).status).toBe(200);
      expect((await f.api('PUT', '/api/feedback-form/window', { token: await f.login({ email: 'admin@district.cn', password: 'admin-password-1' }), body: { windowDays: 7 } })).status).toBe(200);
      await at('2026-03-01T00:00:00Z');
    });

    it('Should store feedback exactly once under concurrent replays and count every response once', async () => {
      const { lectureId } = await scheduled({ expertId: 'e-zhang', topicId: 't-civility', startsAt: '2026-02-27T09:00' });
      const ids = Array.from({ length: 30 }, () => randomUUID());
      const answers = await Promise.all([...ids, ...ids, ...ids].map((submissionId) => feedback(lectureId, { submissionId, answers: GOOD_ANSWERS })));
      const statuses = answers.map((r) => r.status);
      expect(statuses.filter((s) => s === 201)).toHaveLength(30);
      expect(statuses.filter((s) => s === 200)).toHaveLength(60);
      const bodies = (await Promise.all(answers.map((r) => r.json()))) as { responseId: string }[];
      expect(new Set(bodies.map((b) => b.responseId)).size).toBe(30);
      const view = (await (await f.api('GET', `/api/lectures/${lectureId}`, { token })).json()) as { feedback: number; scores: Record<string, number>; satisfaction: number };
      expect(view.feedback).toBe(30);
      expect(view.scores).toEqual({ lecture: 4.5, lecturer: 4, organisation: 5 });
      // Top two of 5 are 4 and 5: every rating but "interaction: 3".
      expect(view.satisfaction).toBeCloseTo(7 / 8, 10);
      const suggestions = (await (await f.api('GET', `/api/lectures/${lectureId}/suggestions`, { token })).json()) as { suggestions: { texts: { text: string }[] }[] };
      expect(suggestions.suggestions).toHaveLength(30);
    });

    it('Should answer 422 listing the answers that do not fit, 400 for a malformed body, 404 for an unknown lecture, 410 for a cancelled one', async () => {
      const { lectureId } = await scheduled({ expertId: 'e-li', topicId: 't-rural-revival', startsAt: '2026-02-28T09:00' });
      const bad = await feedback(lectureId, { submissionId: randomUUID(), answers: { lecture: { relevance: 9 }, organization: 0 } });
      expect(bad.status).toBe(422);
      const issues = ((await bad.json()) as { error: { code: string; issues: { questionId: string }[] } }).error;
      expect(issues.code).toBe('invalid_answers');
      expect(new Set(issues.issues.map((i) => i.questionId))).toEqual(new Set(['lecture', 'teacher', 'organization']));
      expect((await feedback(lectureId, { answers: {} })).status).toBe(400);
      expect((await feedback(randomUUID(), { submissionId: randomUUID(), answers: GOOD_ANSWERS })).status).toBe(404);
      expect((await respondent.request(`http://localhost/api/public/lectures/${randomUUID()}/feedback-form`)).status).toBe(404);
      const future = await scheduled({ expertId: 'e-li', topicId: 't-rural-revival', startsAt: '2026-07-21T09:00' });
      expect((await f.api('POST', `/api/lectures/${future.lectureId}/cancel`, { token })).status).toBe(200);
      await at('2026-07-21T02:00:00Z');
      expect((await feedback(future.lectureId, { submissionId: randomUUID(), answers: GOOD_ANSWERS })).status).toBe(410);
      expect((await respondent.request(`http://localhost/f/${future.lectureId}`)).status).toBe(410);
      await at('2026-03-01T00:00:00Z');
    });

    it('Should say on a feedback page, in the feedback app\'s name, why a lecture cannot take feedback now', async () => {
      const page = async (path: string, init?: RequestInit) => {
        const res = await respondent.request(`http://localhost${path}`, init);
        const html = await res.text();
        return { status: res.status, title: /<h1>([^<]*)<\/h1>/.exec(html)?.[1], body: /<\/h1><p>([^<]*)<\/p>/.exec(html)?.[1], header: html.includes('<header><p>点菜 · 宣讲反馈') || html.includes('<header><p>Diancai · lecture feedback') };
      };
      expect(await page(`/f/${randomUUID()}`)).toEqual({ status: 404, title: '找不到这场宣讲', body: '链接可能有误。请向组织者确认反馈链接或二维码。', header: true });
      const { lectureId } = await scheduled({ expertId: 'e-sun', topicId: 't-employment', startsAt: '2026-08-03T09:00' });
      expect(await page(`/f/${lectureId}`)).toMatchObject({ status: 403, title: '宣讲尚未开始', body: expect.stringContaining('2026-08-03 09:00'), header: true });
      expect(await page(`/f/${lectureId}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'submissionId=nope' })).toEqual({
        status: 400,
        title: '请求内容无法解析。',
        body: '请重新打开反馈链接后再填写提交。',
        header: true,
      });
      expect((await f.api('POST', `/api/lectures/${lectureId}/cancel`, { token })).status).toBe(200);
      expect(await page(`/f/${lectureId}?lang=en`)).toEqual({ status: 410, title: 'Feedback has closed', body: 'This lecture was cancelled; there is nothing to rate.', header: true });
    });

    it('Should serve the feedback form page naming the lecture, and take a plain form post without JavaScript', async () => {
      const { lectureId } = await scheduled({ expertId: 'e-zhao', topicId: 't-elderly-care', unitIds: ['health', 'culture'], startsAt: '2026-02-28T15:00' });
      const page = await respondent.request(`http://localhost/f/${lectureId}`);
      expect(page.status).toBe(200);
      const html = await page.text();
      for (const text of ['授课信息反馈表', '赵静', '2026-02-28 15:00', '区卫生健康委员会中心组、区文化和旅游局中心组', '提交反馈', '宣讲反馈']) expect(html).toContain(text);
      expect(html).not.toContain('提交问卷');
      const fields = new URLSearchParams({
        submissionId: randomUUID(),
        'q:lecture:r:relevance': '5', 'q:lecture:r:depth': '5', 'q:lecture:r:practice': '5', 'q:lecture:r:effect': '5',
        'q:teacher:r:clarity': '4', 'q:teacher:r:interaction': '4', 'q:teacher:r:time': '4',
        'q:organization': '3',
      });
      const posted = await respondent.request(`http://localhost/f/${lectureId}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: fields.toString() });
      expect(posted.status).toBe(303);
      const done = await respondent.request(`http://localhost${posted.headers.get('location')}`);
      expect(await done.text()).toContain('反馈已提交');
      const view = (await (await f.api('GET', `/api/lectures/${lectureId}`, { token })).json()) as { feedback: number; scores: Record<string, number> };
      expect(view).toMatchObject({ feedback: 1, scores: { lecture: 5, lecturer: 4, organisation: 3 } });
    });
  });
});
