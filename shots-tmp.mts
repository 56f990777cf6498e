// Screenshots of the pages changed this session, phone and desktop, for a human to look at.
import { localConfig } from './functions/local/config.js';
import { startLocalServer } from './functions/local/local-server.js';
import { createLogger } from './functions/http/logger.js';
import { launchBrowser, phone } from './test/support/browser.js';
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
const s = await startLocalServer(localConfig({ PORT: '0', DIANCAI_DATA_DIR: '/tmp/shots-data' }), createLogger({ level: 'silent' }));
const browser = await launchBrowser();
const pages = ['/admin', '/admin/surveys/demo-needs', '/admin/surveys/demo-needs/report', '/admin/surveys/demo-needs/report?front=social', '/admin/surveys/demo-feedback/report', '/admin/surveys/demo-needs/qr-sheet', '/admin/catalogue', '/admin/catalogue-import', '/admin/templates', '/admin/lectures', '/admin/scorecards', '/admin/api', '/s/demo-needs', '/s/demo-needs?lang=en', '/s/demo-feedback'];
for (const [name, options] of [['phone', phone], ['desktop', { viewport: { width: 1280, height: 900 }, locale: 'zh-CN' }]] as const) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await page.goto(`${s.url}/admin/login`);
  await page.getByLabel('邮箱').fill(s.admin.email);
  await page.getByLabel('密码').fill(s.admin.password ?? process.env.DIANCAI_ADMIN_PASSWORD ?? '');
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL(`${s.url}/admin`);
  for (const path of pages) {
    await page.goto(`${s.url}${path}`);
    const file = `/tmp/shots/${name}-${path.replace(/[^a-z0-9]+/gi, '_')}.png`;
    await page.screenshot({ path: file, fullPage: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    console.log(name, path, 'overflow', overflow);
  }
  await context.close();
}
await browser.close();
await s.stop();
