// The 催办反馈 panel of a lecture's page in real Chromium at 390x844, with and without JavaScript:
// asked first, then each host unit's message in a text box; the 复制 button shows only where the
// page's script runs (under the page's own CSP) and copies the message; 44 px targets, nothing wider
// than the phone, axe clean.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../functions/local/dispatch.js';
import { launchBrowser, phone, seriousAxeViolations } from '../support/browser.js';
import { serveApp, type RunningServer } from '../support/http-server.js';
import { ADMIN } from '../integration/organizer-fixture.js';
import { programmeFixture, type ProgrammeFixture } from '../integration/programme-fixture.js';

let f: ProgrammeFixture;
let server: RunningServer;
let browser: Browser;
let token: string;
/** One lecture per run (a second run within the gap would have no message to show). */
const lectures: Record<'on' | 'off', string> = { on: '', off: '' };

beforeAll(async () => {
  f = await programmeFixture();
  const schedule = async (expertId: string, unitIds: string[]) => {
    const res = await f.api('POST', '/api/lectures', { token: f.token, body: { topicId: 't-party-history', expertId, unitIds, startsAt: '2026-03-05T09:00', durationMinutes: 90, place: '东风街道党群服务中心' } });
    expect(res.status, await res.clone().text()).toBe(201);
    return ((await res.json()) as { lectureId: string }).lectureId;
  };
  lectures.on = await schedule('e-wang', ['dongfeng-st', 'xinli-st']);
  lectures.off = await schedule('e-zhang', ['education', 'health']);
  // The lectures are over; their feedback windows are open and nothing has come in.
  f.clock.set('2026-03-05T06:00:00.000Z');
  token = await f.login(ADMIN);
  server = await serveApp({ fetch: dispatch(f.respondent, f.app) });
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await f?.table.drop();
});

async function phonePage(options: { javaScriptEnabled: boolean; bypassCSP?: boolean }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ ...phone, ...options, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
  if (options.javaScriptEnabled) await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  return { context, page };
}

const height = async (page: Page, selector: string) => (await page.locator(selector).boundingBox())?.height ?? 0;

describe('催办反馈 on the lecture page', () => {
  for (const js of ['on', 'off'] as const) {
    it(`asks first, then shows each host unit's message to copy, JavaScript ${js}`, async () => {
      const lectureId = lectures[js];
      const { context, page } = await phonePage({ javaScriptEnabled: js === 'on' });
      await page.goto(`${server.url}/admin/lectures/${lectureId}`);
      expect(await page.textContent('#remind-h')).toBe('催办反馈');
      expect(await height(page, '#remind form button[type=submit]')).toBeGreaterThanOrEqual(44);
      await page.locator('#remind form button[type=submit]').click();
      await page.waitForURL(`${server.url}/admin/lectures/${lectureId}/reminders`);
      await page.locator('button[type=submit]', { hasText: '确认催办' }).click();
      await page.locator('textarea#reminder-1').waitFor();
      expect(await page.textContent('#remind [role=status]')).toContain('本次催办 2 个单位');
      const text = await page.inputValue('textarea#reminder-0');
      expect(text).toMatch(new RegExp(`/u/[A-Za-z0-9_-]{22,}#lecture-${lectureId}`));
      expect(text).not.toContain('/f/');
      const copy = page.locator('button[data-copy="reminder-0"]');
      if (js === 'on') {
        // The page's own script (hashed into its CSP) shows the button, and it copies the message.
        expect(await copy.isVisible()).toBe(true);
        expect(await height(page, 'button[data-copy="reminder-0"]')).toBeGreaterThanOrEqual(44);
        await copy.click();
        await expect.poll(() => copy.textContent()).toBe('已复制');
        expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
      } else {
        // Without script a button that does nothing is not shown; the text box is there to select.
        expect(await copy.isVisible()).toBe(false);
        expect(await page.locator('textarea#reminder-0').isVisible()).toBe(true);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      const shots = process.env.DIANCAI_SCREENSHOTS;
      if (shots) {
        await page.locator('#remind').scrollIntoViewIfNeeded();
        await page.screenshot({ path: `${shots}/lecture-reminders-js-${js}-390.png` });
      }
      // axe needs script: the same page, as shown, in a phone that lets it in.
      const html = await page.content();
      await context.close();
      const checked = await phonePage({ javaScriptEnabled: true, bypassCSP: true });
      await checked.page.goto(`${server.url}/admin/lectures/${lectureId}`);
      await checked.page.setContent(html);
      expect(await seriousAxeViolations(checked.page)).toEqual([]);
      await checked.context.close();
    }, 120_000);
  }
});
