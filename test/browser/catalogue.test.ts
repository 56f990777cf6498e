// The catalogue in a real browser (the pages carry no script at all: plain form posts): add a unit and an expert
// without typing an id (front and topics chosen from lists), edit a record in place, and preview then apply
// an import; axe on each page.
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue } from '../../shared/catalogue/catalogue-schema.js';
import { csvRows } from '../../shared/kernel/csv.js';
import { launchBrowser, seriousAxeViolations } from '../support/browser.js';
import { serveApp, type RunningServer } from '../support/http-server.js';
import { ADMIN, organizerFixture, type Fixture } from '../integration/organizer-fixture.js';

let f: Fixture;
let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  f = await organizerFixture();
  f.clock.set(new Date().toISOString());
  server = await serveApp({ fetch: f.app.fetch });
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', bypassCSP: true });
  page = await context.newPage();
  page.setDefaultTimeout(10_000);
  await page.goto(`${server.url}/admin/login`);
  await page.getByLabel('邮箱').fill(ADMIN.email);
  await page.getByLabel('密码').fill(ADMIN.password);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL(`${server.url}/admin`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await f?.table.drop();
});

const stored = () => f.table.store.catalogue.load() as Promise<Catalogue>;

describe('catalogue in a browser', () => {
  it('adds a unit and an expert by name, choosing the front and topics from lists, with no id to type', async () => {
    await page.goto(`${server.url}/admin/catalogue`);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await page.locator('#add-units input[name=id]').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(1); // axe's own, just injected
    const units = page.locator('#add-units');
    await units.getByLabel('名称', { exact: true }).fill('浏览器新单位');
    await units.getByLabel('所属战线').selectOption({ label: '经济战线' });
    await units.getByLabel('英文名称（可选）').fill('Browser unit');
    await units.getByRole('button', { name: '添加' }).click();
    await page.waitForURL(/\/admin\/catalogue#h-units$/);
    expect((await stored()).units.find((u) => u.name === '浏览器新单位')).toEqual({ id: expect.stringMatching(/^u-/), name: '浏览器新单位', nameEn: 'Browser unit', front: 'economy' });

    const experts = page.locator('#add-experts');
    await experts.getByLabel('姓名', { exact: true }).fill('浏览器专家');
    await experts.getByLabel('职称/职务').fill('讲师');
    await experts.getByLabel('工作单位').fill('区委党校');
    await experts.getByLabel('生态文明建设与美丽家园').check();
    await experts.getByRole('button', { name: '添加' }).click();
    await page.waitForURL(/\/admin\/catalogue#h-experts$/);
    expect((await stored()).experts.find((e) => e.name === '浏览器专家')).toEqual({ id: expect.stringMatching(/^e-/), name: '浏览器专家', title: '讲师', organisation: '区委党校', topics: ['t-ecology'] });

    // The same expert again: refused by the server, the problem beside the name, everything typed kept.
    const again = page.locator('#add-experts');
    await again.getByLabel('姓名', { exact: true }).fill('浏览器专家');
    await again.getByLabel('职称/职务').fill('副教授');
    await again.getByLabel('工作单位').fill('区委党校');
    await again.getByLabel('绿色生活方式与垃圾分类').check();
    await again.getByRole('button', { name: '添加' }).click();
    expect(await page.locator('#add-experts-name-err').textContent()).toBe('已有同名记录，请换一个名称或编辑原有记录。');
    expect(await page.locator('#add-experts').getByLabel('职称/职务').inputValue()).toBe('副教授');
    expect(await page.locator('#add-experts').getByLabel('绿色生活方式与垃圾分类').isChecked()).toBe(true);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect((await stored()).experts.filter((e) => e.name === '浏览器专家')).toHaveLength(1);
  });

  it('edits a record in place from its row', async () => {
    await page.goto(`${server.url}/admin/catalogue`);
    await page.getByRole('link', { name: '编辑 区教育局中心组' }).click();
    await page.waitForURL(/\/admin\/catalogue\/units\/education$/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByLabel('名称', { exact: true }).fill('区教育局党组中心组');
    await page.getByLabel('所属战线').selectOption({ label: '党群战线' });
    await page.getByRole('button', { name: '保存修改' }).click();
    await page.waitForURL(/\/admin\/catalogue#h-units$/);
    expect((await stored()).units.find((u) => u.id === 'education')).toEqual({ id: 'education', name: '区教育局党组中心组', nameEn: 'Education Bureau', front: 'party', yearTarget: 3 });
  });

  it('previews an import row by row, then applies it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'diancai-import-'));
    const file = join(dir, '目录.csv');
    writeFileSync(file, csvRows([['类别', '战线', '单位'], ['战线', '浏览器战线', ''], ['单位', '', '缺战线的单位']], { bom: true }));
    await page.goto(`${server.url}/admin/catalogue-import`);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByLabel('文件').setInputFiles(file);
    await page.getByRole('button', { name: '预览' }).click();
    await page.waitForSelector('h2#h-report');
    expect(await page.getByRole('status').textContent()).toBe('新增 1 条，修改 0 条，不变 0 条，拒绝 1 条。');
    expect(await page.locator('tr.refuse').textContent()).toContain('战线：必填，请填写。');
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect((await stored()).fronts.some((x) => x.name === '浏览器战线')).toBe(false);
    await page.getByRole('button', { name: '确认导入' }).click();
    await page.waitForSelector('text=导入完成');
    expect((await stored()).fronts.some((x) => x.name === '浏览器战线')).toBe(true);
  });
});
