// The public briefing pages (学习动态) on a phone (390x844), in real Chromium, with JavaScript and
// without: list and briefing readable, nothing wider than the screen, photos keeping their place as
// they load lazily, the Word file a link away, axe clean. Screenshots go to NEWS_SHOTS when it is set.
import { Jimp } from 'jimp';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, phone, seriousAxeViolations } from '../support/browser.js';
import { createTestTable, type TestTable } from '../support/dynamo-table.js';
import { serveApp, type RunningServer } from '../support/http-server.js';
import { chineseText, publishedBriefing } from '../support/news-fixtures.js';
import { respondentAppFor } from '../support/respondent-app.js';

describe('briefings in a phone browser', () => {
  let browser: Browser;
  let table: TestTable;
  let server: RunningServer;
  let briefingId: string;

  beforeAll(async () => {
    table = await createTestTable();
    const photo = new Uint8Array(await new Jimp({ width: 1280, height: 853, color: 0x9c2b23ff }).getBuffer('image/jpeg', { quality: 70 }));
    await publishedBriefing(table.store, { title: '东风街道开展基层宣讲', date: '2026-11-28', text: '东风街道组织党员干部集中学习。' });
    briefingId = (
      await publishedBriefing(table.store, {
        title: '区委理论学习中心组举行2026年第十二次集体学习',
        date: '2026-12-06',
        text: `12月6日上午，区委理论学习中心组举行集体学习。\n${chineseText(600)}`,
        photos: 3,
        photo,
      })
    ).briefingId;
    server = await serveApp(respondentAppFor(table.store));
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await table?.drop();
  });

  /** axe needs script: without JavaScript, the page as the phone drew it is checked in a second page that runs none of its own. */
  async function axeOf(page: import('playwright-core').Page, javaScriptEnabled: boolean) {
    if (javaScriptEnabled) return seriousAxeViolations(page);
    const html = (await page.content()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
    const context = await browser.newContext({ ...phone, bypassCSP: true });
    try {
      const copy = await context.newPage();
      await copy.goto(`${server.url}/news`);
      await copy.setContent(html);
      return await seriousAxeViolations(copy);
    } finally {
      await context.close();
    }
  }

  for (const javaScriptEnabled of [true, false]) {
    it(`Should read the list and a briefing on a phone ${javaScriptEnabled ? 'with' : 'without'} JavaScript, axe clean`, async () => {
      const context = await browser.newContext({ ...phone, javaScriptEnabled, bypassCSP: true });
      const page = await context.newPage();
      const foreign: string[] = [];
      page.on('request', (r) => void (!r.url().startsWith(server.url) && !r.url().startsWith('data:') && foreign.push(r.url())));
      const shots = process.env.NEWS_SHOTS;
      try {
        await page.goto(`${server.url}/news`);
        await expect(page.locator('h1').textContent()).resolves.toBe('学习动态');
        const links = page.locator('.news a');
        await expect(links.count()).resolves.toBe(2);
        // Newest day first.
        await expect(links.first().textContent()).resolves.toContain('2026年12月6日');
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
        expect(await axeOf(page, javaScriptEnabled)).toEqual([]);
        if (shots) await page.screenshot({ path: `${shots}/news-list-${javaScriptEnabled ? 'js' : 'nojs'}.png`, fullPage: true });

        await links.first().click();
        await page.waitForURL(`${server.url}/news/${briefingId}`);
        await expect(page.locator('h1').textContent()).resolves.toBe('区委理论学习中心组举行2026年第十二次集体学习');
        const imgs = page.locator('article img');
        await expect(imgs.count()).resolves.toBe(3);
        for (const i of [0, 1, 2]) {
          await expect(imgs.nth(i).getAttribute('loading')).resolves.toBe('lazy');
          // Laid out at the column's width with the photo's proportions before it has loaded.
          const box = (await imgs.nth(i).boundingBox())!;
          expect(box.width).toBeLessThanOrEqual(390);
          expect(Math.abs(box.height - (box.width * 853) / 1280)).toBeLessThan(2);
        }
        await imgs.last().scrollIntoViewIfNeeded();
        await page.waitForFunction(() => [...document.querySelectorAll('article img')].every((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth === 1280));
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
        // The print button needs script; without it, the page says how to print instead.
        await expect(page.locator('[data-print]').isVisible()).resolves.toBe(javaScriptEnabled);
        await expect(page.locator('[data-print-hint]').isVisible()).resolves.toBe(!javaScriptEnabled);
        const word = page.locator('a[href$="briefing.docx"]');
        const download = await Promise.all([page.waitForEvent('download'), word.click()]).then(([d]) => d);
        expect(download.suggestedFilename()).toBe('区委理论学习中心组举行2026年第十二次集体学习.docx');
        expect(await axeOf(page, javaScriptEnabled)).toEqual([]);
        if (shots) await page.screenshot({ path: `${shots}/news-briefing-${javaScriptEnabled ? 'js' : 'nojs'}.png`, fullPage: true });
        expect(foreign).toEqual([]);
      } finally {
        await context.close();
      }
    }, 120_000);
  }

  it('Should print a briefing on A4 without the page chrome', async () => {
    const context = await browser.newContext({ ...phone });
    const page = await context.newPage();
    try {
      await page.goto(`${server.url}/news/${briefingId}`);
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('header').isVisible()).resolves.toBe(false);
      await expect(page.locator('.acts').isVisible()).resolves.toBe(false);
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      if (process.env.NEWS_SHOTS) (await import('node:fs')).writeFileSync(`${process.env.NEWS_SHOTS}/news-briefing.pdf`, pdf);
    } finally {
      await context.close();
    }
  }, 120_000);
});
