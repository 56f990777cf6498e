// The demand report in real Chromium: charts with the right figures on desktop and phone, filters,
// CSV downloads, accessibility, and an A4 print without the controls.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_FEEDBACK_FORM_ID, DEMO_NEEDS_SURVEY_ID, demoSurveys } from '../../shared/demo/seed-demo.js';
import { validFeedback, validNeeds } from '../support/demo-answers.js';
import { launchBrowser, phone, seriousAxeViolations } from '../support/browser.js';
import { serveApp, type RunningServer } from '../support/http-server.js';
import { ADMIN, organizerFixture, type Fixture } from '../integration/organizer-fixture.js';

const REPORT = `/admin/surveys/${DEMO_NEEDS_SURVEY_ID}/report`;
/** Set REPORT_SHOTS=dir to keep screenshots and the A4 PDF for a human to look at. */
const SHOTS = process.env.REPORT_SHOTS;

/** Five units' answers: three from the social front (two of them the education bureau). */
const RESPONSES: Record<string, unknown>[] = [
  validNeeds('education'),
  validNeeds('education'),
  { ...validNeeds('health'), manner: 'central' },
  { ...validNeeds('dongfeng-st'), topics: ['t-ecology', 't-digital', 't-civility'] },
  { ...validNeeds('dev-zone'), manner: 'blended', slots: ['mon-am'] },
];

const desktop: BrowserContextOptions = { viewport: { width: 1280, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' };

let f: Fixture;
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  f = await organizerFixture();
  f.clock.set(new Date().toISOString());
  const [needs, feedback] = demoSurveys(f.clock.now().toISOString());
  await f.table.store.surveys.put(needs!);
  await f.table.store.surveys.put(feedback!);
  for (const answers of RESPONSES) await f.submit(DEMO_NEEDS_SURVEY_ID, { answers });
  for (let i = 0; i < 6; i++) await f.submit(DEMO_FEEDBACK_FORM_ID, { answers: validFeedback() });
  server = await serveApp(f.app);
  browser = await launchBrowser();
  if (SHOTS) mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await f?.table.drop();
});

/** A signed-in organizer's page; bypassCSP only so axe-core can be injected. */
async function signedIn(options: BrowserContextOptions): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ ...options, bypassCSP: true, acceptDownloads: true });
  const page = await context.newPage();
  page.setDefaultTimeout(8000);
  await page.goto(`${server.url}/admin/login`);
  await page.getByLabel('邮箱').fill(ADMIN.email);
  await page.getByLabel('密码').fill(ADMIN.password);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL(`${server.url}/admin`);
  return { context, page };
}

/** Screenshots a page in screen-sized slices, which stay legible when viewed one by one. */
async function shoot(page: Page, name: string) {
  if (!SHOTS) return;
  const { width, height } = page.viewportSize()!;
  const total = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0, i = 0; y < total; y += height, i++) {
    await page.screenshot({ path: join(SHOTS, `${name}-${i}.png`), fullPage: true, clip: { x: 0, y, width, height: Math.min(height, total - y) } });
  }
}

const note = (page: Page, question: string, option: string) => page.locator(`[data-q="${question}"] [data-option="${option}"] text`).last().textContent();
const cell = (page: Page, unit: string, topic: string) => page.locator(`table.heat tr[data-row="${unit}"] td[data-option="${topic}"]`).textContent();

describe('demand report in a browser', () => {
  it('reaches the report from the survey list and shows every chart with its figures on a desktop', async () => {
    const { context, page } = await signedIn(desktop);
    await page.goto(`${server.url}/admin/surveys`);
    await page.locator(`tr[data-survey-id="${DEMO_NEEDS_SURVEY_ID}"]`).getByRole('link', { name: '需求报告' }).click();
    await page.waitForURL(`${server.url}${REPORT}`);

    expect(await page.locator('h1').textContent()).toBe('2026 年度理论宣讲需求调查问卷 · 需求报告');
    expect(await page.locator('main p strong').first().textContent()).toBe('共收到 5 份答卷');
    expect(await page.locator('.summary li').first().textContent()).toBe('最想听的内容：数字经济与智慧城市（100%）、党史学习教育专题（80%）、养老服务体系建设（80%）。');
    // Every question but the number and the written one has a chart.
    const charted = await page.locator('section[data-q]').evaluateAll((sections) => sections.filter((s) => s.querySelector('svg.chart')).map((s) => s.getAttribute('data-q')));
    expect(charted).toEqual(['unit', 'role', 'topics', 'themes', 'format', 'manner', 'slots', 'months', 'speaker-kind', 'experts', 'past-rating']);
    expect(await note(page, 'manner', 'at-unit')).toBe('3 (60%)');
    expect(await note(page, 'manner', 'central')).toBe('1 (20%)');
    expect(await note(page, 'slots', 'tue-pm')).toBe('4 (80%)');
    expect(await note(page, 'slots', 'mon-am')).toBe('1 (20%)');
    expect(await note(page, 'topics', 't-digital')).toBe('得分 14');
    expect(await page.locator('[data-q="topics"] [data-option="t-digital"] text.detail').textContent()).toBe('排第一 4 次 · 入选 5 次');
    expect(await cell(page, 'education', 't-digital')).toBe('2');
    expect(await cell(page, 'dongfeng-st', 't-ecology')).toBe('1');
    expect(await cell(page, 'health', 't-ecology')).toBe('0');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await shoot(page, 'desktop');
    await context.close();
  }, 60_000);

  it('cuts the figures to one unit and to one front with the filter form', async () => {
    const { context, page } = await signedIn(phone);
    await page.goto(`${server.url}${REPORT}`);
    await page.selectOption('#f-unit', 'education');
    await Promise.all([page.waitForURL(/unit=education/), page.getByRole('button', { name: '查看' }).click()]);
    expect(await page.locator('main p strong').first().textContent()).toBe('区教育局中心组共收到 2 份答卷');
    expect(await note(page, 'manner', 'at-unit')).toBe('2 (100%)');

    await page.selectOption('#f-unit', '');
    await page.selectOption('#f-front', 'social');
    await Promise.all([page.waitForURL(/front=social/), page.getByRole('button', { name: '查看' }).click()]);
    expect(await page.locator('main p strong').first().textContent()).toBe('社会事业战线共收到 3 份答卷');
    expect(await note(page, 'manner', 'at-unit')).toBe('2 (67%)');
    expect(await note(page, 'slots', 'tue-pm')).toBe('3 (100%)');
    await context.close();
  }, 60_000);

  it('fits a phone: nothing wider than the screen, chart text large enough to read', async () => {
    const { context, page } = await signedIn(phone);
    await page.goto(`${server.url}${REPORT}`);
    await shoot(page, 'phone');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // The smallest rendered chart text, in CSS pixels.
    const smallest = await page.locator('svg.chart text').evaluateAll((texts) => Math.min(...texts.map((t) => t.getBoundingClientRect().height)));
    expect(smallest).toBeGreaterThanOrEqual(12);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await context.close();
  }, 60_000);

  it.each([
    // Words only (no question, option or unit ids): 第 N 题 and the question, the type's Chinese name.
    ['汇总表（每题每选项）', [/^第 \d+ 题$/, '您希望的宣讲方式', '单选', '送课上门到本单位', '3', '60.0%', '', '', '', '5']],
    ['原始答卷（每份一行）', undefined],
    ['按单位交叉表', ['区教育局中心组', '社会事业战线', '2']],
    ['按战线交叉表', ['社会事业战线', '3']],
  ] as [string, (string | RegExp)[] | undefined][])('downloads %s as UTF-8 with a byte-order mark', async (name, row) => {
    const { context, page } = await signedIn(desktop);
    await page.goto(`${server.url}${REPORT}`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(bytes.subarray(3).toString('utf8')) as string[][];
    if (row) expect(rows.some((r) => row.every((v, i) => (typeof v === 'string' ? r[i] === v : v.test(r[i] ?? ''))))).toBe(true);
    else expect(rows).toHaveLength(RESPONSES.length + 1);
    await context.close();
  }, 60_000);

  it('prints on A4: controls hidden, charts kept', async () => {
    const { context, page } = await signedIn(desktop);
    await page.goto(`${server.url}${REPORT}`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('form[action$="/report"]').isVisible()).toBe(false);
    expect(await page.getByRole('heading', { name: '下载 CSV' }).isVisible()).toBe(false);
    expect(await page.locator('header').isVisible()).toBe(false);
    expect(await page.locator('[data-q="manner"] svg.chart').isVisible()).toBe(true);
    expect(await page.locator('table.heat').isVisible()).toBe(true);
    // The heading row repeats on every printed page (a table header group): title and print date.
    const head = page.locator('.print-frame > thead .print-head');
    expect(await head.isVisible()).toBe(true);
    expect(await head.textContent()).toMatch(/^2026 年度理论宣讲需求调查问卷 · 需求报告 · 打印于 \d{4}-\d{2}-\d{2} /);
    expect(await page.locator('.print-frame > thead').evaluate((e) => getComputedStyle(e).display)).toBe('table-header-group');
    const pdf = await page.pdf({ format: 'A4', printBackground: true, ...(SHOTS ? { path: join(SHOTS, 'report.pdf') } : {}) });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // Charts flow in two columns: a chart per page (twelve pages, mostly blank) would mean the print layout broke.
    const pages = Number(/\/Count (\d+)/.exec(pdf.toString('latin1'))?.[1]);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(6);
    await context.close();
  }, 60_000);

  // Each kind of report prints under its own name, with its cut, on every page (the heading row repeats).
  for (const [kind, path, heading] of [
    ['needs, cut to a front', `${REPORT}?front=social`, /^2026 年度理论宣讲需求调查问卷 · 需求报告 · 社会事业战线 · 打印于 /],
    ['feedback', `/admin/surveys/${DEMO_FEEDBACK_FORM_ID}/report`, /^.+ · 反馈评价报告 · 打印于 /],
  ] as const) {
    it(`prints a ${kind} report with its name and cut in the repeated heading`, async () => {
      const { context, page } = await signedIn(desktop);
      await page.goto(`${server.url}${path}`);
      await page.emulateMedia({ media: 'print' });
      const head = page.locator('.print-frame > thead .print-head');
      expect(await head.textContent()).toMatch(heading);
      expect(await page.locator('main').textContent()).not.toContain('还没有答卷');
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      expect(Number(/\/Count (\d+)/.exec(pdf.toString('latin1'))?.[1])).toBeGreaterThanOrEqual(1);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await context.close();
    }, 60_000);
  }
});
