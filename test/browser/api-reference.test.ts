// The API reference page (/admin/api) in Chromium: it fits a phone at 320 and 390 px in both languages,
// axe finds nothing serious, its hashed stylesheet applies under the real CSP, and it asks no other host.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, seriousAxeViolations } from '../support/browser.js';
import { serveApp, type RunningServer } from '../support/http-server.js';
import { ORGANIZER, organizerFixture, type Fixture } from '../integration/organizer-fixture.js';

let f: Fixture;
let server: RunningServer;
let browser: Browser;
let token: string;

beforeAll(async () => {
  f = await organizerFixture();
  token = await f.login(ORGANIZER);
  server = await serveApp(f.app);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await f?.table.drop();
});

const signedIn = (bypassCSP: boolean, width: number) =>
  browser
    .newContext({ viewport: { width, height: 800 }, bypassCSP })
    .then(async (context) => (await context.addCookies([{ name: 'diancai_session', value: token, url: server.url }]), context));

describe('API reference page in a browser', () => {
  it('Should fit 320 and 390 px in Chinese and English', async () => {
    const context = await signedIn(true, 320);
    const page = await context.newPage();
    for (const query of ['', '?lang=en']) {
      await page.goto(`${server.url}/admin/api${query}`);
      for (const width of [320, 390]) {
        await page.setViewportSize({ width, height: 800 });
        const [scrollWidth, innerWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
        expect(scrollWidth, `${width} ${query}`).toBeLessThanOrEqual(innerWidth);
      }
    }
    await context.close();
  });

  // axe on every node of a long page is slow on a loaded machine: once, in the default language.
  it('Should have no serious axe finding', { timeout: 120_000 }, async () => {
    const context = await signedIn(true, 390);
    const page = await context.newPage();
    await page.goto(`${server.url}/admin/api`);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await context.close();
  });

  it('Should style the page under its real CSP and request nothing from another host', async () => {
    const context = await signedIn(false, 390);
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).origin));
    const refused: string[] = [];
    page.on('console', (message) => (message.text().includes('Content Security Policy') ? refused.push(message.text()) : undefined));
    await page.goto(`${server.url}/admin/api`);
    // The page's own rule (a GET badge's colour) applied: its inline style is allowed by hash.
    expect(await page.locator('.verb-get').first().evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(31, 95, 58)');
    expect(refused).toEqual([]);
    expect([...new Set(requested)]).toEqual([new URL(server.url).origin]);
    await context.close();
  });
});
