// The programme's pages through the real apps: the unit page and request form without JavaScript, and the organizer pages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { programmeFixture, type ProgrammeFixture } from './programme-fixture.js';

let f: ProgrammeFixture;
let menuId: string;
let key: string;
beforeAll(async () => {
  f = await programmeFixture();
  menuId = await f.publishedMenu();
  key = (await f.issueKey('culture')).key;
});
afterAll(() => f.table.drop());

const page = (path: string) => f.app.request(`http://localhost${path}`, { headers: { authorization: `Bearer ${f.token}` } });

describe('the unit’s pages without JavaScript', () => {
  it('orders from the menu with a plain form post and shows the request on the unit page', async () => {
    // Prepare
    const home = await f.pub('GET', `/u/${key}`);
    const html = await home.text();
    expect(html).toContain('区文化和旅游局中心组');
    expect(html).toContain(`/u/${key}/menus/${menuId}`);
    // The deadline names its clock: a unit reads it on a phone wherever it is set.
    expect(html).toMatch(/点单截止：\d{4}-\d{2}-\d{2} \d{2}:\d{2}（北京时间）/);
    const form = await (await f.pub('GET', `/u/${key}/menus/${menuId}`)).text();
    // The phone field opens the number keypad; the expert's name leads each ordering choice, so a phone's select never cuts it.
    expect(form).toMatch(/<input type="tel" inputmode="tel" autocomplete="tel" id="[^"]+" name="q:contactPhone"/);
    expect(form).toContain('>希望由 王建华 主讲 · 党史学习教育专题</option>');
    expect(form).toContain('点菜 · 宣讲点单');
    expect(form).toContain('（北京时间）');
    const submissionId = /name="submissionId" value="([^"]+)"/.exec(form)![1]!;
    // Act
    const body = new URLSearchParams({
      submissionId,
      'pick:1': 't-ecology|e-zhang',
      'pick:2': 't-digital',
      'q:format': 'seminar',
      'q:slots': 'wed-am',
      'q:audience': '35',
      'q:contactName': '李四',
      'q:contactPhone': '13900000000',
    });
    const posted = await f.respondent.request(`http://localhost/u/${key}/menus/${menuId}`, { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    // Assess
    expect(posted.status).toBe(303);
    const current = await f.table.store.requests.current(menuId, 'culture');
    expect(current).toMatchObject({ version: 1, audience: 35, format: 'seminar', preferredTimes: ['wed-am'], picks: [{ topicId: 't-ecology', expertId: 'e-zhang' }, { topicId: 't-digital' }] });
    const after = await (await f.pub('GET', `/u/${key}`)).text();
    expect(after).toContain('已提交，待安排');
    // The form for a change starts from what was sent.
    const again = await (await f.pub('GET', `/u/${key}/menus/${menuId}`)).text();
    expect(again).toMatch(/value="t-ecology\|e-zhang" selected/);
  });

  it('shows every problem on the form again (422) and keeps what was typed', async () => {
    const body = new URLSearchParams({ submissionId: crypto.randomUUID(), 'pick:1': 't-ecology', 'pick:2': 't-ecology', 'q:audience': '0', 'q:contactName': '王五' });
    const posted = await f.respondent.request(`http://localhost/u/${key}/menus/${menuId}`, { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(posted.status).toBe(422);
    const html = await posted.text();
    expect(html).toContain('同一课题只能选一次');
    expect(html).toContain('value="王五"');
  });
});

describe('the organizer’s programme pages', () => {
  it('render the unit links, the QR sheet, the menus, the board and the status board', async () => {
    for (const path of ['/admin/units', '/admin/units/qr', '/admin/menus', `/admin/menus/${menuId}`, '/admin/surveys/x/status']) {
      const response = await page(path);
      expect(response.status, path).toBe(path.includes('/surveys/x/') ? 404 : 200);
    }
    expect(await (await page('/admin/units/qr')).text()).toContain('<svg');
    expect(await (await page(`/admin/menus/${menuId}`)).text()).toContain('区文化和旅游局中心组');
    expect(await (await page(`/admin/menus/${menuId}`)).text()).toMatch(/点单截止：[^<]+（北京时间）。/);
    expect(await (await page('/admin/menus')).text()).toContain('点单截止（北京时间）');
  });
});
