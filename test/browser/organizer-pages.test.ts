// Every organizer page of the route table, in real Chromium with the demo district and a year of its
// lectures: on 320, 360 and 390 px phones (Chinese and English) one bar at most 64 px high and nothing
// wider than the screen, at 1280 px the menu on one line, axe clean throughout; the menu opens without
// JavaScript; the projector view fits 1024x768 and 1920x1080. The pages come from the route table (its
// GET page routes, path parameters filled from the demo data), so a new page is walked without editing this.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../functions/local/dispatch.js';
import { ORGANIZER_ROUTES, type RouteSpec } from '../../functions/organizer/route-table.js';
import { createAccount } from '../../shared/accounts/create-account.js';
import { seedDemoLectures } from '../../shared/demo/demo-lectures.js';
import { seedDemoStudyPlan } from '../../shared/demo/demo-study-plan.js';
import { DEMO_MENU_ID } from '../../shared/demo/seed-programme.js';
import { DEMO_FEEDBACK_FORM_ID, DEMO_NEEDS_SURVEY_ID, seedDemoDistrict } from '../../shared/demo/seed-demo.js';
import { launchBrowser, seriousAxeViolations } from '../support/browser.js';
import { jpegWithGps } from '../support/image-fixtures.js';
import { validFeedback, validNeeds } from '../support/demo-answers.js';
import { serveApp, type RunningServer } from '../support/http-server.js';
import { waitForExport } from '../integration/export-wait.js';
import { MENU_BODY, programmeFixture, type ProgrammeFixture } from '../integration/programme-fixture.js';

const PHONES = [320, 360, 390] as const;
const LANGS = ['zh', 'en'] as const;
const LIMITED = { email: 'street@district.cn', password: 'street-password-1' };

let f: ProgrammeFixture;
let server: RunningServer;
let browser: Browser;
/** Every GET page of the route table with its path parameters filled in, and a few views of the same pages. */
let pages: string[] = [];
let lectureId = '';

const withLang = (path: string, lang: 'zh' | 'en') => `${path}${path.includes('?') ? '&' : '?'}lang=${lang}`;

beforeAll(async () => {
  f = await programmeFixture();
  await seedDemoDistrict({ ...f.table.store, clock: f.clock });
  await seedDemoLectures({ ...f.table.store, clock: f.clock });
  await seedDemoStudyPlan({ ...f.table.store, clock: f.clock, timeZone: 'Asia/Shanghai' });
  for (const [i, unit] of ['education', 'health', 'dongfeng-st', 'dev-zone', 'commerce'].entries()) {
    await f.submit(DEMO_NEEDS_SURVEY_ID, { answers: { ...validNeeds(unit), suggestions: `第 ${i + 1} 份建议：希望多讲本地案例` } });
  }
  await f.submit(DEMO_FEEDBACK_FORM_ID, { answers: validFeedback() });
  const token = f.token;
  const responses = (await (await f.api('GET', `/api/surveys/${DEMO_NEEDS_SURVEY_ID}/responses`, { token })).json()) as { responses: { responseId: string }[] };
  const exportId = ((await (await f.api('POST', `/api/surveys/${DEMO_NEEDS_SURVEY_ID}/exports`, { token, body: {} })).json()) as { exportId: string }).exportId;
  await waitForExport(f, token, exportId);
  const draftMenu = ((await (await f.api('POST', '/api/menus', { token, body: MENU_BODY })).json()) as { menuId: string }).menuId;
  const draftSurvey = ((await (await f.api('POST', '/api/surveys', { token, body: { template: 'needs', title: '草稿问卷' } })).json()) as { survey: { id: string } }).survey.id;
  const ledger = (await (await f.api('GET', '/api/lectures?from=2025-01-01&to=2026-12-31', { token })).json()) as { lectures: { id: string; status: string; feedback: number }[] };
  lectureId = ledger.lectures.find((l) => l.status === 'delivered' && l.feedback > 0)!.id;
  const plan = (await (await f.api('GET', '/api/study-plan', { token })).json()) as { months: { sessions: { id: string }[] }[] };
  // 基层论谈: an open essay call with one unit's essay and an exchange meeting from it.
  const callId = ((await (await f.api('POST', '/api/essay-calls', { token, body: { title: '2026 年基层论谈征文', themeIds: ['party-cause'], deadline: '2026-03-20T18:00', rules: '每个单位一篇。' } })).json()) as { call: { callId: string } }).call.callId;
  await f.api('POST', `/api/essay-calls/${callId}/open`, { token });
  const essayKey = (await f.issueKey('health')).key;
  const essayId = ((await (await f.pub('PUT', `/api/public/units/${essayKey}/essay-calls/${callId}/essay`, { themeId: 'party-cause', title: '学思践悟', authors: '李卫健', text: '正文。' })).json()) as { essayId: string }).essayId;
  const eventId = ((await (await f.api('POST', `/api/essay-calls/${callId}/meetings`, { token, body: { themeId: 'party-cause', frontId: 'social', startsAt: '2026-04-02T14:00', durationMinutes: 120, place: '区委党校报告厅', essayIds: [essayId], expertIds: ['e-wang'] } })).json()) as { eventId: string }).eventId;
  const values: Record<string, string> = {
    surveyId: DEMO_NEEDS_SURVEY_ID,
    responseId: responses.responses[0]!.responseId,
    exportId,
    file: `responses-${DEMO_NEEDS_SURVEY_ID}-${exportId}.csv`,
    lectureId,
    menuId: DEMO_MENU_ID,
    section: 'experts',
    id: 'e-wang',
    action: 'close',
    personId: 'p-demo-m1',
    sessionId: plan.months.flatMap((m) => m.sessions)[0]!.id,
    briefingId: ((await (await f.api('POST', '/api/briefings', { token, body: { title: '区委理论学习中心组集体学习', date: '2026-12-06', text: '第一段。\n第二段。', eventId: lectureId } })).json()) as { briefing: { briefingId: string } }).briefing.briefingId,
    callId,
    eventId,
  };
  // A photo in the delivered lecture's record: its page and the year's record show it.
  const ticket = (await (await f.api('POST', `/api/lectures/${lectureId}/record/uploads`, { token, body: { kind: 'photo' } })).json()) as { upload: { url: string }; confirmUrl: string };
  await f.app.request(`http://localhost${ticket.upload.url}`, { method: 'PUT', headers: { authorization: `Bearer ${token}` }, body: new Uint8Array(jpegWithGps(1)) });
  expect((await f.api('POST', ticket.confirmUrl, { token, body: { kind: 'photo', name: '现场.jpg' } })).status).toBe(201);
  const fromTable = (ORGANIZER_ROUTES as readonly RouteSpec[])
    // Where S3 sends a browser back after an upload: a step that checks an upload, not a page to open.
    .filter((r) => r.page && r.method === 'GET' && !r.path.endsWith('/record/confirm'))
    .map((r) =>
      r.path.replace(/:(\w+)/g, (_, name: string) => {
        if (!(name in values)) throw new Error(`No demo value for :${name} (${r.path}): add one to this test`);
        return values[name]!;
      }),
    );
  // Pages only: a route that answers with a file (the definition's JSON, an export's CSV) is not one.
  const isPage = async (path: string) => {
    const res = await f.app.request(`http://localhost${path}`, { headers: { authorization: `Bearer ${token}` } });
    // A redirect (the site root) leads to a page the browser follows.
    return (res.status >= 300 && res.status < 400) || (res.headers.get('content-type') ?? '').startsWith('text/html');
  };
  const files = new Set<string>();
  for (const path of fromTable) if (!(await isPage(path))) files.add(path);
  expect([...files].map((path) => path.replace(exportId, ':exportId'))).toEqual([`/admin/surveys/${DEMO_NEEDS_SURVEY_ID}/definition.json`, `/admin/exports/responses-${DEMO_NEEDS_SURVEY_ID}-:exportId.csv`]);
  pages = [
    ...fromTable.filter((path) => !files.has(path)),
    `/admin/menus/${draftMenu}`,
    `/admin/surveys/${draftSurvey}`,
    `/admin/surveys/${DEMO_FEEDBACK_FORM_ID}/report`,
    '/admin/lectures?view=calendar',
    '/admin/scorecards?by=topic',
    '/admin/catalogue/units/education',
    '/admin/year?year=2025',
  ];
  await createAccount({ accounts: f.table.store.accounts, clock: f.clock }, { ...LIMITED, role: 'organizer' });
  expect((await f.api('PUT', `/api/accounts/${LIMITED.email}/fronts`, { token, body: { fronts: ['street'] } })).status).toBe(200);
  server = await serveApp({ fetch: dispatch(f.respondent, f.app) });
  browser = await launchBrowser();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await f?.table.drop();
});

async function signedIn(viewport: { width: number; height: number }, lang: 'zh' | 'en', options: { token?: string; javaScriptEnabled?: boolean } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport,
    ...(viewport.width < 600 ? { hasTouch: true, isMobile: true } : {}),
    locale: lang === 'en' ? 'en-GB' : 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    bypassCSP: true,
    ...(options.javaScriptEnabled === false ? { javaScriptEnabled: false } : {}),
    extraHTTPHeaders: { authorization: `Bearer ${options.token ?? f.token}` },
  });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  return { context, page };
}

/** Opens a page in the language asked for. */
async function open(page: Page, path: string, lang: 'zh' | 'en'): Promise<void> {
  const res = await page.goto(`${server.url}${withLang(path, lang)}`);
  expect(res?.status(), path).toBeLessThan(400);
}

/** How the page sits in its window: the bar's height, the page's width, and the desk menu's lines. */
function measure(page: Page) {
  return page.evaluate(() => {
    const bar = document.querySelector('header.bar');
    const desk = [...document.querySelectorAll('header.bar nav.desk > *')].filter((el) => el.getBoundingClientRect().height > 0);
    return {
      bar: bar ? bar.getBoundingClientRect().height : 0,
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth,
      navLines: new Set(desk.map((el) => Math.round(el.getBoundingClientRect().top))).size,
      deskShown: desk.length > 0,
    };
  });
}

describe('every organizer page', () => {
  it('walks the route table’s pages', () => {
    expect(pages).toContain('/admin');
    expect(pages).toContain('/admin/surveys');
    expect(pages).toContain(`/admin/lectures/${lectureId}/screen`);
    expect(pages.length).toBeGreaterThan(30);
  });

  for (const width of PHONES) {
    for (const lang of LANGS) {
      it(`at ${width} px in ${lang === 'zh' ? 'Chinese' : 'English'}: one bar ≤ 64 px, nothing wider than the phone, axe clean`, async () => {
        const { context, page } = await signedIn({ width, height: 740 }, lang);
        const problems: string[] = [];
        for (const path of pages) {
          await open(page, path, lang);
          const m = await measure(page);
          if (m.bar > 64) problems.push(`${path}: bar ${m.bar} px`);
          if (m.scrollWidth > m.innerWidth) problems.push(`${path}: ${m.scrollWidth} px wide`);
          if (m.deskShown) problems.push(`${path}: the desk menu shows on a phone`);
          // axe once per page and language on the phone (the layout is the same at the other widths).
          if (width === 360) for (const v of await seriousAxeViolations(page)) problems.push(`${path}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        }
        await context.close();
        expect(problems).toEqual([]);
      }, 600_000);
    }
  }

  for (const lang of LANGS) {
    it(`at 1280 px in ${lang === 'zh' ? 'Chinese' : 'English'}: the menu on one line, nothing wider than the window, axe clean`, async () => {
      const { context, page } = await signedIn({ width: 1280, height: 900 }, lang);
      const problems: string[] = [];
      for (const path of pages) {
        await open(page, path, lang);
        const m = await measure(page);
        const bare = await page.locator('body.bare').count();
        if (!bare && path !== '/admin/login' && !path.endsWith('/preview') && (!m.deskShown || m.navLines !== 1)) problems.push(`${path}: menu on ${m.navLines} lines`);
        if (m.bar > 64) problems.push(`${path}: bar ${m.bar} px`);
        if (m.scrollWidth > m.innerWidth) problems.push(`${path}: ${m.scrollWidth} px wide`);
        for (const v of await seriousAxeViolations(page)) problems.push(`${path}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      }
      await context.close();
      expect(problems).toEqual([]);
    }, 600_000);
  }

  it('opens the phone menu without JavaScript, and a front-limited account’s home and cut pages fit the phone', async () => {
    const { context, page } = await signedIn({ width: 320, height: 640 }, 'zh', { javaScriptEnabled: false });
    await page.goto(`${server.url}/admin`);
    const link = page.locator('details.phone nav a[href="/admin/lectures"]');
    expect(await link.isVisible()).toBe(false);
    await page.tap('details.phone > summary');
    expect(await link.isVisible()).toBe(true);
    expect(await page.locator('header.bar').evaluate((el) => el.getBoundingClientRect().height)).toBeLessThanOrEqual(64);
    await link.tap();
    await page.waitForURL(/\/admin\/lectures$/);
    await context.close();

    const limited = await f.login(LIMITED);
    const phone = await signedIn({ width: 320, height: 640 }, 'zh', { token: limited });
    await phone.page.goto(`${server.url}/admin`);
    expect(await phone.page.textContent('[data-fronts]')).toContain('街道战线');
    for (const path of ['/admin', '/admin/lectures', '/admin/units', `/admin/surveys/${DEMO_NEEDS_SURVEY_ID}/report`]) {
      await phone.page.goto(`${server.url}${path}`);
      const m = await measure(phone.page);
      expect(m.scrollWidth, path).toBeLessThanOrEqual(m.innerWidth);
      expect(await seriousAxeViolations(phone.page), path).toEqual([]);
    }
    await phone.context.close();
  }, 180_000);

  it('shows the status boards with the units’ contacts and, after 催办, each unit’s message to copy, at 390x844: tel: links, nothing wider than the phone, axe clean', async () => {
    // Every unit gets a contact (through the catalogue API), so each board's silent units show theirs.
    const { units } = (await (await f.api('GET', '/api/catalogue', { token: f.token })).json()) as { units: { id: string }[] };
    for (const [i, unit] of units.entries()) {
      const put = await f.api('PUT', `/api/catalogue/units/${unit.id}`, { token: f.token, body: { ...unit, contactName: `王老师${i}`, contactPhone: `022-2437 ${1200 + i}` } });
      expect(put.status, await put.clone().text()).toBe(200);
    }
    const { context, page } = await signedIn({ width: 390, height: 844 }, 'zh');
    for (const [board, confirmTo] of [
      [`/admin/surveys/${DEMO_NEEDS_SURVEY_ID}/status`, `/admin/surveys/${DEMO_NEEDS_SURVEY_ID}/reminders`],
      [`/admin/menus/${DEMO_MENU_ID}`, `/admin/menus/${DEMO_MENU_ID}/reminders`],
    ] as const) {
      await page.goto(`${server.url}${board}`);
      expect(await page.locator('a[href^="tel:0222437"]').count(), board).toBeGreaterThan(0);
      await page.locator('#remind form button[type=submit]').click();
      // Asked first: nothing is sent until the confirmation.
      await page.waitForURL(`${server.url}${confirmTo}`);
      await page.locator('button[type=submit]', { hasText: '确认催办' }).click();
      await page.locator('textarea#reminder-0').waitFor();
      expect(await page.locator('.reminder-msg textarea').count(), board).toBeGreaterThan(0);
      expect(await page.inputValue('textarea#reminder-0')).toMatch(/\/u\/[A-Za-z0-9_-]{22,}/);
      // With JavaScript the copy button shows; the text box is selectable either way.
      expect(await page.locator('button[data-copy="reminder-0"]').isVisible(), board).toBe(true);
      const m = await measure(page);
      expect(m.bar, board).toBeLessThanOrEqual(64);
      expect(m.scrollWidth, board).toBeLessThanOrEqual(m.innerWidth);
      expect(await seriousAxeViolations(page), board).toEqual([]);
      const shots = process.env.DIANCAI_SCREENSHOTS;
      if (shots) {
        const name = board.includes('menus') ? 'menu' : 'survey';
        await page.locator('#remind').scrollIntoViewIfNeeded();
        await page.screenshot({ path: `${shots}/reminders-${name}-390.png` });
        await page.setViewportSize({ width: 1280, height: 900 });
        await page.locator('#remind').scrollIntoViewIfNeeded();
        await page.screenshot({ path: `${shots}/reminders-${name}-1280.png` });
        await page.setViewportSize({ width: 390, height: 844 });
      }
    }
    await context.close();
  }, 180_000);

  for (const viewport of [
    { width: 1024, height: 768 },
    { width: 1920, height: 1080 },
  ]) {
    it(`shows the projector view at ${viewport.width}x${viewport.height}: no menu or account, the QR code and link inside the screen`, async () => {
      const { context, page } = await signedIn(viewport, 'zh');
      await page.goto(`${server.url}/admin/lectures/${lectureId}/screen`);
      expect(await page.locator('header').count()).toBe(0);
      expect(await page.textContent('body')).not.toContain('admin@district.cn');
      const box = (selector: string) => page.locator(selector).evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
      const codes = ['[data-code=sign-in]', '[data-code=feedback]'];
      for (const selector of ['.screen h1', ...codes.flatMap((code) => [`${code} .bigqr svg`, `${code} .share-url`, `${code} .scan`])]) {
        const r = await box(selector);
        expect(r.left, selector).toBeGreaterThanOrEqual(0);
        expect(r.top, selector).toBeGreaterThanOrEqual(0);
        expect(r.right, selector).toBeLessThanOrEqual(viewport.width);
        expect(r.bottom, selector).toBeLessThanOrEqual(viewport.height);
      }
      // Large enough to scan from the back of a hall: at least a third of the screen's height.
      // Both codes (sign-in as people arrive, feedback at the end), side by side.
      for (const code of codes) expect((await box(`${code} .bigqr svg`)).height).toBeGreaterThan(viewport.height / 3);
      expect(await page.evaluate(() => document.documentElement.scrollHeight <= innerHeight)).toBe(true);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await context.close();
    }, 120_000);
  }
});
