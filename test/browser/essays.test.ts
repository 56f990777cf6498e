// 基层论谈 on a phone (390×844) in real Chromium: a unit sends and changes its essay from its link, with
// and without JavaScript; an expert reads an essay blind and reviews it, with and without JavaScript;
// every page axe clean, no wider than the phone, at most 14 KB gzipped.
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../functions/local/dispatch.js';
import { launchBrowser, phone, seriousAxeViolations } from '../support/browser.js';
import { serveApp, type RunningServer } from '../support/http-server.js';
import { programmeFixture, type ProgrammeFixture } from '../integration/programme-fixture.js';

const PAGE_BUDGET_BYTES = 14 * 1024;

let f: ProgrammeFixture;
let server: RunningServer;
let browser: Browser;
let callId: string;
let unitKey: string;
let otherKey: string;
let expertKey: string;

beforeAll(async () => {
  f = await programmeFixture();
  const token = f.token;
  callId = ((await (await f.api('POST', '/api/essay-calls', { token, body: { title: '2026 年基层论谈征文', themeIds: ['party-cause', 'urbanization'], deadline: '2026-03-10T18:00', rules: '每个单位一篇，3000 字以内。' } })).json()) as { call: { callId: string } }).call.callId;
  await f.api('POST', `/api/essay-calls/${callId}/open`, { token });
  unitKey = (await f.issueKey('planning')).key;
  otherKey = (await f.issueKey('education')).key;
  expertKey = ((await (await f.api('POST', '/api/experts/e-wang/key', { token })).json()) as { key: string }).key;
  server = await serveApp({ fetch: dispatch(f.respondent, f.app) });
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await f?.table.drop();
});

async function phonePage(options: { javaScriptEnabled?: boolean; bypassCSP?: boolean } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ ...phone, ...options });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return { context, page };
}

/** The page at the same address in a fresh phone (axe needs script, so CSP is bypassed there): axe clean, no wider than the phone, ≤ 14 KB gzipped. */
async function checkPage(page: Page) {
  const url = page.url();
  const { context, page: checked } = await phonePage({ javaScriptEnabled: true, bypassCSP: true });
  await checked.goto(url);
  expect(await seriousAxeViolations(checked)).toEqual([]);
  expect(await checked.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await context.close();
  const path = new URL(url).pathname + new URL(url).search;
  const res = await f.respondent.request(`http://localhost${path}`);
  expect(gzipSync(Buffer.from(await res.arrayBuffer())).length).toBeLessThanOrEqual(PAGE_BUDGET_BYTES);
}

describe('a unit sends its essay from its link', () => {
  for (const javaScriptEnabled of [false, true]) {
    it(`sends, then changes it, ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, async () => {
      const key = javaScriptEnabled ? otherKey : unitKey;
      const { context, page } = await phonePage({ javaScriptEnabled });
      await page.goto(`${server.url}/u/${key}`);
      await checkPage(page);
      await page.tap(`a[href^="/u/${key}/essay-calls/${callId}"]`);
      await checkPage(page);
      await page.check('input[name="themeId"][value="urbanization"]');
      await page.fill('#f-title', '规划引领城市更新');
      await page.fill('#f-authors', '规划局理论学习小组');
      await page.fill('#f-text', '第一段。\n第二段。');
      await page.tap('button[type="submit"]');
      await page.waitForURL(/essay=saved/);
      expect(await page.textContent('[role="status"]')).toContain('文章已保存');
      await page.tap(`a[href^="/u/${key}/essay-calls/${callId}"]`);
      expect(await page.inputValue('#f-title')).toBe('规划引领城市更新');
      await page.fill('#f-title', '规划引领城市更新（修改稿）');
      await page.tap('button[type="submit"]');
      await page.waitForURL(/essay=saved/);
      expect(await page.textContent('#essays')).toBeTruthy();
      expect(await page.content()).toContain('第 2 版');
      await context.close();
    }, 90_000);
  }

  it('says on the form when a refused post comes back, beside the field', async () => {
    const res = await f.respondent.request(`http://localhost/u/${unitKey}/essay-calls/${callId}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://localhost' },
      body: new URLSearchParams({ themeId: 'urbanization', title: '', authors: '某人', text: '正文' }).toString(),
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('id="e-title" role="alert">请填写这一项。');
  });
});

describe('an expert reviews blind from their link', () => {
  beforeAll(() => f.clock.set('2026-03-11T02:00:00.000Z'));

  for (const javaScriptEnabled of [false, true]) {
    it(`reads an essay without its unit or authors and reviews it, ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, async () => {
      const { context, page } = await phonePage({ javaScriptEnabled });
      await page.goto(`${server.url}/e/${expertKey}`);
      await checkPage(page);
      const links = page.locator(`section[aria-labelledby="essays"] a[href*="/essay-calls/${callId}/essays/"]`);
      await links.nth(javaScriptEnabled ? 1 : 0).tap();
      await checkPage(page);
      const html = await page.content();
      for (const word of ['区规划和自然资源分局中心组', '区教育局中心组', '规划局理论学习小组', 'planning', 'education']) expect(html).not.toContain(word);
      await page.fill('#f-score', '88');
      await page.fill('#f-comment', '联系实际，层次清楚。');
      await page.tap('button[type="submit"]');
      await page.waitForURL(/reviewed=1/);
      expect(await page.textContent('[role="status"]')).toContain('点评已提交');
      expect(await page.content()).toContain('已点评：88 分');
      await checkPage(page);
      await context.close();
    }, 90_000);
  }
});
