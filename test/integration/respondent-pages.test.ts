// The survey pages through the app on DynamoDB Local: escaping, headers, the no-JavaScript path.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldName } from '../../functions/respondent/form-fields.js';
import { DEMO_NEEDS_SURVEY_ID, demoSurveys } from '../../shared/demo/seed-demo.js';
import { createTestTable, type TestTable } from '../support/dynamo-table.js';
import { everyTypeSurvey, validFormFields } from '../support/fixtures.js';
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
  return validFormFields(submissionId, HOSTILE.slice(0, 10));
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
    expect(res.headers.get('referrer-policy')).toBe('same-origin');
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
      const page = await thanks.text();
      expect(page).toContain('提交成功');
      // No way back to a blank form, which would invite a second answer.
      expect(page).not.toMatch(/<a [^>]*href="\/s\//);
      expect(page).toContain('现在可以关闭此页面。');
    });

    it('thanks for a feedback form in the feedback form’s own words', async () => {
      const res = await app.request(`/s/demo-feedback/done?lang=zh&r=${randomUUID()}`);
      const page = await res.text();
      expect(page).toContain('反馈已提交，谢谢您！');
      expect(page).toContain('点菜 · 宣讲反馈');
      expect(page).not.toContain('宣讲需求调查');
    });

    it('links each problem in the summary to its question, so the list works without JavaScript', async () => {
      const body = validForm(randomUUID());
      body.delete(fieldName.answer('single'));
      body.set(fieldName.answer('num'), '5000');
      const html = await (await form(body)).text();
      const summary = /<div id="note"[^>]*>(.*?)<\/div>/.exec(html)?.[1] ?? '';
      expect([...summary.matchAll(/<a href="(#q\d+-box)">/g)].map((m) => m[1])).toEqual(['#q1-box', '#q8-box']);
      expect(html).toContain('id="q1-box"');
      expect(html).toContain('id="q8-box"');
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

  describe('survey settings on the respondent’s side', () => {
    beforeAll(async () => {
      await table.store.surveys.put(everyTypeSurvey({ id: 'coded' }));
      await table.store.surveySettings.put('coded', { requireAccessCode: true }, 0);
      await table.store.accessCodes.create('coded', [{ code: 'ABCD2345', unitId: 'u2', createdAt: '2026-11-01T00:00:00.000Z' }]);
      await table.store.surveys.put(everyTypeSurvey({ id: 'later' }));
      await table.store.surveySettings.put('later', { opensAt: '2099-03-01T01:00:00.000Z' }, 0);
      await table.store.surveys.put(everyTypeSurvey({ id: 'limited' }));
      await table.store.surveySettings.put('limited', { responseLimit: 1 }, 0);
    });

    it('asks for an access code, shows each code problem beside the field, and takes a good code once', async () => {
      const page = await (await app.request('/s/coded')).text();
      expect(page).toContain('name="accessCode"');
      expect(page).toContain('访问码');

      const missing = await form(validForm(randomUUID()), {}, '/s/coded?lang=zh');
      expect(missing.status).toBe(403);
      const missingHtml = await missing.text();
      expect(/id="code-err"[^>]*>([^<]*)</.exec(missingHtml)?.[1]).toBe('这份问卷需要填写访问码。');
      expect(missingHtml).toMatch(/<option value="u2" selected="">/);

      const withCode = (code: string) => {
        const body = validForm(randomUUID());
        body.set('accessCode', code);
        return form(body, {}, '/s/coded?lang=zh');
      };
      const wrong = await withCode('ZZZZ9999');
      expect(wrong.status).toBe(403);
      expect(await wrong.text()).toContain('访问码无效');
      const good = await withCode('abcd-2345');
      expect(good.status).toBe(303);
      const reused = await withCode('ABCD2345');
      expect(reused.status).toBe(409);
      expect(await reused.text()).toContain('这个访问码已经使用过。');
    });

    it('says when a survey opens, in the district’s time, before it is open', async () => {
      const page = await app.request('/s/later');
      expect(page.status).toBe(403);
      expect(await page.text()).toContain('这份问卷将于 2099-03-01 09:00 开始收集答卷');
      const api = await app.request('/api/public/surveys/later');
      expect(api.status).toBe(403);
      expect(await api.json()).toMatchObject({ error: { code: 'survey_not_open' } });
    });

    it('says a survey is full once its response limit is reached', async () => {
      expect((await form(validForm(randomUUID()), {}, '/s/limited?lang=zh')).status).toBe(303);
      const full = await form(validForm(randomUUID()), {}, '/s/limited?lang=zh');
      expect(full.status).toBe(410);
      expect(await full.text()).toContain('问卷已收满');
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
