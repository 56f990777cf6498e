import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] });
const ctx = await b.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 1 });
const p = await ctx.newPage();
await p.goto(process.argv[2]);
const sw = await p.evaluate(() => [document.documentElement.scrollWidth, [...document.querySelectorAll('*')].filter(e => e.getBoundingClientRect().right > 391).map(e => e.tagName + '.' + e.className).slice(0, 10)]);
console.log(JSON.stringify(sw));
for (let i = 0; i < 5; i++) { await p.evaluate((y) => window.scrollTo(0, y), i * 1400); await p.screenshot({ path: `/tmp/shot${i}.png`, clip: { x: 0, y: i * 1400, width: 390, height: 1400 }, fullPage: true }); }
await b.close();
