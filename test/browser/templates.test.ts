// Save a survey as a template and start a new survey from it, in a real browser, on a phone-sized and
// a desktop screen; axe on every page on the way.
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, seriousAxeViolations } from '../support/browser.js';
import { serveApp, type RunningServer } from '../support/http-server.js';
import { ORGANIZER, organizerFixture, type Fixture } from '../integration/organizer-fixture.js';
import type { Survey } from '../../shared/survey/survey-schema.js';

const SHOTS = process.env.SCREENSHOT_DIR ?? '/tmp/diancai-template-shots';

let f: Fixture;
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  f = await organizerFixture();
  f.clock.set(new Date().toISOString());
  server = await serveApp(f.app);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await f?.table.drop();
});

async function checkPage(page: Page, what: string) {
  const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, viewport: window.innerWidth }));
  expect(widths.page, `${what}: page width`).toBeLessThanOrEqual(widths.viewport);
  expect(await seriousAxeViolations(page), what).toEqual([]);
}

describe.each([
  ['phone', { width: 390, height: 844 }],
  ['desktop', { width: 1280, height: 900 }],
])('templates on a %s', (name, viewport) => {
  it('saves a survey as a template, then creates a new survey from it on the new-survey form', async () => {
    // bypassCSP: axe is injected as an inline script, which the dashboard's CSP (rightly) refuses.
    const context = await browser.newContext({ viewport, locale: 'zh-CN', bypassCSP: true });
    const page = await context.newPage();
    page.setDefaultTimeout(10000);
    await page.goto(`${server.url}/admin/login`);
    await page.getByLabel('邮箱').fill(ORGANIZER.email);
    await page.getByLabel('密码').fill(ORGANIZER.password);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL(`${server.url}/admin`);
    await page.goto(`${server.url}/admin/surveys`);

    await page.getByLabel('模板').selectOption('feedback');
    await page.getByLabel('标题').fill(`第一讲反馈（${name}）`);
    await page.getByRole('button', { name: '创建' }).click();
    await page.waitForURL(/\/admin\/surveys\/s[0-9a-f]+/);
    const sourceId = page.url().split('/').pop()!.split('?')[0]!;

    await page.getByLabel('模板名称').fill(`讲座反馈模板（${name}）`);
    await checkPage(page, 'the survey page with the save-as-template form');
    await page.getByRole('button', { name: '保存为模板' }).click();
    await page.getByRole('status').filter({ hasText: `已保存模板“讲座反馈模板（${name}）”` }).waitFor();
    await checkPage(page, 'the templates page');
    await page.screenshot({ path: `${SHOTS}/${name}-templates.png`, fullPage: true });

    await page.goto(`${server.url}/admin/surveys`);
    const option = page.locator('#template optgroup[label="本区保存的模板"] option', { hasText: `讲座反馈模板（${name}）` });
    await page.getByLabel('模板').selectOption({ value: (await option.getAttribute('value'))! });
    await page.getByLabel('标题').fill(`第二讲反馈（${name}）`);
    await checkPage(page, 'the survey list with a saved template chosen');
    await page.getByRole('button', { name: '创建' }).click();
    await page.waitForURL((url) => /\/admin\/surveys\/s[0-9a-f]+$/.test(url.pathname) && !url.pathname.endsWith(sourceId));
    const newId = new URL(page.url()).pathname.split('/').pop()!;
    await checkPage(page, 'the new draft');

    const read = async (id: string) => ((await (await f.api('GET', `/api/surveys/${id}`, { token: await f.login(ORGANIZER) })).json()) as { survey: Survey }).survey;
    const [source, copy] = await Promise.all([read(sourceId), read(newId)]);
    expect(copy).toMatchObject({ status: 'draft', title: `第二讲反馈（${name}）`, kind: 'feedback', questions: source.questions });
    await context.close();
  }, 60_000);
});
