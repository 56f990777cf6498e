// A lecture from request to scorecard, in real Chromium: the organizer schedules it from the request
// board (排期) and marks it delivered; attendees rate it on a phone with JavaScript off (from the
// unit's page) and on; the scorecard shows it and prints on A4. axe on every page visited.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../functions/local/dispatch.js';
import { launchBrowser, phone, seriousAxeViolations } from '../support/browser.js';
import { serveApp, type RunningServer } from '../support/http-server.js';
import { ADMIN } from '../integration/organizer-fixture.js';
import { programmeFixture, requestBody, type ProgrammeFixture } from '../integration/programme-fixture.js';

let f: ProgrammeFixture;
let server: RunningServer;
let browser: Browser;
let menuId: string;
let key: string;
let lectureId: string;

beforeAll(async () => {
  f = await programmeFixture();
  menuId = await f.publishedMenu();
  ({ key } = await f.issueKey('dongfeng-st'));
  const put = await f.pub('PUT', `/api/public/units/${key}/requests/${menuId}`, requestBody({ audience: 100 }));
  if (put.status !== 201) throw new Error(`request: ${put.status}`);
  server = await serveApp({ fetch: dispatch(f.respondent, f.app) });
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await f?.table.drop();
});

/** The organizer at a desk, signed in at the fixture clock's current time (axe needs CSP bypassed). */
async function organizerPage(): Promise<{ context: BrowserContext; page: Page }> {
  const token = await f.login(ADMIN);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', bypassCSP: true, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return { context, page };
}

async function expectAxeClean(page: Page, what: string) {
  expect(await seriousAxeViolations(page), what).toEqual([]);
}

/** Rates by touch: every row of both matrices and the organisation question. */
async function rate(page: Page, lecture: number, teacher: number, organisation: number) {
  for (const row of ['relevance', 'depth', 'practice', 'effect']) await page.tap(`label:has(> input[name="q:lecture:r:${row}"][value="${lecture}"])`);
  for (const row of ['clarity', 'interaction', 'time']) await page.tap(`label:has(> input[name="q:teacher:r:${row}"][value="${teacher}"])`);
  await page.tap(`label:has(> input[name="q:organization"][value="${organisation}"])`);
}

describe('a lecture from request to scorecard', () => {
  it('is scheduled from the request board with the form filled in from the request', async () => {
    f.clock.set('2026-03-20T00:00:00Z');
    const { context, page } = await organizerPage();
    await page.goto(`${server.url}/admin/menus/${menuId}`);
    await expectAxeClean(page, 'request board');
    await page.click(`a.schedule-pick[href*="${encodeURIComponent(`${menuId}~dongfeng-st`)}"][href*="pick=1"]`);
    await page.waitForURL(/\/admin\/lectures\?request=/);
    await expectAxeClean(page, 'schedule form from a request');
    expect(await page.inputValue('#f-topicId')).toBe('t-party-history');
    expect(await page.inputValue('#f-expertId')).toBe('e-wang');
    expect(await page.inputValue('#f-planned')).toBe('100');
    expect(await page.isChecked('input[name="unitIds"][value="dongfeng-st"]')).toBe(true);
    await page.fill('#f-startsAt', '2026-03-20T09:00');
    await page.fill('#f-duration', '90');
    await page.fill('#f-place', '东风街道党群服务中心');
    await page.click('form[method="post"][action="/admin/lectures"] button[type="submit"]');
    await page.waitForURL(/\/admin\/lectures\/[^/?]+\?scheduled=1/);
    lectureId = new URL(page.url()).pathname.split('/').pop()!;
    await expectAxeClean(page, 'lecture page');
    // The request by unit and menu, never by its id.
    expect(await page.textContent('main')).toContain('对应点单东风街道党工委中心组 · ');
    expect(await page.textContent('main')).not.toContain(`${menuId}~dongfeng-st`);
    expect((await f.table.store.requests.current(menuId, 'dongfeng-st'))?.status).toBe('scheduled');
    await page.goto(`${server.url}/admin/lectures?view=calendar&month=2026-03`);
    await expectAxeClean(page, 'lecture calendar');
    await context.close();
  }, 120_000);

  it('is marked delivered with its attendance after it ends', async () => {
    f.clock.set('2026-03-20T02:40:00Z');
    const { context, page } = await organizerPage();
    await page.goto(`${server.url}/admin/lectures/${lectureId}`);
    await page.fill('#f-attendance', '96');
    await page.click(`form[action="/admin/lectures/${lectureId}/delivered"] button[type="submit"]`);
    await page.waitForURL(new RegExp(`/admin/lectures/${lectureId}$`));
    expect(await page.textContent('main')).toContain('已宣讲');
    expect(await page.textContent('main')).toContain('96');
    await expectAxeClean(page, 'delivered lecture page');
    expect((await f.table.store.requests.current(menuId, 'dongfeng-st'))?.status).toBe('delivered');
    await context.close();
  }, 120_000);

  it('is rated on a phone without JavaScript, reached from the unit’s page', async () => {
    const context = await browser.newContext({ ...phone, javaScriptEnabled: false, bypassCSP: true });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`${server.url}/u/${key}`);
    expect(await page.textContent('#lectures ~ .lecture')).toContain('2026-03-20 09:00');
    await page.tap(`a[href^="/f/${lectureId}"]`);
    await page.waitForURL(new RegExp(`/f/${lectureId}`));
    await rate(page, 5, 4, 5);
    await page.tap('#send');
    await page.waitForURL(/\/done/);
    expect(await page.textContent('h1')).toContain('反馈已提交');
    await context.close();
  }, 120_000);

  it('is rated on a phone with JavaScript', async () => {
    const context = await browser.newContext({ ...phone, bypassCSP: true });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    // axe runs in the page, so it checks the unit page and the form here, with JavaScript on.
    await page.goto(`${server.url}/u/${key}`);
    await expectAxeClean(page, 'unit page with lectures');
    await page.goto(`${server.url}/f/${lectureId}`);
    await expectAxeClean(page, 'feedback form');
    await rate(page, 3, 4, 3);
    await page.tap('#send');
    await page.waitForURL(/\/done/, { timeout: 20_000 });
    expect(await page.textContent('h1')).toContain('反馈已提交');
    await context.close();
  }, 120_000);

  it('shows on the expert’s scorecard, which passes axe and prints on A4 with its title', async () => {
    const { context, page } = await organizerPage();
    await page.goto(`${server.url}/admin/scorecards?by=expert&from=2026-03-01&to=2026-03-31`);
    await expectAxeClean(page, 'scorecards');
    const row = page.locator('table.data tbody tr').filter({ has: page.locator('th[scope="row"]', { hasText: '王建华' }) });
    // 1 lecture, 96 people, nobody signed in on a phone, 2 feedback; lecture (5+3)/2 = 4.00, lecturer 4.00, organisation (5+3)/2 = 4.00.
    const cells = (await row.locator('td').allTextContents()).map((t) => t.trim());
    expect(cells.slice(0, 7)).toEqual(['1', '96', '0', '2', '4.00', '4.00', '4.00']);
    // A4 portrait at 96 dpi less the page margins: nothing may stick out sideways.
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 794 - 91, height: 1123 });
    const layout = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth, head: getComputedStyle(document.querySelector('.print-frame > thead')!).display }));
    expect(layout.scroll).toBeLessThanOrEqual(layout.client);
    expect(layout.head).toBe('table-header-group');
    expect(await page.textContent('.print-head')).toContain('2026-03-01 至 2026-03-31');
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeGreaterThanOrEqual(1);
    await context.close();
  }, 120_000);
});
