// An exchange meeting's page on a phone (390×844) in real Chromium: changed through its form, then
// cancelled and (another) marked held, each of those two only after a confirmation page; every page and
// confirmation page axe clean, no wider than the phone, its buttons at least 44 px high.
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
let callId: string;
const essayIds: string[] = [];

async function schedule(startsAt: string): Promise<string> {
  const created = await f.api('POST', `/api/essay-calls/${callId}/meetings`, { token: f.token, body: { themeId: 'party-cause', frontId: 'social', startsAt, durationMinutes: 120, place: '区委党校报告厅', essayIds: [essayIds[0]], expertIds: ['e-wang'] } });
  expect(created.status).toBe(201);
  return ((await created.json()) as { eventId: string }).eventId;
}

beforeAll(async () => {
  f = await programmeFixture();
  const token = f.token;
  callId = ((await (await f.api('POST', '/api/essay-calls', { token, body: { title: '2026 年基层论谈征文', themeIds: ['party-cause'], deadline: '2026-03-20T18:00' } })).json()) as { call: { callId: string } }).call.callId;
  await f.api('POST', `/api/essay-calls/${callId}/open`, { token });
  for (const unit of ['health', 'education']) {
    const key = (await f.issueKey(unit)).key;
    essayIds.push(((await (await f.pub('PUT', `/api/public/units/${key}/essay-calls/${callId}/essay`, { themeId: 'party-cause', title: `${unit} 学思践悟`, authors: '李卫健', text: '正文。' })).json()) as { essayId: string }).essayId);
  }
  server = await serveApp({ fetch: dispatch(f.respondent, f.app) });
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await f?.table.drop();
});

/** A session made now: the tests move the clock past the fixture's own session. */
async function signedIn(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ ...phone, bypassCSP: true, extraHTTPHeaders: { authorization: `Bearer ${await f.login(ADMIN)}` } });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  return { context, page };
}

/** Axe clean, no wider than the phone, every visible button and field at least 44 px high (the confirmation pages' too). */
async function checkPage(page: Page, shot?: string) {
  expect(await seriousAxeViolations(page)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  if (shot) await page.screenshot({ path: shot, fullPage: true });
  const small = await page.evaluate(() =>
    [...document.querySelectorAll('main button, main input:not([type=hidden]):not([type=checkbox]), main select')]
      .map((el) => ({ name: el.getAttribute('name') ?? el.textContent ?? '', height: el.getBoundingClientRect().height }))
      .filter((b) => b.height > 0 && b.height < 44),
  );
  expect(small).toEqual([]);
}

describe('an exchange meeting changed, cancelled and held from its page', () => {
  it('changes the place, then cancels after a confirmation page', async () => {
    const eventId = await schedule('2026-04-02T14:00');
    const { context, page } = await signedIn();
    await page.goto(`${server.url}/admin/exchange-meetings/${eventId}`);
    await checkPage(page, '/tmp/hmeet-meeting-page.png');
    expect(await page.textContent('main dl.facts')).toContain('待举行');
    await page.fill('#mc-place', '区文化馆多功能厅');
    await page.check(`input[name="essayIds"][value="${essayIds[1]}"]`);
    await page.tap('#change ~ form button[type="submit"]');
    await page.waitForURL(/done=saved/);
    expect(await page.textContent('[role="status"]')).toContain('交流会已修改');
    expect(await page.textContent('main dl.facts')).toContain('区文化馆多功能厅');
    expect(await page.textContent('main ol')).toContain('education 学思践悟');

    await page.fill('#mx-reason', '与区委全会时间冲突');
    await page.tap('#cancel ~ form button[type="submit"]');
    await page.waitForSelector('text=确认取消交流会');
    await checkPage(page, '/tmp/hmeet-meeting-cancel-confirm.png');
    expect(await f.table.store.exchangeMeetings.get(eventId)).toMatchObject({ status: 'scheduled' });
    await page.tap('main form button[type="submit"]');
    await page.waitForURL(/done=cancelled/);
    expect(await page.textContent('main dl.facts')).toContain('已取消（与区委全会时间冲突）');
    // A cancelled meeting offers no change, held or cancel form.
    expect(await page.locator('#mc-place, #mh-attendance, #mx-reason').count()).toBe(0);
    await checkPage(page);
    await context.close();
  });

  it('marks a started meeting held with its head count after a confirmation page', async () => {
    const eventId = await schedule('2026-03-02T09:00');
    f.clock.set('2026-03-02T02:00:00.000Z'); // 10:00 district time: it has started
    const { context, page } = await signedIn();
    await page.goto(`${server.url}/admin/exchange-meetings/${eventId}`);
    await page.fill('#mh-attendance', '56');
    await page.tap('#held ~ form button[type="submit"]');
    await page.waitForSelector('text=确认交流会已举行');
    await checkPage(page, '/tmp/hmeet-meeting-held-confirm.png');
    await page.tap('main form button[type="submit"]');
    await page.waitForURL(/done=held/);
    const facts = await page.textContent('main dl.facts');
    expect(facts).toContain('已举行');
    expect(facts).toContain('56');
    // Held: the head count can be corrected, the meeting no longer changed or cancelled.
    expect(await page.locator('#mh-attendance').count()).toBe(1);
    expect(await page.locator('#mc-place, #mx-reason').count()).toBe(0);
    await checkPage(page, '/tmp/hmeet-meeting-held.png');
    await context.close();
  });
});
