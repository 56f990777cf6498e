// The organizer's report routes on DynamoDB Local: JSON, CSV downloads that parse back, filters,
// the large-export path, and the report page.
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganizerApp } from '../../functions/organizer/app.js';
import { DEMO_NEEDS_SURVEY_ID, demoSurveys } from '../../shared/demo/seed-demo.js';
import type { SurveyReport } from '../../shared/report/report-types.js';
import { validFeedback, validNeeds } from '../support/demo-answers.js';
import { surveyFronts, surveyUnits } from '../../shared/report/crosstab.js';
import { allResponses } from '../support/respondent-app.js';
import { waitForExport } from './export-wait.js';
import { ADMIN, organizerFixture, ORIGIN, type Fixture } from './organizer-fixture.js';
import { receiptNumber } from '../../shared/responses/receipt.js';

/** The body exactly as sent: Response.text() would drop the byte-order mark Excel needs. */
async function withBom(res: Response): Promise<string> {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer());
  expect(text.charCodeAt(0)).toBe(0xfeff);
  return text.slice(1);
}

async function workbook(res: Response): Promise<ExcelJS.Workbook> {
  expect(res.status).toBe(200);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await res.arrayBuffer()) as ArrayBuffer);
  return book;
}

/** A sheet's rows as the text a person sees in each cell. */
function rowsOf(sheet: ExcelJS.Worksheet): string[][] {
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => void rows.push((row.values as unknown[]).slice(1).map((_, i) => row.getCell(i + 1).text)));
  return rows;
}

const HOSTILE = ['=cmd|"/c calc"!A1', '+1', '-1+2', '@SUM(1)', '逗号,引号"换行\n结束', '表情👍🏽，“中文标点”！'];

describe('report routes', () => {
  let f: Fixture;
  let token: string;
  const get = (path: string) => f.api('GET', path, { token });

  beforeAll(async () => {
    f = await organizerFixture();
    token = await f.login(ADMIN);
    const [needs] = demoSurveys(f.clock.now().toISOString());
    await f.table.store.surveys.put(needs!);
    await f.table.store.surveys.put({ ...needs!, id: 'empty-survey' });
    const units = ['education', 'education', 'health', 'dongfeng-st', 'dev-zone', 'education'];
    for (const [i, unit] of units.entries()) {
      await f.submit(DEMO_NEEDS_SURVEY_ID, { answers: { ...validNeeds(unit), suggestions: HOSTILE[i] } });
    }
  });
  afterAll(() => f.table.drop());

  it('returns the report as JSON with counts, shares and the demand summary', async () => {
    const res = await get(`/api/surveys/${DEMO_NEEDS_SURVEY_ID}/report`);
    expect(res.status).toBe(200);
    const report = (await res.json()) as SurveyReport;
    expect(report.responses).toBe(6);
    const manner = report.questions.find((q) => q.questionId === 'manner');
    expect(manner).toMatchObject({ answered: 6, options: expect.arrayContaining([expect.objectContaining({ id: 'at-unit', count: 6, share: 1 })]) });
    expect(report.summary.map((s) => s.aspect)).toEqual(['content', 'format', 'manner', 'timing', 'faculty']);
    expect(report.summary[0]?.text).toBe('最想听的内容：数字经济与智慧城市（100%）、党史学习教育专题（100%）、养老服务体系建设（100%）。');
  });

  it('cuts the report by unit and by front', async () => {
    const byUnit = (await (await get(`/api/surveys/${DEMO_NEEDS_SURVEY_ID}/report?unit=education`)).json()) as SurveyReport;
    const byFront = (await (await get(`/api/surveys/${DEMO_NEEDS_SURVEY_ID}/report?front=social`)).json()) as SurveyReport;
    expect([byUnit.responses, byFront.responses]).toEqual([3, 4]);
  });

  it('answers zeros, not errors, for a survey without responses', async () => {
    const res = await get('/api/surveys/empty-survey/report');
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).not.toMatch(/NaN|Infinity/);
    expect((JSON.parse(text) as SurveyReport).responses).toBe(0);
  });

  it.each([
    ['an unknown unit', '/report?unit=nowhere', 'unit'],
    ['an unknown front', '/report?front=mars', 'front'],
    ['a malformed unit', '/report?unit=%3Cscript%3E', 'unit'],
    ['an unknown question', '/crosstab?question=ghost', 'question'],
    ['a bad cross-tab axis', '/crosstab?by=planet', 'by'],
  ])('names %s in a 422', async (_, suffix, field) => {
    const res = await get(`/api/surveys/${DEMO_NEEDS_SURVEY_ID}${suffix}`);
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ error: { code: 'invalid_report_filter', issues: [{ field }] } });
  });

  it('answers an unknown survey with 404', async () => {
    expect((await get('/api/surveys/nope/report')).status).toBe(404);
  });

  it('downloads report.csv and crosstab.csv as UTF-8 with BOM that parse back', async () => {
    const report = await get(`/api/surveys/${DEMO_NEEDS_SURVEY_ID}/report.csv`);
    expect(report.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(report.headers.get('content-disposition')).toContain('attachment');
    const rows = parse(await withBom(report)) as string[][];
    expect(rows).toContainEqual([expect.stringMatching(/^第 \d+ 题$/), '您希望的宣讲方式', '单选', '送课上门到本单位', '6', '100.0%', '', '', '', '6']);

    const cross = parse(await withBom(await get(`/api/surveys/${DEMO_NEEDS_SURVEY_ID}/crosstab.csv?by=front&question=manner&lang=en`))) as string[][];
    expect(cross[0]).toEqual(['front', 'responses', 'District-wide session', 'By front', 'At our unit', 'Blended']);
    expect(cross.find((r) => r[0] === 'Social undertakings')).toEqual(['Social undertakings', '4', '0', '0', '4', '0']);
  });

  it('streams responses.csv: every stored response, answers intact, formulas neutralised', async () => {
    const res = await get(`/api/surveys/${DEMO_NEEDS_SURVEY_ID}/responses.csv`);
    expect(res.status).toBe(200);
    const [header, ...rows] = parse(await withBom(res)) as string[][];
    const stored = await allResponses(f.table.store, DEMO_NEEDS_SURVEY_ID);
    expect(rows.map((r) => r[header!.indexOf('回执编号')])).toEqual(stored.map((s) => receiptNumber(s.responseId)));
    const suggestions = header!.indexOf('其他意见和建议');
    const neutral = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);
    expect(rows.map((r) => r[suggestions])).toEqual(stored.map((s) => neutral(String(s.answers.suggestions))));
    expect(header!.slice(0, 3)).toEqual(['提交时间（北京时间）', '单位', '战线']);
  });

  it('turns a responses.csv past its limit (bytes written) into an export job (303) whose file has the same content', async () => {
    const app = createOrganizerApp({ ...f.deps, exportInlineMaxBytes: 500 });
    const request = (path: string, headers: Record<string, string> = {}) => app.request(`${ORIGIN}${path}`, { headers: { authorization: `Bearer ${token}`, ...headers } });
    const inline = await withBom(await get(`/api/surveys/${DEMO_NEEDS_SURVEY_ID}/responses.csv`));
    const res = await request(`/api/surveys/${DEMO_NEEDS_SURVEY_ID}/responses.csv`);
    expect(res.status).toBe(303);
    const body = (await res.json()) as { exportId: string; statusUrl: string; page: string };
    expect(res.headers.get('location')).toBe(`/api/exports/${body.exportId}`);
    expect(body).toMatchObject({ status: 'queued', statusUrl: `/api/exports/${body.exportId}`, page: `/admin/export-jobs/${body.exportId}` });
    const done = await waitForExport(f, token, body.exportId);
    expect(done).toMatchObject({ status: 'done', rowsDone: 6, rowsExpected: 6 });
    expect(done.url).toMatch(/^\/admin\/exports\/responses-demo-needs-.+\.csv$/);
    const file = await request(done.url!);
    expect(file.status).toBe(200);
    expect(await withBom(file)).toBe(inline);
    expect((await request('/admin/exports/..%2F..%2Fetc%2Fpasswd')).status).toBe(404);
    // A browser following the dashboard's link is sent to the job's page instead.
    const browser = await request(`/api/surveys/${DEMO_NEEDS_SURVEY_ID}/responses.csv`, { accept: 'text/html,*/*' });
    expect(browser.status).toBe(303);
    expect(browser.headers.get('location')).toMatch(/^\/admin\/export-jobs\/[0-9a-f-]{36}$/);
    await waitForExport(f, token, browser.headers.get('location')!.split('/').at(-1)!);
  });

  it('answers responses.csv inline when its bytes stay within the limit exactly', async () => {
    const inline = await withBom(await get(`/api/surveys/${DEMO_NEEDS_SURVEY_ID}/responses.csv`));
    const exact = Buffer.byteLength(`\ufeff${inline}`);
    const request = (limit: number) =>
      createOrganizerApp({ ...f.deps, exportInlineMaxBytes: limit }).request(`${ORIGIN}/api/surveys/${DEMO_NEEDS_SURVEY_ID}/responses.csv`, { headers: { authorization: `Bearer ${token}` } });
    expect((await request(exact)).status).toBe(200);
    const over = await request(exact - 1);
    expect(over.status).toBe(303);
    await waitForExport(f, token, ((await over.json()) as { exportId: string }).exportId);
  });

  it('pages through written answers', async () => {
    const res = await get(`/api/surveys/${DEMO_NEEDS_SURVEY_ID}/text-answers?question=suggestions`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { answers: { text: string }[] };
    expect(body.answers.map((a) => a.text).sort()).toEqual([...HOSTILE].sort());
  });

  it('renders the report page with its charts, summary and unit x topic matrix, escaping answers', async () => {
    const res = await get(`/admin/surveys/${DEMO_NEEDS_SURVEY_ID}/report`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('需求概要');
    expect(html).toContain('最想听的内容：数字经济与智慧城市（100%）');
    expect((html.match(/<svg class="chart"/g) ?? []).length).toBeGreaterThanOrEqual(10);
    expect(html).toMatch(/<table class="[^"]*\bheat\b[^"]*">/);
    expect(html).toContain('逗号,引号&quot;换行');
    expect(res.headers.get('content-security-policy')).not.toContain('unsafe-inline');
    const filtered = await get(`/admin/surveys/${DEMO_NEEDS_SURVEY_ID}/report?unit=nowhere`);
    expect(filtered.status).toBe(422);
  });

  it('names a cut report in its title and printed heading and lists only the units inside the cut', async () => {
    const survey = (await f.table.store.surveys.get(DEMO_NEEDS_SURVEY_ID))!;
    const social = surveyFronts(survey).find((x) => x.id === 'social')!;
    const inside = surveyUnits(survey).filter((u) => u.front === 'social').map((u) => u.id);
    const html = await (await get(`/admin/surveys/${DEMO_NEEDS_SURVEY_ID}/report?front=social`)).text();
    const title = `${survey.title} · 需求报告 · ${social.label}`;
    expect(html).toContain(`<h1>${title}</h1>`);
    expect(html).toMatch(new RegExp(`<p class="print-head">${title} · 打印于 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}</p>`));
    expect(html).toContain(`${social.label}共收到 4 份答卷`);
    const rows = [...html.matchAll(/<tr data-row="([^"]+)"/g)].map((m) => m[1]);
    expect(rows.filter((r) => r !== 'total').sort()).toEqual([...inside].sort());
    // The totals row adds the rows above it: 4 responses from the cut picked the digital-economy topic.
    expect(html).toMatch(/<tr data-row="total"><th scope="row"[^>]*>合计<\/th>/);
    const unitChart = (await (await get(`/api/surveys/${DEMO_NEEDS_SURVEY_ID}/report?front=social`)).json()) as SurveyReport;
    const unitOptions = unitChart.questions.find((q) => q.questionId === 'unit') as { options: { id: string }[] };
    expect(unitOptions.options.map((o) => o.id).sort()).toEqual([...inside].sort());
  });

  it('shows what people wrote under 其他, whole people for whole-number questions, and explains ranking scores', async () => {
    const html = await (await get(`/admin/surveys/${DEMO_NEEDS_SURVEY_ID}/report`)).text();
    const format = html.slice(html.indexOf('data-q="format"'));
    expect(format.slice(0, format.indexOf('</section>'))).toContain('<li>快板宣讲</li>');
    const audience = html.slice(html.indexOf('data-q="audience"'));
    expect(audience.slice(0, audience.indexOf('</section>'))).toContain('<p class="figures">平均 40</p>');
    expect(html).toContain('得分：排第 1 位记');
  });

  it('titles a feedback form\'s report as feedback and never says "no responses" above its responses', async () => {
    const [, feedback] = demoSurveys(f.clock.now().toISOString());
    await f.table.store.surveys.put(feedback!);
    await f.submit(feedback!.id, { answers: validFeedback() });
    const html = await (await get(`/admin/surveys/${feedback!.id}/report`)).text();
    expect(html).toContain(`<h1>${feedback!.title} · 反馈评价报告</h1>`);
    expect(html).not.toContain('需求报告');
    expect(html).not.toContain('还没有答卷');
    expect(html).toContain('共收到 1 份答卷');
  });

  it('downloads report.xlsx: a summary, a sheet per question in words, the unit x topic table; cut like the report; no ids or type codes; text stays text', async () => {
    const survey = (await f.table.store.surveys.get(DEMO_NEEDS_SURVEY_ID))!;
    const res = await get(`/api/surveys/${DEMO_NEEDS_SURVEY_ID}/report.xlsx`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(decodeURIComponent(res.headers.get('content-disposition') ?? '')).toMatch(/filename\*=UTF-8''2026 年度理论宣讲需求调查问卷-需求报告-\d{8}\.xlsx$/);
    const book = await workbook(res);
    expect(book.worksheets.map((w) => w.name)).toEqual(['概要', ...survey.questions.map((_, i) => `第${i + 1}题`), '单位×课题']);
    const summary = rowsOf(book.getWorksheet('概要')!);
    expect(summary.slice(0, 3)).toEqual([['报告', `${survey.title} · 需求报告`], ['范围', '全部单位'], ['答卷数', '6']]);
    expect(summary.flat()).toContain('最想听的内容：数字经济与智慧城市（100%）、党史学习教育专题（100%）、养老服务体系建设（100%）。');
    const manner = survey.questions.findIndex((q) => q.id === 'manner');
    const sheet = rowsOf(book.getWorksheet(`第${manner + 1}题`)!);
    expect(sheet[0]).toEqual([`第 ${manner + 1} 题　${survey.questions[manner]!.title}`]);
    expect(sheet[3]).toEqual(['选项', '人次', '占比', '作答人数']);
    const atUnit = sheet.findIndex((r) => r[0] === '送课上门到本单位');
    expect(sheet[atUnit]).toEqual(['送课上门到本单位', '6', '1', '6']);
    // The share is the number 1, shown as a percentage.
    expect(book.getWorksheet(`第${manner + 1}题`)!.getRow(atUnit + 1).getCell(3).numFmt).toBe('0.0%');
    const matrix = rowsOf(book.getWorksheet('单位×课题')!);
    expect(matrix[1]!.slice(0, 3)).toEqual(['单位', '战线', '答卷数']);
    expect(matrix.at(-1)![0]).toBe('合计');
    // Words only: no question id, type code or option id of the survey anywhere in the workbook.
    const text = book.worksheets.flatMap((w) => rowsOf(w).flat()).join('\n');
    const codes = [...survey.questions.map((q) => q.id), ...survey.questions.map((q) => q.type), ...survey.questions.flatMap((q) => ('options' in q ? q.options.map((o) => o.id) : []))];
    for (const code of codes) expect(text).not.toMatch(new RegExp(`(^|[^A-Za-z0-9_-])${code.replace(/[-]/g, '\\-')}($|[^A-Za-z0-9_-])`));

    // Cut like the report: the front's responses and its units' rows only.
    const cut = await workbook(await get(`/api/surveys/${DEMO_NEEDS_SURVEY_ID}/report.xlsx?front=social`));
    const social = surveyFronts(survey).find((x) => x.id === 'social')!;
    expect(rowsOf(cut.getWorksheet('概要')!).slice(1, 3)).toEqual([['范围', social.label], ['答卷数', '4']]);
    const inside = surveyUnits(survey).filter((u) => u.front === 'social').map((u) => u.label);
    const rows = rowsOf(cut.getWorksheet('单位×课题')!).slice(2, -1).map((r) => r[0]);
    expect([...rows].sort()).toEqual([...inside].sort());

    // A title that looks like a formula is written as text, never as a formula.
    await f.table.store.surveys.put({ ...survey, id: 'formula-title', title: '=HYPERLINK("http://evil.example","x")' });
    const hostile = await workbook(await get('/api/surveys/formula-title/report.xlsx'));
    const cell = hostile.getWorksheet('概要')!.getCell('B1');
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe('=HYPERLINK("http://evil.example","x") · 需求报告');
  });

  it('asks for sign-in', async () => {
    const res = await f.app.request(`${ORIGIN}/api/surveys/${DEMO_NEEDS_SURVEY_ID}/report`);
    expect(res.status).toBe(401);
  });
});
