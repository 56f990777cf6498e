// The "no codes" walk: with the demo district and a year of activity (responses, menus, requests,
// lectures scheduled, delivered and cancelled, feedback, audit entries of every kind), every organizer
// page (from the route table's page routes), every confirmation page and every CSV and xlsx download
// is read as a person reads it, and none shows a question id, a type code, an option or slot id, a
// catalogue id, a UUID, a time-zone id or a UTC timestamp. The lists of codes come from the question
// type registry, the surveys and the catalogue: a new type or record is covered without editing this.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORGANIZER_ROUTES } from '../../functions/organizer/route-table.js';
import { demoCatalogue } from '../../shared/demo/demo-catalogue.js';
import { seedDemoStudyPlan } from '../../shared/demo/demo-study-plan.js';
import { seedDemoLectures } from '../../shared/demo/demo-lectures.js';
import { DEMO_FEEDBACK_FORM_ID, DEMO_NEEDS_SURVEY_ID, seedDemoDistrict } from '../../shared/demo/seed-demo.js';
import { DEMO_MENU_ID } from '../../shared/demo/seed-programme.js';
import { LOCALES, type Locale } from '../../shared/kernel/locale.js';
import { QUESTION_TYPES, type Survey } from '../../shared/survey/survey-schema.js';
import { weeklySlots } from '../../shared/templates/weekly-slots.js';
import { validFeedback, validNeeds } from '../support/demo-answers.js';
import { inlineBlockedByCsp } from '../support/inline-csp.js';
import { ADMIN, ORGANIZER, organizerFixture, ORIGIN, type Fixture } from './organizer-fixture.js';

let f: Fixture;
let admin: string;
/** Path parameters filled from the data: every value a page route's parameter takes in the walk. */
const params: Record<string, string[]> = {};
/** Extra page addresses: states a bare route does not reach (an open editor card, the calendar, …). */
const extraPages: string[] = [];
/** Form posts that answer with a confirmation page (nothing changes without `confirmed=1`). */
const confirmPosts: string[] = [];
let surveys: Survey[] = [];

const json = async <T,>(response: Response | Promise<Response>): Promise<T> => {
  const r = await response;
  if (r.status >= 300) throw new Error(`${r.url}: ${r.status} ${await r.text()}`);
  return (await r.json()) as T;
};

beforeAll(async () => {
  f = await organizerFixture();
  // A survey created just after midnight in Beijing is still the day before in UTC.
  f.clock.set('2026-06-14T16:05:00.000Z');
  await seedDemoDistrict({ ...f.table.store, clock: f.clock });
  await seedDemoLectures({ ...f.table.store, clock: f.clock });
  await seedDemoStudyPlan({ ...f.table.store, clock: f.clock, timeZone: 'Asia/Shanghai' });
  admin = await f.login(ADMIN);
  const api = (method: string, path: string, body?: unknown) => f.api(method, path, { token: admin, ...(body !== undefined ? { body } : {}) });

  // Responses to both demo surveys, one marked invalid.
  const units = demoCatalogue.units.filter((u) => !u.retired).slice(0, 6).map((u) => u.id);
  const responseIds: string[] = [];
  for (const unit of units) responseIds.push((await f.submit(DEMO_NEEDS_SURVEY_ID, { answers: { ...validNeeds(unit), suggestions: `第 ${responseIds.length + 1} 条建议` } })).responseId);
  await f.submit(DEMO_FEEDBACK_FORM_ID, { answers: validFeedback(units[0]) });
  await json(api('POST', `/api/surveys/${DEMO_NEEDS_SURVEY_ID}/responses/${responseIds[1]}/invalidate`, { reason: '重复提交' }));

  // Surveys: a new one, a copy published and closed, settings, access codes, a saved template.
  const created = await json<{ survey: Survey }>(api('POST', '/api/surveys', { template: 'needs', title: '下半年需求调查' }));
  const copy = await json<{ surveyId: string }>(api('POST', `/api/surveys/${created.survey.id}/copy`));
  await json(api('POST', `/api/surveys/${copy.surveyId}/publish`));
  await json(api('PUT', `/api/surveys/${copy.surveyId}/settings`, { responseLimit: 500 }));
  await json(api('POST', `/api/surveys/${copy.surveyId}/access-codes`, { units: [{ unitId: 'education', count: 2 }] }));
  await json(api('POST', `/api/surveys/${copy.surveyId}/close`));
  const template = await json<{ templateId: string }>(api('POST', `/api/surveys/${DEMO_NEEDS_SURVEY_ID}/template`, { name: '需求调查模板' }));
  await json(api('PUT', `/api/templates/${template.templateId}`, { name: '年度需求调查模板' }));

  // The catalogue: a record added, changed and retired.
  await json(api('POST', '/api/catalogue/experts', { name: '孙老师', title: '副教授', organisation: '区委党校', topics: ['t-ecology'] }));
  await json(api('PUT', '/api/catalogue/units/education', { ...demoCatalogue.units.find((u) => u.id === 'education'), name: '区教育局党委' }));
  await json(api('POST', '/api/catalogue/themes/' + demoCatalogue.themes.at(-1)!.id + '/retire'));

  // Menus and requests: a second menu published and closed early; one request declined, one scheduled.
  const draft = await json<{ menuId: string }>(api('POST', '/api/menus', { title: '下半年宣讲菜单', orderDeadline: '2026-09-30T18:00', maxPicks: 1, formats: ['lecture'], items: [{ topicId: 't-ecology', expertIds: ['e-zhang'] }] }));
  const second = await json<{ menuId: string }>(api('POST', '/api/menus', { title: '专题宣讲菜单', orderDeadline: '2026-08-31T18:00', maxPicks: 1, formats: ['lecture'], items: [{ topicId: 't-digital', expertIds: ['e-chen'] }] }));
  await json(api('POST', `/api/menus/${second.menuId}/publish`));
  await json(api('POST', `/api/menus/${second.menuId}/close`));
  await json(api('POST', `/api/requests/${DEMO_MENU_ID}~health/status`, { status: 'declined', reason: '专家档期已满' }));
  const fromRequest = await json<{ lectureId: string }>(api('POST', '/api/lectures', { topicId: 't-party-history', expertId: 'e-wang', unitIds: ['dongfeng-st'], startsAt: '2026-06-20T09:00', durationMinutes: 90, place: '街道会议室', requestId: `${DEMO_MENU_ID}~dongfeng-st` }));
  const cancelled = await json<{ lectureId: string }>(api('POST', '/api/lectures', { topicId: 't-ecology', expertId: 'e-zhang', unitIds: ['education'], startsAt: '2026-06-22T14:30', durationMinutes: 60, place: '区教育局' }));
  await json(api('POST', `/api/lectures/${cancelled.lectureId}/cancel`, { reason: '专家临时出差' }));
  const delivered = (await f.table.store.lectures.get('demo-lecture-001'))!;
  await json(api('POST', `/api/lectures/${delivered.id}/delivered`, { attendance: (delivered.attendance ?? 30) + 1 }));
  await json(api('POST', '/api/units/culture/key'));
  await json(api('PUT', '/api/feedback-form/window', { windowDays: 10 }));

  // Accounts, and an export job of every response.
  await json(api('POST', '/api/accounts', { email: 'viewer@district.cn', role: 'viewer' }));
  await json(api('POST', `/api/accounts/${encodeURIComponent(ORGANIZER.email)}/reset-password`));
  await json(api('PUT', `/api/accounts/${encodeURIComponent('viewer@district.cn')}/fronts`, { fronts: [demoCatalogue.fronts[0]!.id] }));
  const started = await json<{ exportId: string }>(api('POST', `/api/surveys/${DEMO_NEEDS_SURVEY_ID}/exports`, {}));
  let job: { status: string; url?: string } = { status: 'queued' };
  for (let i = 0; i < 200 && job.status !== 'done'; i++) {
    job = await json(api('GET', `/api/exports/${started.exportId}`));
    if (job.status !== 'done') await new Promise((resolve) => setTimeout(resolve, 50));
  }
  expect(job.status).toBe('done');

  const listed = await f.table.store.surveyAdmin.list();
  surveys = (await Promise.all(listed.map((l) => f.table.store.surveys.get(l.summary.id)))).filter((s): s is Survey => s !== undefined);
  const lectures = [fromRequest.lectureId, cancelled.lectureId, delivered.id];
  const studySessions = (await f.table.store.studySessions.listByStart('2026-01-01T00:00:00.000Z', '2027-01-01T00:00:00.000Z')).map((s) => s.id);
  // A briefing (学习动态) drawn from the delivered lecture: its edit page and preview are walked too.
  const briefing = await json<{ briefing: { briefingId: string } }>(api('POST', '/api/briefings', { title: '区委理论学习中心组集体学习', date: '2026-03-21', text: '第一段。\n第二段。', eventId: delivered.id }));
  // 基层论谈: an open essay call, one unit's essay and an exchange meeting from it.
  const call = await json<{ call: { callId: string } }>(api('POST', '/api/essay-calls', { title: '2026 年基层论谈征文', themeIds: ['party-cause'], deadline: '2026-07-20T18:00', rules: '每个单位一篇。' }));
  const callId = call.call.callId;
  await json(api('POST', `/api/essay-calls/${callId}/open`));
  await f.table.store.essays.saveEssay({ id: 'essay-1', callId, unitId: 'dongfeng-st', unitName: '东风街道', front: 'street', themeId: 'party-cause', title: '学思践悟', authors: '李卫健', text: '正文。', submittedAt: '2026-06-14T16:05:00.000Z', updatedAt: '2026-06-14T16:05:00.000Z', version: 1 }, undefined);
  const meeting = await json<{ eventId: string }>(api('POST', `/api/essay-calls/${callId}/meetings`, { themeId: 'party-cause', frontId: 'street', startsAt: '2026-08-02T14:00', durationMinutes: 120, place: '区委党校报告厅', essayIds: ['essay-1'] }));
  Object.assign(params, {
    callId: [callId],
    eventId: [meeting.eventId],
    briefingId: [briefing.briefing.briefingId],
    personId: ['p-demo-m1', 'p-demo-h1'],
    sessionId: [studySessions[0]!, studySessions.at(-1)!],
    surveyId: surveys.map((s) => s.id),
    responseId: [responseIds[0]!, responseIds[1]!],
    lectureId: lectures,
    menuId: [DEMO_MENU_ID, draft.menuId, second.menuId],
    exportId: [started.exportId],
    file: [job.url!.split('/').pop()!.split('?')[0]!],
    section: ['fronts', 'units', 'themes', 'topics', 'experts'],
    action: ['publish', 'close', 'reopen'],
  });
  const needs = surveys.find((s) => s.id === DEMO_NEEDS_SURVEY_ID)!;
  extraPages.push(
    ...surveys.flatMap((s) => (s.status === 'draft' ? s.questions.map((q) => `/admin/surveys/${s.id}?edit=${q.id}`) : [])),
    ...['expert', 'topic', 'unit', 'front'].map((by) => `/admin/scorecards?by=${by}`),
    '/admin/lectures?view=calendar&month=2026-06',
    `/admin/lectures?request=${DEMO_MENU_ID}~education&pick=1`,
    `/admin/surveys/${needs.id}/report?unit=education`,
    `/admin/surveys/${needs.id}/responses?unit=education`,
    ...demoCatalogue.fronts.map((fr) => `/admin/catalogue/fronts/${fr.id}`),
  );
  confirmPosts.push(
    `/admin/units/culture/key`,
    `/admin/lectures/${fromRequest.lectureId}/cancel`,
    `/admin/catalogue/experts/e-zhang/retire`,
    `/admin/accounts/${encodeURIComponent(ORGANIZER.email)}/disable`,
    `/admin/accounts/${encodeURIComponent(ORGANIZER.email)}/reset-password`,
    `/admin/menus/${draft.menuId}/publish`,
    `/admin/menus/${DEMO_MENU_ID}/close`,
    `/admin/study-sessions/${studySessions.at(-1)!}/cancel`,
    `/admin/exchange-meetings/${meeting.eventId}/cancel`,
    `/admin/exchange-meetings/${meeting.eventId}/held`,
  );
}, 240_000);

afterAll(() => f.table.drop());

/** Every path a route's parameters take in the walk; a route with a parameter not filled here fails the walk. */
function fill(path: string, section?: string): string[] {
  const names = [...path.matchAll(/:(\w+)/g)].map((m) => m[1]!);
  let paths = [path];
  for (const name of names) {
    // A response belongs to its survey: the demo needs survey's responses are walked.
    const values = name === 'id' ? recordIdsOf(section ?? 'units') : name === 'surveyId' && names.includes('responseId') ? [DEMO_NEEDS_SURVEY_ID] : params[name];
    if (!values) throw new Error(`No values for :${name} in ${path}`);
    paths = paths.flatMap((p) => values.map((value) => p.replace(`:${name}`, encodeURIComponent(value))));
  }
  return paths;
}

const recordIdsOf = (section: string) => (demoCatalogue[section as keyof typeof demoCatalogue] as { id: string }[]).slice(0, 2).map((r) => r.id);

/**
 * What a person reads on a page: text, and the words in aria-label, title, placeholder and alt, and the
 * values of visible fields. Scripts, styles, URLs and hidden fields are not read. Two parts are set
 * aside on purpose: the API reference (it documents the codes) and the editor's "高级" JSON, which is
 * the definition itself for those who choose to edit it as JSON.
 */
function readable(html: string): string {
  const body = html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<details class="advanced"[\s\S]*?<\/details>/g, ' ')
    .replace(/<input[^>]*type="hidden"[^>]*>/g, ' ');
  const attributes = [...body.matchAll(/\s(?:aria-label|title|placeholder|alt)="([^"]*)"/g)].map((m) => m[1]);
  const values = [...body.matchAll(/<input(?![^>]*type="(?:checkbox|radio|submit)")[^>]*\svalue="([^"]*)"/g)].map((m) => m[1]);
  const text = body.replace(/<[^>]*>/g, '\n');
  return [text, ...attributes, ...values].join('\n').replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&gt;', '>');
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const UTC_STAMP = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z/;
/** An audit action's code ("lecture.cancel") or a file's name in a sentence ("responses.csv"). */
const ACTION_CODE = /\b(?:survey|lecture|menu|request|unit|account|catalogue|template|response|feedback-form)\.[a-z-]+(?:\.[a-z-]+)?\b/;
const FILE_NAME = /\b[a-z][a-z-]*\.(?:csv|xlsx|json)\b/;
const ZONE_ID = /\b(?:Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc)\/[A-Z][A-Za-z_]+/;

/**
 * The codes to look for, from the registry, the surveys, the weekly slots and the catalogue: every one
 * no one would write as a word (with "-", "_" or a digit, such as t-ecology, wed-pm, time_slots,
 * speaker-kind). Codes that are also plain words ("economy", "role") cannot be told from the English
 * names the pages rightly show beside the Chinese ones, so they are not looked for.
 */
function codes(): string[] {
  const all = new Set<string>([
    ...QUESTION_TYPES,
    ...surveys.flatMap((s) => s.questions.flatMap((q) => [q.id, ...('options' in q ? q.options.map((o) => o.id) : []), ...('rows' in q && Array.isArray(q.rows) ? q.rows.map((r) => r.id) : [])])),
    ...weeklySlots().options.map((o) => o.id),
    ...Object.values(demoCatalogue).flatMap((records: { id: string }[]) => records.map((r) => r.id)),
  ]);
  return [...all].filter((c) => c.length >= 3 && /[-_\d]/.test(c));
}

/** A link shown for copying (a survey's or lecture's feedback link) is one thing people pass on whole: not read for codes. */
function leaks(shown: string): string[] {
  const text = shown.replace(/https?:\/\/\S+/g, ' ');
  const found: string[] = [];
  for (const pattern of [UUID, UTC_STAMP, ZONE_ID, ACTION_CODE, FILE_NAME]) {
    const m = pattern.exec(text);
    if (m) found.push(m[0]);
  }
  for (const code of codes()) {
    const escaped = code.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const m = new RegExp(`(?<![A-Za-z0-9_@./-])${escaped}(?![A-Za-z0-9_@/-])`).exec(text);
    if (m) found.push(`${code} … ${text.slice(Math.max(0, m.index - 30), m.index + code.length + 30).replace(/\s+/g, ' ')}`);
  }
  return found;
}

const get = (path: string, locale: Locale) => f.app.request(`${ORIGIN}${path}${path.includes('?') ? '&' : '?'}lang=${locale}`, { headers: { authorization: `Bearer ${admin}` } });

async function xlsxText(bytes: ArrayBuffer): Promise<string> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes);
  const cells: string[] = [];
  book.eachSheet((sheet) => {
    cells.push(sheet.name);
    sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.text))));
  });
  return cells.join('\n');
}

describe.each(LOCALES.map((l) => [l] as const))('the no-codes walk (%s)', (locale) => {
  it('finds no code on any organizer page', async () => {
    // Set aside: the API reference (it documents the codes), the definition's JSON file (the editor's
    // "高级" option: the definition itself), the export file (a download, walked below) and sign-in.
    // and where S3 sends a browser back after an upload (it checks the upload and redirects; never a page of its own).
    const aside = ['/admin/api', '/admin/surveys/:surveyId/definition.json', '/admin/exports/:file', '/admin/login', '/admin/lectures/:lectureId/record/confirm'];
    const pages = ORGANIZER_ROUTES.filter((r) => 'page' in r && r.page && r.method === 'GET' && !aside.includes(r.path))
      .flatMap((r) => (r.path.includes(':section') ? params.section!.flatMap((section) => fill(r.path.replace(':section', section), section)) : fill(r.path)))
      .concat(extraPages);
    const problems: string[] = [];
    for (const path of pages) {
      const response = await get(path, locale);
      if (response.status >= 300 && response.status < 400) continue;
      expect(response.status, path).toBeLessThan(400);
      const html = await response.text();
      for (const leak of leaks(readable(html))) problems.push(`${path}: ${leak}`);
      // The same walk holds each page to its own CSP, which the browser tests turn off.
      for (const blocked of inlineBlockedByCsp(response.headers.get('content-security-policy') ?? '', html)) problems.push(`${path}: CSP blocks ${blocked}`);
    }
    expect(problems.join('\n')).toBe('');
    expect(pages.length).toBeGreaterThan(60);
  }, 300_000);

  it('finds no code on the confirmation pages', async () => {
    const problems: string[] = [];
    for (const path of confirmPosts) {
      const body = path.endsWith('/retire') ? 'retired=1' : path.endsWith('/disable') ? 'disabled=1' : path.endsWith('/held') ? 'attendance=30' : '';
      const response = await f.app.request(`${ORIGIN}${path}?lang=${locale}`, { method: 'POST', headers: { authorization: `Bearer ${admin}`, origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded' }, body });
      expect(response.status, path).toBe(200);
      const html = await response.text();
      for (const leak of leaks(readable(html))) problems.push(`${path}: ${leak}`);
      for (const blocked of inlineBlockedByCsp(response.headers.get('content-security-policy') ?? '', html)) problems.push(`${path}: CSP blocks ${blocked}`);
    }
    expect(problems).toEqual([]);
  });

  it('finds no code in any CSV or xlsx download', async () => {
    // Set aside: the catalogue file. It is the import format, and its 编号 column is each record's key
    // when the file comes back (a renamed unit stays the same unit); every other file names things only.
    const aside = ['/api/catalogue.xlsx', '/api/catalogue.csv'];
    const downloads = ORGANIZER_ROUTES.filter((r) => r.method === 'GET' && !aside.includes(r.path) && (r.path.endsWith('.csv') || r.path.endsWith('.xlsx') || r.path === '/admin/exports/:file'));
    const needs = surveys.find((s) => s.id === DEMO_NEEDS_SURVEY_ID)!;
    const queries: Record<string, string[]> = {
      '/api/surveys/:surveyId/crosstab.csv': needs.questions.filter((q) => 'options' in q).flatMap((q) => [`by=unit&question=${q.id}`, `by=front&question=${q.id}`]),
      '/api/scorecards.csv': ['by=expert', 'by=topic', 'by=unit', 'by=front'],
    };
    const problems: string[] = [];
    let files = 0;
    for (const route of downloads) {
      const paths = route.path.startsWith('/api/surveys/:surveyId/crosstab') ? [`/api/surveys/${needs.id}/crosstab.csv`] : fill(route.path);
      for (const path of paths) {
        for (const query of queries[route.path] ?? ['']) {
          const response = await get(query ? `${path}?${query}` : path, locale);
          expect(response.status, `${path}?${query}`).toBe(200);
          const text = path.endsWith('.xlsx') ? await xlsxText(await response.arrayBuffer()) : await response.text();
          files++;
          for (const leak of leaks(text)) problems.push(`${path}?${query}: ${leak}`);
        }
      }
    }
    expect(problems.join('\n')).toBe('');
    expect(files).toBeGreaterThan(15);
  }, 300_000);
});
