// The study plan's organizer pages in real Chromium at 390x844 (and 1280x900): the plan with its flagged
// month, people, a session with its sign-in QR code, the A4 print view; one bar ≤ 64 px, nothing wider
// than the phone, axe clean, with JavaScript and without. A session is planned through the plain form
// (a refused field shown beside it first), and an attendee signs in on a phone against the list.
import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../functions/local/dispatch.js';
import { seedDemoStudyPlan } from '../../shared/demo/demo-study-plan.js';
import { launchBrowser, phone, seriousAxeViolations } from '../support/browser.js';
import { serveApp, type RunningServer } from '../support/http-server.js';
import { programmeFixture, type ProgrammeFixture } from '../integration/programme-fixture.js';

const SHOTS = process.env.SHOTS_DIR;

let f: ProgrammeFixture;
let server: RunningServer;
let browser: Browser;
let sessionId = '';
let pages: string[] = [];

beforeAll(async () => {
  f = await programmeFixture();
  f.clock.set('2026-03-20T02:00:00.000Z');
  f.token = await f.login({ email: 'admin@district.cn', password: 'admin-password-1' });
  await seedDemoStudyPlan({ ...f.table.store, clock: f.clock, timeZone: 'Asia/Shanghai' });
  const plan = (await (await f.api('GET', '/api/study-plan?year=2026', { token: f.token })).json()) as { months: { sessions: { id: string; status: string }[] }[] };
  sessionId = plan.months.flatMap((m) => m.sessions).find((s) => s.status === 'delivered')!.id;
  const scheduled = plan.months.flatMap((m) => m.sessions).find((s) => s.status === 'scheduled')!.id;
  // A held session (sign-ins, record) and a scheduled one (its change form).
  pages = ['/admin/study-plan?year=2026', '/admin/study-plan/print?year=2026', '/admin/people', '/admin/people/p-demo-m1', `/admin/study-sessions/${sessionId}`, `/admin/study-sessions/${scheduled}`];
  server = await serveApp({ fetch: dispatch(f.respondent, f.app) });
  browser = await launchBrowser();
  if (SHOTS) mkdirSync(SHOTS, { recursive: true });
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await f?.table.drop();
});

async function signedIn(viewport: { width: number; height: number }, javaScriptEnabled = true): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    ...(viewport.width < 600 ? phone : { locale: 'zh-CN', timezoneId: 'Asia/Shanghai' }),
    viewport,
    bypassCSP: true,
    javaScriptEnabled,
    extraHTTPHeaders: { authorization: `Bearer ${f.token}` },
  });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  return { context, page };
}

const measure = (page: Page) =>
  page.evaluate(() => ({ bar: document.querySelector('header.bar')?.getBoundingClientRect().height ?? 0, scrollWidth: document.documentElement.scrollWidth, innerWidth }));

describe('the study plan’s pages', () => {
  for (const [width, height, js] of [
    [390, 844, true],
    [390, 844, false],
    [1280, 900, true],
  ] as const) {
    it(`at ${width} px${js ? '' : ' without JavaScript'}: one bar ≤ 64 px, nothing wider than the window, axe clean, no codes or UTC`, async () => {
      const { context, page } = await signedIn({ width, height }, js);
      const problems: string[] = [];
      for (const path of pages) {
        const res = await page.goto(`${server.url}${path}`);
        expect(res?.status(), path).toBe(200);
        const m = await measure(page);
        if (m.bar > 64) problems.push(`${path}: bar ${m.bar} px`);
        if (m.scrollWidth > m.innerWidth) problems.push(`${path}: ${m.scrollWidth} px wide`);
        const text = (await page.locator('body').innerText()).replace(/https?:\/\/\S+/g, ' ');
        if (/UTC|Asia\/Shanghai|p-demo|study-session|[0-9a-f]{8}-[0-9a-f]{4}-/.test(text)) problems.push(`${path}: a code on the page`);
        if (js) for (const v of await seriousAxeViolations(page)) problems.push(`${path}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        if (SHOTS && js) await page.screenshot({ path: `${SHOTS}/${width}-${path.replace(/[^a-z0-9]+/gi, '_').slice(0, 60)}.png`, fullPage: true });
      }
      await context.close();
      expect(problems).toEqual([]);
    }, 300_000);
  }

  it('shows the month without a collective study flagged, and the months over without one held', async () => {
    const { context, page } = await signedIn({ width: 390, height: 844 });
    await page.goto(`${server.url}/admin/study-plan?year=2026`);
    expect(await page.locator('tr[data-month="8"] .flag').innerText()).toContain('本月没有安排集体学习');
    expect(await page.locator('tr.flagged').count()).toBe(1);
    await context.close();
  }, 120_000);

  it('plans a session through the form without JavaScript: a missing place is refused beside its field, the input kept', async () => {
    const { context, page } = await signedIn({ width: 390, height: 844 }, false);
    await page.goto(`${server.url}/admin/study-plan?year=2026`);
    await page.selectOption('#f-themeId', 'livelihood');
    await page.selectOption('#f-form', '交流研讨');
    await page.fill('#f-startsAt', '2026-08-20T15:00');
    await page.fill('#f-leaderName', '吴海峰');
    await page.fill('#f-leaderPost', '区长');
    await page.locator('#f-place').evaluate((el) => el.removeAttribute('required'));
    await page.click('form[action="/admin/study-sessions"] button[type=submit]');
    expect(await page.locator('#e-place').innerText()).toBe('请填写此项。');
    expect(await page.inputValue('#f-leaderName')).toBe('吴海峰');
    await page.fill('#f-place', '区委常委会议室');
    await Promise.all([page.waitForURL(/\/admin\/study-sessions\/[^/?]+\?scheduled=1$/), page.click('form[action="/admin/study-sessions"] button[type=submit]')]);
    expect(await page.locator('h1').innerText()).toBe('民计民生');
    expect(await page.locator('.bigqr svg').count()).toBe(1);
    await page.goto(`${server.url}/admin/study-plan?year=2026`);
    expect(await page.locator('tr.flagged').count()).toBe(0);
    await context.close();
  }, 120_000);

  it('signs in a listed attendee on a phone without JavaScript, and refuses a stranger when the district says so', async () => {
    const plan = (await (await f.api('GET', '/api/study-plan?year=2026', { token: f.token })).json()) as { months: { month: number; sessions: { id: string }[] }[] };
    const april = plan.months.find((m) => m.month === 4)!.sessions[0]!.id;
    f.clock.set('2026-04-18T00:30:00.000Z');
    await f.table.store.signInSettings.put({ ask: 'nothing', unlisted: 'refuse' });
    const context = await browser.newContext({ ...phone, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/sign-in/${april}`);
    expect(await seriousAxeViolations(page).catch(() => [])).toEqual([]);
    await page.fill('#f-name', '周建国');
    await page.locator('input[name=unitId][value=""]').check();
    await page.fill('input[name=unitName]', '区委');
    await Promise.all([page.waitForURL(/\/done/), page.click('button[type=submit]')]);
    expect(await page.locator('body').innerText()).toContain('签到成功');
    await context.close();

    const stranger = await browser.newContext({ ...phone, javaScriptEnabled: false });
    const other = await stranger.newPage();
    await other.goto(`${server.url}/sign-in/${april}`);
    await other.fill('#f-name', '路人甲');
    await other.locator('input[name=unitId][value=""]').check();
    await other.fill('input[name=unitName]', '某单位');
    await other.click('button[type=submit]');
    expect(await other.locator('body').innerText()).toContain('不在本次学习的参学人员名单中');
    await stranger.close();
  }, 120_000);
});
