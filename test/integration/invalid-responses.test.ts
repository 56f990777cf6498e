// Invalid responses (无效答卷) on DynamoDB Local through the organizer app: exactly once under double
// clicks, counters equal to a rebuild afterwards, the flag in responses.csv, lookup by receipt number.
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_NEEDS_SURVEY_ID, demoSurveys } from '../../shared/demo/seed-demo.js';
import { rebuildCounters } from '../../shared/report/rebuild-counters.js';
import type { SurveyReport } from '../../shared/report/report-types.js';
import { receiptNumber } from '../../shared/responses/receipt.js';
import { validNeeds } from '../support/demo-answers.js';
import { ADMIN, ORGANIZER, ORIGIN, organizerFixture, type Fixture } from './organizer-fixture.js';

const S = DEMO_NEEDS_SURVEY_ID;

describe('invalid responses', () => {
  let f: Fixture;
  let token: string;
  const ids: string[] = [];
  const units = ['education', 'education', 'health', 'dongfeng-st', 'dev-zone', 'education'];

  const responses = async () => ((await (await f.api('GET', `/api/surveys/${S}/report`, { token })).json()) as SurveyReport).responses;
  const invalidate = (id: string, reason = '测试数据') => f.api('POST', `/api/surveys/${S}/responses/${id}/invalidate`, { token, body: { reason } });
  const restore = (id: string) => f.api('POST', `/api/surveys/${S}/responses/${id}/restore`, { token, body: {} });
  const auditActions = async () => (await f.table.store.audit.list({ limit: 100 })).items.filter((e) => e.action.startsWith('response.'));
  const drift = async () => (await rebuildCounters(f.table.store, S)).differences;

  beforeAll(async () => {
    f = await organizerFixture();
    const [needs] = demoSurveys(f.clock.now().toISOString());
    await f.table.store.surveys.put(needs!);
    for (const [i, unit] of units.entries()) {
      f.clock.set(`2026-03-0${i + 1}T02:00:00.000Z`);
      ids.push((await f.submit(S, { answers: { ...validNeeds(unit), suggestions: `建议${i}` } })).responseId);
    }
    token = await f.login(ORGANIZER);
  });
  afterAll(() => f.table.drop());

  it('Should take a response out of every count once, keep it stored, and change nothing the second time', async () => {
    expect(await responses()).toBe(6);
    const first = await invalidate(ids[0]!);
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ changed: true, response: { responseId: ids[0], receipt: receiptNumber(ids[0]!), invalid: { reason: '测试数据', by: ORGANIZER.email } } });
    const again = await invalidate(ids[0]!, '另一个原因');
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ changed: false, response: { invalid: { reason: '测试数据' } } });
    expect(await responses()).toBe(5);
    const byUnit = (await (await f.api('GET', `/api/surveys/${S}/report?unit=education`, { token })).json()) as SurveyReport;
    expect(byUnit.responses).toBe(2);
    expect(await drift()).toEqual([]);
    expect((await f.table.store.responses.findById(S, ids[0]!))?.invalid?.reason).toBe('测试数据');
    expect((await auditActions()).map((e) => [e.action, e.actor, e.target, e.details?.reason])).toEqual([['response.invalidate', ORGANIZER.email, `${S}/${ids[0]}`, '测试数据']]);
  });

  it('Should invalidate exactly once under a burst of concurrent double clicks, then restore exactly once', async () => {
    const clicks = await Promise.all(Array.from({ length: 6 }, () => invalidate(ids[1]!)));
    expect(clicks.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200]);
    const changed = (await Promise.all(clicks.map((r) => r.json() as Promise<{ changed: boolean }>))).filter((b) => b.changed);
    expect(changed).toHaveLength(1);
    expect(await responses()).toBe(4);
    expect(await drift()).toEqual([]);

    const restores = await Promise.all(Array.from({ length: 6 }, () => restore(ids[1]!)));
    expect(restores.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200]);
    expect((await Promise.all(restores.map((r) => r.json() as Promise<{ changed: boolean }>))).filter((b) => b.changed)).toHaveLength(1);
    expect(await responses()).toBe(5);
    expect(await drift()).toEqual([]);
    expect((await restore(ids[1]!)).status).toBe(200);
    expect(await responses()).toBe(5);
    expect((await auditActions()).filter((e) => e.target === `${S}/${ids[1]}`).map((e) => e.action).sort()).toEqual(['response.invalidate', 'response.restore']);
  });

  it('Should keep every figure, the per-unit cut and text answers to valid responses, and agree with a written rebuild', async () => {
    const report = (await (await f.api('GET', `/api/surveys/${S}/report`, { token })).json()) as SurveyReport;
    expect(report.questions.find((q) => q.questionId === 'manner')).toMatchObject({ answered: 5 });
    const texts = (await (await f.api('GET', `/api/surveys/${S}/text-answers?question=suggestions`, { token })).json()) as { answers: { text: string }[] };
    expect(texts.answers.map((a) => a.text).sort()).toEqual(['建议1', '建议2', '建议3', '建议4', '建议5']);
    const rebuilt = await rebuildCounters(f.table.store, S, { write: true });
    expect(rebuilt).toEqual({ responses: 5, invalid: 1, differences: [], written: false });
  });

  it('Should keep invalid responses in responses.csv, flagged with the reason', async () => {
    const res = await f.api('GET', `/api/surveys/${S}/responses.csv`, { token });
    // Named for people (RFC 6266 filename*), with a plain ASCII fallback.
    const title = (await f.table.store.surveys.get(S))!.title;
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="responses-${S}.csv"; filename*=UTF-8''${encodeURIComponent(`${title}-原始答卷-20260306.csv`)}`,
    );
    const rows = parse((await res.text()).replace(/^\uFEFF/, '')) as string[][];
    const header = rows[0]!;
    const col = (name: string) => header.indexOf(name);
    expect(col('无效答卷')).toBeGreaterThan(0);
    const body = rows.slice(1);
    expect(body).toHaveLength(6);
    const flagged = body.filter((r) => r[col('无效答卷')] === '无效').map((r) => [r[col('回执编号')], r[col('无效原因')]]);
    expect(flagged).toEqual([[receiptNumber(ids[0]!), '测试数据']]);
  });

  it('Should find a response by its receipt number (any case, spaces ignored), by unit and by district day', async () => {
    const list = async (query: string) => {
      const res = await f.api('GET', `/api/surveys/${S}/responses?${query}`, { token });
      expect(res.status, query).toBe(200);
      return ((await res.json()) as { responses: { responseId: string; invalid?: unknown }[] }).responses.map((r) => r.responseId);
    };
    const receipt = receiptNumber(ids[3]!);
    expect(await list(`receipt=${receipt}`)).toEqual([ids[3]]);
    expect(await list(`receipt=${encodeURIComponent(` ${receipt.slice(0, 4)} ${receipt.slice(4).toLowerCase()} `)}`)).toEqual([ids[3]]);
    expect(await list(`receipt=${ids[3]}`)).toEqual([ids[3]]);
    expect(await list(`receipt=${receipt}&unit=health`)).toEqual([]);
    expect(await list('')).toEqual([...ids].reverse());
    expect(await list('unit=education')).toEqual([ids[5], ids[1], ids[0]]);
    // 2026-03-02T02:00Z is 10:00 on 2 March in Shanghai; "to" includes its whole day.
    expect(await list('from=2026-03-02&to=2026-03-03')).toEqual([ids[2], ids[1]]);
    const bad = await f.api('GET', `/api/surveys/${S}/responses?receipt=ZZZ&from=tomorrow`, { token });
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as { error: { issues: { field: string }[] } }).error.issues.map((i) => i.field)).toEqual(['receipt', 'from']);
  });

  it('Should show the changes in the audit log in district time, with readable names, links, filters and CSV', async () => {
    const admin = await f.login(ADMIN);
    const res = await f.app.request(`${ORIGIN}/admin/audit?action=response.invalidate`, { headers: { authorization: `Bearer ${admin}` } });
    const html = await res.text();
    expect(html).toContain('标记无效答卷');
    expect(html).toContain(`href="/admin/surveys/${S}/responses/${ids[0]}"`);
    expect(html.match(/<div class="v">标记无效答卷<\/div>/g)).toHaveLength(2);
    expect(html).not.toContain('<div class="v">恢复答卷</div>');
    const csv = await f.api('GET', `/api/audit.csv?actor=${encodeURIComponent(ORGANIZER.email)}`, { token: admin });
    const rows = parse((await csv.text()).replace(/^\uFEFF/, '')) as string[][];
    expect(rows[0]).toEqual(['时间（北京时间）', '操作人', '操作', '对象']);
    expect(rows.slice(1).map((r) => r[2]).sort()).toEqual(['恢复答卷', '标记无效答卷', '标记无效答卷']);
    // The object by the survey's title and the receipt number people quote, not by ids.
    expect(rows.slice(1).map((r) => r[3])).toContainEqual(expect.stringMatching(/^《.+》的答卷，回执编号 [0-9A-F]{8}$/));
    expect(rows.slice(1).every((r) => /^2026-03-0\d \d\d:\d\d:\d\d$/.test(r[0]!))).toBe(true);
  });

  it('Should answer 404 for an unknown response or survey and 400 without a reason, writing nothing', async () => {
    const before = await responses();
    expect((await invalidate('00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await f.api('POST', `/api/surveys/nope/responses/${ids[2]}/invalidate`, { token, body: { reason: 'x' } })).status).toBe(404);
    expect((await invalidate(ids[2]!, '   ')).status).toBe(400);
    expect((await f.api('POST', `/api/surveys/${S}/responses/${ids[2]}/invalidate`, { token, body: {} })).status).toBe(400);
    expect((await restore('00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect(await responses()).toBe(before);
  });

  it('Should mark invalid and restore from the dashboard pages, with the confirmation page in between', async () => {
    const adminToken = await f.login(ADMIN);
    const page = (path: string, init: RequestInit = {}) =>
      f.app.request(`${ORIGIN}${path}`, { ...init, headers: { authorization: `Bearer ${adminToken}`, origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded', ...(init.headers as Record<string, string>) } });
    const list = await page(`/admin/surveys/${S}/responses?receipt=${receiptNumber(ids[4]!)}`);
    expect(list.status).toBe(200);
    const html = await list.text();
    expect(html).toContain(receiptNumber(ids[4]!));
    expect(html).toContain(`/admin/surveys/${S}/responses/${ids[4]}`);
    const detail = await (await page(`/admin/surveys/${S}/responses/${ids[4]}`)).text();
    expect(detail).toContain('确认标记为无效');
    // The filled form: every question by its number and text, each answer in words (labels, not ids).
    const survey = (await f.table.store.surveys.get(S))!;
    const stored = (await f.table.store.responses.list(S)).items.find((r) => r.responseId === ids[4])!;
    const visible = detail.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ');
    survey.questions.forEach((q, i) => expect(visible).toContain(`第 ${i + 1} 题 ${q.title}`));
    for (const q of survey.questions) {
      const answer = stored.answers[q.id];
      if (q.type === 'single_choice' && typeof answer === 'string') expect(visible).toContain(q.options.find((o) => o.id === answer)!.label);
      if (q.type === 'time_slots' && Array.isArray(answer)) for (const id of answer) expect(visible).toContain(q.options.find((o) => o.id === id)!.label);
    }
    expect(visible).not.toMatch(/ - 选项|\bwed-pm\b/);
    const empty = await page(`/admin/surveys/${S}/responses/${ids[4]}/invalidate`, { method: 'POST', body: 'reason=' });
    expect(empty.status).toBe(422);
    expect(await empty.text()).toContain('请填写原因');
    const done = await page(`/admin/surveys/${S}/responses/${ids[4]}/invalidate`, { method: 'POST', body: 'reason=%E9%87%8D%E5%A4%8D%E6%8F%90%E4%BA%A4' });
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe(`/admin/surveys/${S}/responses/${ids[4]}?done=invalidated`);
    expect(await (await page(done.headers.get('location')!)).text()).toContain('已标记为无效答卷');
    expect(await responses()).toBe(4);
    const back = await page(`/admin/surveys/${S}/responses/${ids[4]}/restore`, { method: 'POST', body: '' });
    expect(back.headers.get('location')).toBe(`/admin/surveys/${S}/responses/${ids[4]}?done=restored`);
    expect(await responses()).toBe(5);
    const badSearch = await page(`/admin/surveys/${S}/responses?receipt=%3Cb%3E&from=x`);
    expect(badSearch.status).toBe(422);
    expect(await badSearch.text()).toContain('回执编号是 8 位数字和字母');
    expect(await drift()).toEqual([]);
  });
});
