// A unit on a phone, in real Chromium: opens its link and orders with and without JavaScript, and offline;
// axe on every programme page; the QR sheet prints on A4.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../functions/local/dispatch.js';
import { launchBrowser, phone, seriousAxeViolations } from '../support/browser.js';
import { serveApp, type RunningServer } from '../support/http-server.js';
import { programmeFixture, type ProgrammeFixture } from '../integration/programme-fixture.js';

let f: ProgrammeFixture;
let server: RunningServer;
let browser: Browser;
let menuId: string;

beforeAll(async () => {
  f = await programmeFixture();
  menuId = await f.publishedMenu();
  server = await serveApp({ fetch: dispatch(f.respondent, f.app) });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await f?.table.drop();
});

async function phonePage(options: { javaScriptEnabled?: boolean; bypassCSP?: boolean } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ ...phone, ...options });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  return { context, page };
}

/** Fills the request form by touch: two picks (the first with its expert), format, a time, audience, contact. */
async function fillRequest(page: Page, audience: string) {
  await page.selectOption('#pick-1', 't-party-history|e-wang');
  await page.selectOption('#pick-2', 't-ecology');
  await page.check('input[name="q:format"][value="lecture"]');
  await page.check('input[name="q:slots"][value="tue-pm"]');
  await page.fill('input[name="q:audience"]', audience);
  await page.fill('input[name="q:contactName"]', '赵六');
  await page.fill('input[name="q:contactPhone"]', '13700000000');
}

describe('a unit on a phone', () => {
  it('opens its link and orders from the menu without JavaScript', async () => {
    const { key } = await f.issueKey('planning');
    const { context, page } = await phonePage({ javaScriptEnabled: false });
    await page.goto(`${server.url}/u/${key}`);
    expect(await page.textContent('h1')).toBe('区规划和自然资源分局中心组');
    await page.tap(`a[href^="/u/${key}/menus/${menuId}"]`);
    await fillRequest(page, '40');
    await page.tap('#send');
    await page.waitForURL(/\/done\?/);
    expect(await page.textContent('h1')).toBe('申报已提交');
    await page.tap('text=返回单位主页');
    expect(await page.textContent('main')).toContain('已提交，待安排');
    expect(await f.table.store.requests.current(menuId, 'planning')).toMatchObject({ version: 1, audience: 40, picks: [{ topicId: 't-party-history', expertId: 'e-wang' }, { topicId: 't-ecology' }] });
    await context.close();
  }, 90_000);

  it('orders with JavaScript, goes offline mid-submit, and the request arrives once when the network returns', async () => {
    const { key } = await f.issueKey('city-admin');
    const { context, page } = await phonePage();
    await page.goto(`${server.url}/u/${key}/menus/${menuId}`);
    await fillRequest(page, '55');
    const submissionId = await page.inputValue('input[name=submissionId]');
    await context.route(/\/u\/[^/]+\/menus\/[^/?]+(\?.*)?$/, (route) => (route.request().method() === 'POST' ? route.abort('internetdisconnected') : route.fallback()));
    await context.setOffline(true);
    await page.tap('#send');
    await expect.poll(() => page.textContent('#outcome')).toContain('网络暂时不通');
    expect(await f.table.store.requests.current(menuId, 'city-admin')).toBeUndefined();
    await context.unrouteAll();
    await context.setOffline(false);
    await page.waitForURL(/\/done\?/, { timeout: 15_000 });
    const versions = await f.table.store.requests.versions(menuId, 'city-admin');
    expect(versions.map((v) => [v.version, v.submissionId, v.audience])).toEqual([[1, submissionId, 55]]);
    await context.close();
  }, 90_000);

  it('passes axe on the unit page, the request form and the survey opened from the link', async () => {
    const { key } = await f.issueKey('development');
    const { context, page } = await phonePage({ bypassCSP: true });
    for (const path of [`/u/${key}`, `/u/${key}/menus/${menuId}`]) {
      await page.goto(`${server.url}${path}`);
      expect(await seriousAxeViolations(page), path).toEqual([]);
    }
    await context.close();
  }, 90_000);
});

describe('the organizer’s programme pages', () => {
  it('pass axe, and the QR sheet prints on A4 with twelve units a page', async () => {
    await Promise.all(['dongfeng-st', 'jinqiao-st', 'party-office', 'organization', 'trade-union', 'housing', 'education', 'health', 'culture', 'commerce', 'dev-zone', 'xinli-st', 'planning'].map((unitId) => f.issueKey(unitId)));
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN', bypassCSP: true, extraHTTPHeaders: { authorization: `Bearer ${f.token}` } });
    const page = await context.newPage();
    for (const path of ['/admin/units', '/admin/units/qr', '/admin/menus', `/admin/menus/${menuId}`, '/admin/surveys/demo-needs/status']) {
      const response = await page.goto(`${server.url}${path}`);
      if (response?.status() === 404) continue; // no demo survey in this table
      expect(response?.status(), path).toBe(200);
      expect(await seriousAxeViolations(page), path).toEqual([]);
    }
    await page.goto(`${server.url}/admin/units/qr`);
    const cards = await page.locator('.qr-card').count();
    expect(cards).toBeGreaterThanOrEqual(13);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBe(Math.ceil(cards / 12));
    await context.close();
  }, 120_000);
});
