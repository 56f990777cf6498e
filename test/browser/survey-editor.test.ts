// The visual editor in a real browser, on a desktop and a tablet: build a survey from the needs
// template without writing JSON, add display logic, publish, and answer it on a phone with the
// logic working with JavaScript on and off. Every page fits its viewport and passes axe.
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../functions/local/dispatch.js';
import { createRespondentApp } from '../../functions/respondent/app.js';
import { programmePublicDeps } from '../../functions/respondent/deps.js';
import { launchBrowser, phone, seriousAxeViolations } from '../support/browser.js';
import { serveApp, type RunningServer } from '../support/http-server.js';
import { ORGANIZER, organizerFixture, type Fixture } from '../integration/organizer-fixture.js';

const SHOTS = process.env.SCREENSHOT_DIR ?? '/tmp/diancai-editor-shots';

let f: Fixture;
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  f = await organizerFixture();
  f.clock.set(new Date().toISOString());
  const respondent = createRespondentApp({ surveys: f.table.store.surveys, responses: f.table.store.responses, lectures: f.table.store.lectures, feedback: f.table.store.feedback, feedbackForms: f.table.store.feedbackForms, settings: f.table.store.surveySettings, clock: f.clock, newId: randomUUID, logger: f.deps.logger, timeZone: 'Asia/Shanghai', programme: programmePublicDeps(f.table.store) });
  server = await serveApp({ fetch: dispatch(respondent, f.app) });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await f?.table.drop();
});

/** The page is no wider than its viewport, and axe finds nothing serious. */
async function checkPage(page: Page, what: string) {
  const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, viewport: window.innerWidth }));
  expect(widths.page, `${what}: page width`).toBeLessThanOrEqual(widths.viewport);
  expect(await seriousAxeViolations(page), what).toEqual([]);
}

const cardIds = (page: Page) => page.locator('.cards > li').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-question')));

describe.each([
  ['desktop', { width: 1280, height: 900 }],
  ['tablet', { width: 820, height: 1180 }],
])('the visual editor on a %s', (name, viewport) => {
  it('builds a survey from the needs template, adds logic, publishes, and a phone answers with the logic on and off', async () => {
    const context = await browser.newContext({ viewport, locale: 'zh-CN', bypassCSP: true });
    const page = await context.newPage();
    page.setDefaultTimeout(10000);
    await page.goto(`${server.url}/admin/login`);
    await page.getByLabel('邮箱').fill(ORGANIZER.email);
    await page.getByLabel('密码').fill(ORGANIZER.password);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL(`${server.url}/admin`);
    await page.goto(`${server.url}/admin/surveys`);
    await page.getByLabel('模板').selectOption('needs');
    await page.getByLabel('标题').fill(`编辑器测试（${name}）`);
    await page.getByRole('button', { name: '创建' }).click();
    await page.waitForURL(/\/admin\/surveys\/s[0-9a-f]+/);
    const surveyId = page.url().split('/').pop()!.split('?')[0]!;
    expect(await page.locator('#definition').isVisible()).toBe(false);
    await checkPage(page, 'the new survey');

    // Change the first question's title (with JS: no full reload, so this marker survives).
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    await page.getByRole('link', { name: '编辑 · 1', exact: true }).click();
    await page.locator('.card.editing #ed-title').fill('您所在的单位（编辑器改）');
    await checkPage(page, 'a card open for editing');
    await page.screenshot({ path: `${SHOTS}/${name}-editing.png`, fullPage: false });
    await page.locator('.card.editing').getByRole('button', { name: '保存' }).click();
    await page.locator('.card.editing').waitFor({ state: 'detached' });
    expect(await page.locator('#card-0 .q').textContent()).toContain('您所在的单位（编辑器改）');
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);

    // Add a multiple choice after question 1 and give it three options.
    const before = await cardIds(page);
    await page.locator('#questionType').selectOption('multiple_choice');
    await page.locator('#position').selectOption('1');
    await page.getByRole('button', { name: '添加题目' }).click();
    await expect.poll(() => cardIds(page).then((ids) => ids.length)).toBe(before.length + 1);
    const mcId = (await cardIds(page))[1]!;
    await page.getByRole('link', { name: '编辑 · 2', exact: true }).click();
    const card = page.locator('.card.editing');
    await card.locator('#ed-title').fill('希望的宣讲形式');
    await card.locator('#ed-opt-0').fill('集中宣讲');
    await card.locator('#ed-opt-1').fill('小分队');
    await card.locator('#ed-opt-2').fill('线上直播');
    await card.locator('#ed-maxPicks').fill('');
    await card.getByRole('button', { name: '保存' }).click();
    await page.locator('.card.editing').waitFor({ state: 'detached' });
    expect(await page.locator('#card-1 .opt').allTextContents()).toEqual(['集中宣讲', '小分队', '线上直播']);

    // Reorder: the new question down one place; then delete the question now before it.
    await page.getByRole('button', { name: '下移 · 2', exact: true }).click();
    await expect.poll(async () => (await cardIds(page))[2]).toBe(mcId);
    const victim = (await cardIds(page))[1]!;
    await page.locator('#card-1 summary', { hasText: '删除' }).click();
    await page.locator('#card-1').getByRole('button', { name: '确认删除这道题' }).click();
    await expect.poll(async () => (await cardIds(page)).includes(victim)).toBe(false);
    expect((await cardIds(page))[1]).toBe(mcId);

    // Display logic: pick a question, then its options; two conditions round-trip exactly, then one is taken off.
    const gatedId = (await cardIds(page))[2]!;
    const firstId = (await cardIds(page))[0]!;
    await page.getByRole('link', { name: '编辑 · 3', exact: true }).click();
    await page.locator('.card.editing summary', { hasText: '显示条件' }).click();
    await page.locator('.card.editing').getByLabel('添加条件：依据哪道题').selectOption(mcId);
    await page.locator('.card.editing').getByLabel('线上直播').check();
    await page.locator('.card.editing').getByLabel('再添加一个条件（条件 2）：依据哪道题').selectOption(firstId);
    const secondRow = page.locator('.card.editing .logic-row').nth(1).locator('fieldset input[type=checkbox]').first();
    await secondRow.check();
    expect(await page.locator('.card.editing').getByLabel('线上直播').isChecked()).toBe(true);
    await checkPage(page, 'two display conditions');
    await page.screenshot({ path: `${SHOTS}/${name}-logic.png`, fullPage: false });
    const firstOption = (await secondRow.getAttribute('value'))!.split(':')[1]!;
    await page.locator('.card.editing').getByRole('button', { name: '保存' }).click();
    await page.locator('.card.editing').waitFor({ state: 'detached' });
    const saved = (await (await f.api('GET', `/api/surveys/${surveyId}`, { token: await f.login(ORGANIZER) })).json()) as { survey: { questions: { id: string; visibleIf?: unknown; options?: { id: string; label: string }[] }[] } };
    const liveId = saved.survey.questions[1]!.options!.find((o) => o.label === '线上直播')!.id;
    expect(saved.survey.questions[2]!.visibleIf).toEqual({ all: [{ questionId: mcId, anyOf: [liveId] }, { questionId: firstId, anyOf: [firstOption] }] });
    expect((await page.locator('#card-2 .if').textContent())!.startsWith('仅当第 2 题选择“线上直播”时作答；仅当第 1 题选择')).toBe(true);
    await page.getByRole('link', { name: '编辑 · 3', exact: true }).click();
    await page.locator('.card.editing').getByLabel('条件 2：依据哪道题').selectOption('');
    await expect.poll(() => page.locator('.card.editing .logic-row fieldset').count()).toBe(1);
    await page.locator('.card.editing').getByRole('button', { name: '保存' }).click();
    await page.locator('.card.editing').waitFor({ state: 'detached' });
    expect(await page.locator('#card-2 .if').textContent()).toBe('仅当第 2 题选择“线上直播”时作答');

    // The preview runs the same logic as the respondent's page.
    await page.getByRole('link', { name: '预览（答卷人看到的样子）' }).click();
    await page.waitForURL(/\/preview/);
    const previewGated = page.locator(`[data-q="${gatedId}"]`);
    await expect.poll(() => previewGated.isHidden()).toBe(true);
    await page.locator(`[data-q="${mcId}"]`).getByText('线上直播').click();
    expect(await previewGated.isVisible()).toBe(true);
    await page.goBack();
    await checkPage(page, 'the edited survey');
    await page.screenshot({ path: `${SHOTS}/${name}-edited.png`, fullPage: true });

    // Publish: the same cards, read-only, with the share panel and no JSON.
    // (through the confirmation page that says what publishing means)
    await page.getByRole('link', { name: '发布问卷…' }).click();
    await page.waitForURL(/\/confirm\/publish/);
    await page.getByRole('button', { name: '确认发布' }).click();
    await page.locator('.share-url').waitFor();
    expect(await page.locator('.cards .tools').count()).toBe(0);
    expect(await page.locator('pre').count()).toBe(0);
    await checkPage(page, 'the published survey');
    await page.screenshot({ path: `${SHOTS}/${name}-published.png`, fullPage: true });
    await context.close();

    // A phone with JavaScript: question 3 appears only once "线上直播" is picked.
    const withJs = await browser.newContext({ ...phone, bypassCSP: true });
    const phonePage = await withJs.newPage();
    await phonePage.goto(`${server.url}/s/${surveyId}`);
    const gated = phonePage.locator(`[data-q="${gatedId}"]`);
    expect(await gated.isHidden()).toBe(true);
    await phonePage.locator(`[data-q="${mcId}"]`).getByText('线上直播').click();
    expect(await gated.isVisible()).toBe(true);
    await checkPage(phonePage, 'the phone with the logic shown');
    await phonePage.screenshot({ path: `${SHOTS}/${name}-phone-js.png`, fullPage: true });
    await phonePage.locator(`[data-q="${mcId}"]`).getByText('线上直播').click();
    expect(await gated.isHidden()).toBe(true);
    await withJs.close();

    // Without JavaScript every question shows, the gated one with its note.
    const noJs = await browser.newContext({ ...phone, javaScriptEnabled: false });
    const plain = await noJs.newPage();
    await plain.goto(`${server.url}/s/${surveyId}`);
    expect(await plain.locator(`[data-q="${gatedId}"]`).isVisible()).toBe(true);
    expect(await plain.locator(`[data-q="${gatedId}"] .if`).textContent()).toBe('仅当第 2 题选择“线上直播”时作答');
    await plain.screenshot({ path: `${SHOTS}/${name}-phone-nojs.png`, fullPage: true });
    await noJs.close();
  }, 240_000);
});
