// Export all responses from the report page in real Chromium: start the job, watch its page (with
// JavaScript it polls), and download the finished file; the pages pass axe.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_NEEDS_SURVEY_ID, demoSurveys } from '../../shared/demo/seed-demo.js';
import { validNeeds } from '../support/demo-answers.js';
import { launchBrowser, seriousAxeViolations } from '../support/browser.js';
import { serveApp, type RunningServer } from '../support/http-server.js';
import { allResponses } from '../support/respondent-app.js';
import { ADMIN, organizerFixture, type Fixture } from '../integration/organizer-fixture.js';
import { receiptNumber } from '../../shared/responses/receipt.js';

let f: Fixture;
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  f = await organizerFixture();
  f.clock.set(new Date().toISOString());
  const [needs] = demoSurveys(f.clock.now().toISOString());
  await f.table.store.surveys.put(needs!);
  for (const unit of ['education', 'health', 'education', 'dev-zone']) await f.submit(DEMO_NEEDS_SURVEY_ID, { answers: validNeeds(unit) });
  server = await serveApp(f.app);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await f?.table.drop();
});

describe('export jobs in a browser', () => {
  it('starts an export from the report page, follows its progress and downloads the file', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', bypassCSP: true, acceptDownloads: true });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(`${server.url}/admin/login`);
    await page.getByLabel('邮箱').fill(ADMIN.email);
    await page.getByLabel('密码').fill(ADMIN.password);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL(`${server.url}/admin`);

    await page.goto(`${server.url}/admin/surveys/${DEMO_NEEDS_SURVEY_ID}/report`);
    await page.getByRole('heading', { name: '导出全部答卷' }).waitFor();
    await page.locator('#x-unit').selectOption('education');
    await page.getByRole('button', { name: '开始导出' }).click();
    await page.waitForURL(/\/admin\/export-jobs\/[0-9a-f-]{36}$/);
    // The worker runs in the background; the page's script polls and reloads once the job is done.
    const link = page.locator('#export-download');
    await link.waitFor();
    expect(await page.getByRole('status').textContent()).toBe('已完成');
    expect(await seriousAxeViolations(page)).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const [header, ...rows] = parse(readFileSync((await download.path())!, 'utf8'), { bom: true }) as string[][];
    const education = (await allResponses(f.table.store, DEMO_NEEDS_SURVEY_ID)).filter((r) => r.unitId === 'education');
    expect(rows.map((r) => r[header!.indexOf('回执编号')])).toEqual(education.map((r) => receiptNumber(r.responseId)));
    await context.close();
  });
});
