// The survey pages through the app on DynamoDB Local: escaping, headers, the no-JavaScript path.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldName } from '../../functions/respondent/form-fields.js';
import { DEMO_NEEDS_SURVEY_ID, demoSurveys } from '../../shared/demo/seed-demo.js';
import { createTestTable, type TestTable } from '../support/dynamo-table.js';
import { everyTypeSurvey } from '../support/fixtures.js';
import { respondentAppFor } from '../support/respondent-app.js';

const HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>';

function hostileSurvey() {
  const base = everyTypeSurvey({ id: 'hostile', title: HOSTILE, intro: `介绍 ${HOSTILE}` });
  return {
    ...base,
    questions: base.questions.map((q) => ('options' in q ? { ...q, title: `${q.title}${HOSTILE}`, options: q.options.map((o) => ({ ...o, label: `${o.label}${HOSTILE}` })) } : q)),
  } as typeof base;
}

function validForm(submissionId: string) {
  return new URLSearchParams([
    ['submissionId', submissionId],
    [fieldName.answer('unit'), 'u2'],
    [fieldName.answer('single'), 'b'],
    [fieldName.rank('rank', 1), 't3'],
    [fieldName.rank('rank', 2), 't1'],
    [fieldName.answer('text'), HOSTILE.slice(0, 10)],
  ]);
}

describe('survey pages', () => {
  let table: TestTable;
  let app: ReturnType<typeof respondentAppFor>;
  const form = (body: URLSearchParams, headers: Record<string, string> = {}, path = '/s/every-type?lang=zh') =>
    app.request(path, { method: 'POST', body: body.toString(), headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers } });

  beforeAll(async () => {
    table = await createTestTable();
    app = respondentAppFor(table.store);
    for (const survey of [everyTypeSurvey(), hostileSurvey(), ...demoSurveys('2026-11-01T00:00:00.000Z'), everyTypeSurvey({ id: 'closed-one', status: 'closed' })]) {
      await table.store.surveys.put(survey);
    }
  });
  afterAll(() => table.drop());

  it('serves the needs survey as a Chinese HTML document with a strict CSP and nothing from other hosts', async () => {
    const res = await app.request(`/s/${DEMO_NEEDS_SURVEY_ID}`);
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(html.startsWith('<!DOCTYPE html><html lang="zh-CN">')).toBe(true);
    expect(html).toContain('2026 年度理论宣讲需求调查问卷');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(html).not.toMatch(/(src|href|action)="(https?:)?\/\//);
  });

  it('speaks English with ?lang=en or an English browser', async () => {
    for (const res of [await app.request(`/s/${DEMO_NEEDS_SURVEY_ID}?lang=en`), await app.request(`/s/${DEMO_NEEDS_SURVEY_ID}`, { headers: { 'Accept-Language': 'en-GB' } })]) {
      const html = await res.text();
      expect(html).toContain('<html lang="en">');
      expect(html).toContain('Lecture needs survey');
      expect(html).toContain('Submit');
    }
  });

  it('shows survey text containing HTML escaped, never as markup', async () => {
    const html = await (await app.request('/s/hostile')).text();
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
  });

  it('gives every page a fresh submission id, so two people on one link never collide', async () => {
    const idOf = async () => /name="submissionId" value="([0-9a-f-]{36})"/.exec(await (await app.request('/s/every-type')).text())?.[1];
    const [a, b] = [await idOf(), await idOf()];
    expect(a).toBeDefined();
    expect(a).not.toBe(b);
  });

  it('answers unknown, unpublished and closed surveys with pages that say so', async () => {
    const unknown = await app.request('/s/nope');
    const traversal = await app.request('/s/..%2F..%2Fetc%2Fpasswd');
    const closed = await app.request('/s/closed-one');
    expect([unknown.status, traversal.status, closed.status]).toEqual([404, 404, 410]);
    expect(await unknown.text()).toContain('找不到这份问卷');
    expect(await closed.text()).toContain('问卷已结束');
  });

  describe('without JavaScript', () => {
    it('stores a plain form post and redirects to the thank-you page', async () => {
      const submissionId = randomUUID();
      const res = await form(validForm(submissionId));
      expect(res.status).toBe(303);
      const location = res.headers.get('location') ?? '';
      expect(location).toMatch(/^\/s\/every-type\/done\?lang=zh&r=[0-9a-f-]{36}$/);
      const stored = await table.store.responses.findBySubmission('every-type', submissionId);
      expect(stored?.answers).toEqual({ unit: 'u2', single: 'b', rank: ['t3', 't1'], text: HOSTILE.slice(0, 10) });
      const thanks = await app.request(location);
      expect(await thanks.text()).toContain('提交成功');
    });

    it('a double-clicked submit stores once and lands both clicks on the same receipt', async () => {
      const body = validForm(randomUUID());
      const [a, b] = await Promise.all([form(body), form(body)]);
      expect(a.headers.get('location')).toBe(b.headers.get('location'));
    });

    it('shows each problem beside its question and keeps every answer given', async () => {
      const submissionId = randomUUID();
      const body = validForm(submissionId);
      body.delete(fieldName.answer('single'));
      body.set(fieldName.rank('rank', 2), 't3');
      body.set(fieldName.answer('num'), '5000');
      const res = await form(body);
      const html = await res.text();
      expect(res.status).toBe(422);
      expect(html).toContain('有 3 道题需要修改');
      const errorOf = (index: number) => new RegExp(`id="q${index}-err"[^>]*>([^<]*)<`).exec(html)?.[1];
      expect(errorOf(1)).toBe('此题必答，请作答。');
      expect(errorOf(3)).toBe('同一选项只能选一次。');
      expect(errorOf(8)).toBe('数值不能大于 100。');
      expect(html).toMatch(/<option value="u2" selected="">/);
      expect(html).toMatch(/<input type="number"[^>]*value="5000"/);
      expect(html).toContain(`value="${submissionId}"`);
      expect(await table.store.responses.findBySubmission('every-type', submissionId)).toBeUndefined();
    });

    it('tells a respondent whose survey has just closed', async () => {
      const res = await form(validForm(randomUUID()), {}, '/s/closed-one?lang=zh');
      expect(res.status).toBe(410);
      expect(await res.text()).toContain('问卷已结束');
    });

    it('turns away a form without a valid submission id', async () => {
      const body = validForm('x');
      const res = await form(body);
      expect(res.status).toBe(400);
    });
  });

  describe('with JavaScript (the form script posts the same fields asking for JSON)', () => {
    it('answers 201 then 200 for the same submission id', async () => {
      const body = validForm(randomUUID());
      const first = await form(body, { Accept: 'application/json' });
      const second = await form(body, { Accept: 'application/json' });
      expect([first.status, second.status]).toEqual([201, 200]);
      expect(await second.json()).toEqual(await first.json());
    });

    it('answers problems in the one error shape', async () => {
      const body = validForm(randomUUID());
      body.delete(fieldName.answer('unit'));
      const res = await form(body, { Accept: 'application/json' });
      expect(res.status).toBe(422);
      expect(await res.json()).toEqual({
        error: { code: 'invalid_answers', message: expect.any(String), issues: [{ questionId: 'unit', message: '此题必答，请作答。' }] },
      });
    });
  });
});
