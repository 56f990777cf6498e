// An essay's file on a phone (390×844) in real Chromium, with and without JavaScript: the unit picks a
// PDF or DOCX in the form's own file form, comes back to the essay form with the file's name and size,
// sends the essay (no text needed), and a PNG named .docx comes back refused at the file field. The
// expert's essay page offers 下载全文 and its download is the blind copy. Every page axe clean.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../functions/local/dispatch.js';
import { LocalRecordFiles } from '../../functions/http/local-record-files.js';
import { launchBrowser, phone, seriousAxeViolations } from '../support/browser.js';
import { serveApp, type RunningServer } from '../support/http-server.js';
import { AUTHOR, docxText, docxWithAuthor, PNG_BYTES } from '../support/essay-documents.js';
import { programmeFixture, type ProgrammeFixture } from '../integration/programme-fixture.js';

let f: ProgrammeFixture;
let server: RunningServer;
let browser: Browser;
let callId: string;
const keys: Record<string, string> = {};
let expertKey: string;
const dir = mkdtempSync(join(tmpdir(), 'diancai-essay-browser-'));
const docxPath = join(dir, '规划局-学习体会.docx');
const pngPath = join(dir, 'photo.docx');

beforeAll(async () => {
  const files = new LocalRecordFiles(join(dir, 'store'));
  f = await programmeFixture({ respondent: () => ({ essayFiles: files }) });
  writeFileSync(docxPath, await docxWithAuthor());
  writeFileSync(pngPath, PNG_BYTES);
  const token = f.token;
  callId = ((await (await f.api('POST', '/api/essay-calls', { token, body: { title: '全文征文', themeIds: ['party-cause'], deadline: '2026-03-10T18:00' } })).json()) as { call: { callId: string } }).call.callId;
  await f.api('POST', `/api/essay-calls/${callId}/open`, { token });
  keys.off = (await f.issueKey('planning')).key;
  keys.on = (await f.issueKey('education')).key;
  expertKey = ((await (await f.api('POST', '/api/experts/e-wang/key', { token })).json()) as { key: string }).key;
  server = await serveApp({ fetch: dispatch(f.respondent, f.app) });
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await f?.table.drop();
});

async function phonePage(options: { javaScriptEnabled?: boolean; bypassCSP?: boolean } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ ...phone, ...options, acceptDownloads: true });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return { context, page };
}

/** The page at the same address in a fresh phone: axe clean, no wider than the phone, buttons and links at least 44 px high. */
async function checkPage(url: string) {
  const { context, page } = await phonePage({ javaScriptEnabled: true, bypassCSP: true });
  await page.goto(url);
  expect(await seriousAxeViolations(page)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const small = await page.evaluate(() => [...document.querySelectorAll('main button, main a.go')].filter((e) => e.getBoundingClientRect().height < 44).map((e) => e.outerHTML.slice(0, 80)));
  expect(small).toEqual([]);
  await context.close();
}

const essayButton = 'form:not([enctype]) button[type="submit"]';
const uploadButton = 'form[enctype="multipart/form-data"] button[type="submit"]';

describe('a unit attaches a file to its essay', () => {
  for (const javaScriptEnabled of [false, true]) {
    it(`uploads a DOCX and sends the essay without text, ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, async () => {
      const key = javaScriptEnabled ? keys.on! : keys.off!;
      const { context, page } = await phonePage({ javaScriptEnabled });
      await page.goto(`${server.url}/u/${key}/essay-calls/${callId}`);
      await checkPage(page.url());
      // A picture named .docx: refused at the file field, by its content.
      await page.setInputFiles('#f-file', pngPath);
      await page.tap(uploadButton);
      await page.waitForURL(/\/upload\?/);
      expect(await page.textContent('#e-file')).toContain('只接受 PDF 或 Word');
      await page.setInputFiles('#f-file', docxPath);
      await page.tap(uploadButton);
      await page.waitForURL(/upload=/);
      expect(await page.textContent('#attached')).toContain('规划局-学习体会.docx');
      await checkPage(page.url());
      await page.fill('#f-title', '规划引领城市更新');
      await page.fill('#f-authors', AUTHOR);
      await page.tap(essayButton);
      await page.waitForURL(/essay=saved/);
      const essay = await f.table.store.essays.essayOfUnit(callId, javaScriptEnabled ? 'education' : 'planning');
      expect(essay).toMatchObject({ text: '', file: { format: 'docx', name: '规划局-学习体会.docx' } });
      // Back on the form, the file is still there and a change keeps it.
      await page.goto(`${server.url}/u/${key}/essay-calls/${callId}`);
      expect(await page.textContent('#attached')).toContain('规划局-学习体会.docx');
      await page.fill('#f-title', '规划引领城市更新（修改稿）');
      await page.tap(essayButton);
      await page.waitForURL(/essay=saved/);
      expect((await f.table.store.essays.essayOfUnit(callId, javaScriptEnabled ? 'education' : 'planning'))?.file?.uploadId).toBe(essay?.file?.uploadId);
      await context.close();
    }, 90_000);
  }
});

describe('an expert downloads the blind copy', () => {
  beforeAll(() => f.clock.set('2026-03-11T02:00:00.000Z'));

  it('offers 下载全文 on the essay page, and the file has no author', async () => {
    const { context, page } = await phonePage({ javaScriptEnabled: false });
    await page.goto(`${server.url}/e/${expertKey}`);
    await page.locator(`section[aria-labelledby="essays"] a[href*="/essay-calls/${callId}/essays/"]`).first().tap();
    await checkPage(page.url());
    const html = await page.content();
    for (const word of [AUTHOR, '规划局-学习体会', 'planning', 'education']) expect(html).not.toContain(word);
    const [download] = await Promise.all([page.waitForEvent('download'), page.tap('a[href$="/file"]')]);
    expect(download.suggestedFilename()).toMatch(/^essay-.*\.docx$/);
    const saved = join(dir, 'downloaded.docx');
    await download.saveAs(saved);
    const { readFileSync } = await import('node:fs');
    const xml = await docxText(new Uint8Array(readFileSync(saved)));
    expect(xml).toContain('学习体会正文');
    expect(xml).not.toContain(AUTHOR);
    await context.close();
  }, 90_000);
});
