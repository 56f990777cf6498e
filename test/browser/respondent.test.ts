// A respondent on a phone, in real Chromium: with JavaScript, without it, and offline.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_NEEDS_SURVEY_ID, seedDemoDistrict } from '../../shared/demo/seed-demo.js';
import { systemClock } from '../../shared/kernel/clock.js';
import { launchBrowser, phone, seriousAxeViolations } from '../support/browser.js';
import { createTestTable, type TestTable } from '../support/dynamo-table.js';
import { serveApp, type RunningServer } from '../support/http-server.js';
import { allResponses, respondentAppFor } from '../support/respondent-app.js';

const SURVEY = `/s/${DEMO_NEEDS_SURVEY_ID}`;

/** Answers the seeded needs survey by touch: unit, role, top-3 topics, format, manner, time, speaker. */
async function fillNeedsSurvey(page: Page, note = '希望多安排案例教学') {
  await page.selectOption('#q0-in', 'education');
  await page.tap('label[for="q1-o1"]');
  await page.selectOption('#q2-r1', 't-digital');
  await page.selectOption('#q2-r2', 't-party-history');
  await page.selectOption('#q2-r3', 't-elderly-care');
  await page.tap('label[for="q4-o0"]');
  await page.tap('label[for="q4-o2"]');
  await page.tap('label[for="q5-o2"]');
  await page.tap('label[for="q7-o4"]');
  await page.tap('label[for="q9-o1"]');
  await page.fill('#q12-in', note);
}

const EXPECTED_ANSWERS = {
  unit: 'education',
  role: 'cadre',
  topics: ['t-digital', 't-party-history', 't-elderly-care'],
  format: ['lecture', 'site-visit'],
  manner: 'at-unit',
  slots: ['tue-pm'],
  'speaker-kind': 'scholar',
  suggestions: '希望多安排案例教学',
};

describe('respondent in a phone browser', () => {
  let browser: Browser;
  let table: TestTable;
  let server: RunningServer;
  let context: BrowserContext;

  beforeAll(async () => {
    table = await createTestTable();
    await seedDemoDistrict({ ...table.store, clock: systemClock });
    server = await serveApp(respondentAppFor(table.store));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await table?.drop();
  });
  beforeEach(async () => {
    await context?.close();
  });

  async function newPage(options: { javaScriptEnabled?: boolean; bypassCSP?: boolean } = {}) {
    context = await browser.newContext({ ...phone, ...options });
    const page = await context.newPage();
    const foreignRequests: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(server.url) && !request.url().startsWith('data:')) foreignRequests.push(request.url());
    });
    return { page, foreignRequests };
  }

  /**
   * Takes the phone off the network. Chromium's offline emulation alone can let a request that
   * was already on its way reach the server, so submissions are also cut at the browser.
   */
  async function goOffline() {
    await context.route(/\/s\/[^/?]+(\?.*)?$/, (route) => (route.request().method() === 'POST' ? route.abort('internetdisconnected') : route.fallback()));
    await context.setOffline(true);
  }
  async function goOnline() {
    await context.unrouteAll();
    await context.setOffline(false);
  }

  it('fills the needs survey by touch, submits, and sees the thank-you page', async () => {
    const { page, foreignRequests } = await newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url + SURVEY);
    await fillNeedsSurvey(page);
    await page.tap('#send');
    await page.waitForURL(/\/done\?/);
    expect(await page.textContent('h1')).toBe('提交成功，谢谢您的参与！');
    const stored = (await allResponses(table.store, DEMO_NEEDS_SURVEY_ID)).filter((r) => r.answers.suggestions === EXPECTED_ANSWERS.suggestions);
    expect(stored.map((r) => r.answers)).toEqual([EXPECTED_ANSWERS]);
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  it('checks answers inline and moves to the first question that needs attention', async () => {
    const { page } = await newPage();
    await page.goto(server.url + SURVEY);
    await page.selectOption('#q2-r1', 't-digital');
    await page.selectOption('#q2-r2', 't-digital');
    await expect.poll(() => page.textContent('#q2-err')).toBe('同一选项只能选一次。');
    await page.tap('#send');
    expect(await page.textContent('#note')).toMatch(/^有 \d+ 道题需要修改/);
    expect(await page.textContent('#q0-err')).toBe('此题必答，请作答。');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q0-in');
    expect(page.url()).toContain(SURVEY);
  });

  it('keeps a draft across a reload and submits it with the same submission id', async () => {
    const { page } = await newPage();
    await page.goto(server.url + SURVEY);
    const firstId = await page.inputValue('input[name=submissionId]');
    await fillNeedsSurvey(page, '草稿保留测试');
    await page.waitForTimeout(400);
    await page.reload();
    expect(await page.textContent('#note')).toBe('已恢复上次未提交的填写内容。');
    expect(await page.inputValue('#q12-in')).toBe('草稿保留测试');
    expect(await page.inputValue('#q2-r2')).toBe('t-party-history');
    expect(await page.isChecked('#q7-o4')).toBe(true);
    expect(await page.inputValue('input[name=submissionId]')).toBe(firstId);
    await page.tap('#send');
    await page.waitForURL(/\/done\?/);
    expect(await table.store.responses.findBySubmission(DEMO_NEEDS_SURVEY_ID, firstId)).toMatchObject({ answers: { suggestions: '草稿保留测试' } });
  });

  it('holds a submission made offline and delivers it once when the network returns', async () => {
    const { page } = await newPage();
    await page.goto(server.url + SURVEY);
    await fillNeedsSurvey(page, '离线提交测试');
    const submissionId = await page.inputValue('input[name=submissionId]');
    await goOffline();
    await page.tap('#send');
    await expect.poll(() => page.textContent('#outcome')).toContain('网络暂时不通');
    expect(await table.store.responses.findBySubmission(DEMO_NEEDS_SURVEY_ID, submissionId)).toBeUndefined();
    await goOnline();
    await page.waitForURL(/\/done\?/, { timeout: 15_000 });
    const delivered = (await allResponses(table.store, DEMO_NEEDS_SURVEY_ID)).filter((r) => r.answers.suggestions === '离线提交测试');
    expect(delivered).toHaveLength(1);
    expect(delivered[0]?.submissionId).toBe(submissionId);
  });

  it('keeps an offline submission when the page is closed, and the reopened page delivers it exactly once', async () => {
    const { page } = await newPage();
    await page.goto(server.url + SURVEY);
    await fillNeedsSurvey(page, '离线后重开');
    const submissionId = await page.inputValue('input[name=submissionId]');
    await goOffline();
    await page.tap('#send');
    await expect.poll(() => page.textContent('#outcome')).toContain('网络暂时不通');
    // The respondent closes the page while offline and opens the link again once the network is back.
    // (Chromium may still let the closing page's retry through; either way only one response may exist.)
    await page.close();
    await goOnline();
    const reopened = await context.newPage();
    const posts: string[] = [];
    reopened.on('request', (r) => void (r.method() === 'POST' && posts.push(r.postData() ?? '')));
    await reopened.goto(server.url + SURVEY);
    await reopened.waitForURL(/\/done\?/, { timeout: 15_000 });
    expect(posts).toHaveLength(1);
    expect(new URLSearchParams(posts[0]).get('submissionId')).toBe(submissionId);
    const delivered = (await allResponses(table.store, DEMO_NEEDS_SURVEY_ID)).filter((r) => r.answers.suggestions === '离线后重开');
    expect(delivered.map((r) => r.submissionId)).toEqual([submissionId]);
  });

  it('works with JavaScript off: errors beside questions, answers kept, then the thank-you page', async () => {
    const { page } = await newPage({ javaScriptEnabled: false });
    await page.goto(server.url + SURVEY);
    await page.tap('label[for="q1-o1"]');
    await page.fill('#q12-in', '无脚本提交');
    // The plain form posts to /s/{id}?lang=zh and the answer page replaces this one.
    await Promise.all([page.waitForURL(/\?lang=zh$/, { waitUntil: 'load' }), page.tap('#send')]);
    expect(await page.textContent('#q0-err')).toBe('此题必答，请作答。');
    expect(await page.textContent('#q1-err')).toBe('');
    expect(await page.isChecked('#q1-o1')).toBe(true);
    expect(await page.inputValue('#q12-in')).toBe('无脚本提交');
    await fillNeedsSurvey(page, '无脚本提交');
    await page.tap('#send');
    await page.waitForURL(/\/done\?/);
    expect(await page.textContent('h1')).toBe('提交成功，谢谢您的参与！');
    expect((await allResponses(table.store, DEMO_NEEDS_SURVEY_ID)).filter((r) => r.answers.suggestions === '无脚本提交')).toHaveLength(1);
  });

  it('has no serious or critical accessibility findings on the survey, error and thank-you pages', async () => {
    const { page } = await newPage({ bypassCSP: true });
    await page.goto(server.url + SURVEY);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.tap('#send');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.goto(`${server.url}${SURVEY}/done?lang=en`);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.goto(`${server.url}/s/no-such-survey`);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('gives every control a touch target of at least 44 px', async () => {
    const { page } = await newPage();
    await page.goto(server.url + SURVEY);
    // Every 其他 chosen, so its write-in boxes (shown only then) are measured too.
    for (const other of await page.$$('label[for$="-other"]')) await other.tap();
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('label.opt, .grid label, select, input[type=text], input[type=number], textarea, button')]
        .map((el) => ({ el: el.getAttribute('for') ?? (el.id || `${el.tagName}.${el.className}`), rect: el.getBoundingClientRect() }))
        .filter(({ rect }) => rect.height < 44 || rect.width < 44)
        .map(({ el, rect }) => `${el} ${Math.round(rect.width)}x${Math.round(rect.height)}`),
    );
    expect(small).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});
