// The organizer's loop in a real browser: sign in, create a needs survey from the template, publish,
// open the share link on a phone, answer it, and see the count go up on the dashboard.
import { randomUUID } from 'node:crypto';
import { dispatch } from '../../functions/local/dispatch.js';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRespondentApp } from '../../functions/respondent/app.js';
import { programmePublicDeps } from '../../functions/respondent/deps.js';
import { launchBrowser, phone, seriousAxeViolations } from '../support/browser.js';
import { serveApp, type RunningServer } from '../support/http-server.js';
import { ORGANIZER, organizerFixture, type Fixture } from '../integration/organizer-fixture.js';

let f: Fixture;
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  f = await organizerFixture();
  f.clock.set(new Date().toISOString());
  // Each request to exactly one app, as API Gateway (and `npm start`) route them.
  const respondent = createRespondentApp({ surveys: f.table.store.surveys, responses: f.table.store.responses, lectures: f.table.store.lectures, feedback: f.table.store.feedback, feedbackForms: f.table.store.feedbackForms, settings: f.table.store.surveySettings, clock: f.clock, newId: randomUUID, logger: f.deps.logger, timeZone: 'Asia/Shanghai', programme: programmePublicDeps(f.table.store) });
  server = await serveApp({ fetch: dispatch(respondent, f.app) });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await f?.table.drop();
});

describe('organizer dashboard in a browser', () => {
  it('signs in, creates a needs survey from the template, publishes it and sees a response counted', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN', bypassCSP: true });
    const page = await context.newPage();
    page.setDefaultTimeout(8000);
    await page.goto(`${server.url}/admin`);
    expect(page.url()).toContain('/admin/login');
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByLabel('邮箱').fill(ORGANIZER.email);
    await page.getByLabel('密码').fill(ORGANIZER.password);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL(`${server.url}/admin`);
    // Signed in, the workbench; its 新建问卷 opens the form on the survey list.
    expect(await page.locator('h1').textContent()).toContain('年度工作台');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.locator('.quick').getByRole('link', { name: '新建问卷' }).click();
    await page.waitForURL(`${server.url}/admin/surveys#new-survey`);

    await page.getByLabel('模板').selectOption('needs');
    await page.getByLabel('标题').fill('浏览器测试需求调查');
    await page.getByRole('button', { name: '创建' }).click();
    await page.waitForURL(/\/admin\/surveys\/s[0-9a-f]+/);
    const surveyId = page.url().split('/').pop()!.split('?')[0]!;
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Publishing goes through a page that says what it means; nothing changes until it is confirmed.
    await page.getByRole('link', { name: '发布问卷…' }).click();
    await page.waitForURL(/\/confirm\/publish/);
    expect(await page.locator('main').textContent()).toContain('题目从此冻结');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '确认发布' }).click();
    await page.waitForURL(/saved=1/);
    const shareUrl = await page.locator('.share-url a').textContent();
    expect(shareUrl).toBe(`${server.url}/s/${surveyId}`);
    expect(await page.locator('.qr svg').count()).toBe(1);

    // A respondent opens the share link on a phone and answers.
    const phoneContext = await browser.newContext(phone);
    const phonePage = await phoneContext.newPage();
    await phonePage.goto(shareUrl!);
    expect(await phonePage.locator('h1').textContent()).toContain('浏览器测试需求调查');
    const submitted = await phonePage.request.post(`${server.url}/api/public/surveys/${surveyId}/responses`, {
      data: {
        submissionId: randomUUID(),
        answers: {
          unit: 'education',
          role: 'cadre',
          topics: ['t-ecology', 't-green-life', 't-civility'],
          format: ['lecture'],
          manner: 'central',
          slots: ['mon-am'],
          'speaker-kind': 'scholar',
        },
      },
    });
    expect(submitted.status()).toBe(201);
    await phoneContext.close();

    await page.goto(`${server.url}/admin/surveys`);
    const row = page.locator(`tr[data-survey-id="${surveyId}"]`);
    expect(await row.locator('.status').textContent()).toBe('收集中');
    expect(await row.locator('.count').textContent()).toBe('1');
    expect(await seriousAxeViolations(page)).toEqual([]);

    // The response turns out to be a test: mark it invalid from the responses list, with a reason.
    await page.goto(`${server.url}/admin/surveys/${surveyId}/responses`);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: /标记为无效答卷/ }).first().click();
    await page.waitForURL(/\/responses\/[0-9a-f-]{36}$/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByLabel(/原因/).fill('测试数据');
    await page.getByRole('button', { name: '确认标记为无效' }).click();
    await page.waitForURL(/done=invalidated/);
    expect(await page.getByRole('status').textContent()).toContain('已标记为无效答卷');
    await page.goto(`${server.url}/admin/surveys/${surveyId}/responses`);
    expect(await page.locator('.status.invalid').count()).toBe(1);
    await page.goto(`${server.url}/admin/surveys`);
    expect(await row.locator('.count').textContent()).toBe('0');

    // Closing too asks first, and says the responses stay.
    await page.goto(`${server.url}/admin/surveys/${surveyId}`);
    await page.getByRole('link', { name: '结束收集…' }).click();
    await page.waitForURL(/\/confirm\/close/);
    expect(await page.locator('main').textContent()).toContain('已收到的答卷和报告全部保留');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '确认结束收集' }).click();
    await page.waitForURL(/saved=1/);
    expect(await page.locator('.status.closed').first().textContent()).toBe('已结束');
    await context.close();
  }, 180_000);

  it('previews a draft as respondents see it, styled under the real CSP, with submitting off', async () => {
    const token = await f.login(ORGANIZER);
    const created = await f.api('POST', '/api/surveys', { token, body: { template: 'feedback', title: '预览测试' } });
    const { survey } = (await created.json()) as { survey: { id: string } };
    // No bypassCSP here: the preview's inline style must be allowed by the organizer app's own CSP.
    const context = await browser.newContext(phone);
    await context.addCookies([{ name: 'diancai_session', value: token, url: server.url }]);
    const page = await context.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.goto(`${server.url}/admin/surveys/${survey.id}/preview`);
    expect(await page.locator('h1').textContent()).toBe('预览测试');
    expect(await page.getByRole('note').textContent()).toContain('预览');
    expect(await page.locator('#send').isDisabled()).toBe(true);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(244, 241, 236)');
    expect(violations).toEqual([]);
    await context.close();
  }, 30_000);
});
