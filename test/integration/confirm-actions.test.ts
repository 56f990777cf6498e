// Every dashboard change that cannot be undone asks first, without JavaScript: the plain post shows
// what it means and to whom and changes nothing; the confirmed post makes the change and one audit entry.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORGANIZER, ORIGIN } from './organizer-fixture.js';
import { MENU_BODY, programmeFixture, type ProgrammeFixture } from './programme-fixture.js';

let f: ProgrammeFixture;
beforeAll(async () => {
  f = await programmeFixture();
});
afterAll(() => f.table.drop());

const post = (path: string, fields: [string, string][]) =>
  f.app.request(`${ORIGIN}${path}`, { method: 'POST', headers: { authorization: `Bearer ${f.token}`, origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString() });
const auditActions = async () => (await f.table.store.audit.list({ limit: 1000 })).items.map((e) => e.action);

/** The hidden fields of the confirmation page's form, as a browser would post them. */
function confirmFields(html: string): [string, string][] {
  const form = /<form method="post"[^>]*>([\s\S]*?)<\/form>/.exec(html.slice(html.indexOf('<main')))?.[1] ?? '';
  return [...form.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]);
}

interface Case {
  name: string;
  /** Sets the scene; returns the form's path and fields, and a reading of what the change changes. */
  prepare(): Promise<{ path: string; fields: [string, string][]; state: () => Promise<unknown> }>;
  says: RegExp[];
  action: string;
}

const CASES: Case[] = [
  {
    name: '更换链接 (a unit that has a link)',
    prepare: async () => {
      await f.issueKey('culture');
      return { path: '/admin/units/culture/key', fields: [], state: async () => (await f.table.store.unitKeys.list()).find((k) => k.unitId === 'culture')?.key };
    },
    says: [/<h1>确认更换单位链接<\/h1>/, /“区文化和旅游局中心组”现在的专属链接会立即失效/],
    action: 'unit.key.issue',
  },
  {
    name: '取消宣讲',
    prepare: async () => {
      const created = await f.api('POST', '/api/lectures', { token: f.token, body: { topicId: 't-ecology', expertId: 'e-zhang', unitIds: ['culture'], startsAt: '2026-04-11T09:00', durationMinutes: 90, place: '区委党校报告厅' } });
      const { lectureId } = (await created.json()) as { lectureId: string };
      return { path: `/admin/lectures/${lectureId}/cancel`, fields: [['reason', '专家临时出差']], state: async () => (await f.table.store.lectures.get(lectureId))?.status };
    },
    says: [/<h1>确认取消宣讲<\/h1>/, /“[^”]+”（区文化和旅游局中心组，张[^）]*）（2026-04-11 09:00 北京时间）将标记为已取消/],
    action: 'lecture.cancel',
  },
  {
    name: '停用 an account',
    prepare: async () => ({ path: `/admin/accounts/${encodeURIComponent(ORGANIZER.email)}/disable`, fields: [['disabled', '1']], state: async () => (await f.table.store.accounts.get(ORGANIZER.email))?.disabled ?? false }),
    says: [/<h1>确认停用账号<\/h1>/, new RegExp(`${ORGANIZER.email} 将不能再登录`)],
    action: 'account.disable',
  },
  {
    name: '重置密码',
    prepare: async () => ({ path: `/admin/accounts/${encodeURIComponent(ORGANIZER.email)}/reset-password`, fields: [], state: async () => (await f.table.store.accounts.get(ORGANIZER.email))?.passwordHash }),
    says: [/<h1>确认重置密码<\/h1>/, new RegExp(`${ORGANIZER.email} 的旧密码立即失效`)],
    action: 'account.reset-password',
  },
  {
    name: '发布菜单',
    prepare: async () => {
      const created = await f.api('POST', '/api/menus', { token: f.token, body: { ...MENU_BODY, title: '下半年菜单' } });
      const { menuId } = (await created.json()) as { menuId: string };
      return { path: `/admin/menus/${menuId}/publish`, fields: [], state: async () => (await f.table.store.menus.get(menuId))?.status };
    },
    says: [/<h1>确认发布菜单<\/h1>/, /“下半年菜单”发布后，各单位可以通过专属链接点单，直到 2026-03-10 18:00（北京时间）/],
    action: 'menu.publish',
  },
  {
    name: '提前截止点单',
    prepare: async () => {
      const menuId = await f.publishedMenu({ title: '上半年菜单' });
      return { path: `/admin/menus/${menuId}/close`, fields: [], state: async () => (await f.table.store.menus.get(menuId))?.status };
    },
    says: [/<h1>确认提前截止点单<\/h1>/, /“上半年菜单”原定 2026-03-10 18:00（北京时间）截止/],
    action: 'menu.close',
  },
  // Last: the menus above offer this expert.
  {
    name: '停用 a catalogue record',
    prepare: async () => ({ path: '/admin/catalogue/experts/e-zhang/retire', fields: [['retired', '1']], state: async () => (await f.table.store.catalogueRecords.get('experts', 'e-zhang'))?.retired ?? false }),
    says: [/<h1>确认停用<\/h1>/, /停用后，“张[^”]*”不再出现在新的问卷模板/],
    action: 'catalogue.experts.retire',
  },
];

describe('changes that cannot be undone ask first', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s: the plain post only asks; the confirmed one changes it, with one audit entry', async (_name, c) => {
    // Prepare
    const { path, fields, state } = await c.prepare();
    const before = await state();
    const audited = await auditActions();
    // Act: the form as the page posts it
    const asked = await post(path, fields);
    // Assess: a page that says what and to whom; nothing changed, nothing audited
    expect(asked.status).toBe(200);
    const html = await asked.text();
    for (const words of c.says) expect(html).toMatch(words);
    expect(html).toContain('返回，不做任何改动');
    expect(await state()).toEqual(before);
    expect(await auditActions()).toEqual(audited);
    // Act: the confirmation page's own form
    const carried = confirmFields(html);
    expect(carried).toEqual([...fields, ['confirmed', '1']]);
    const done = await post(path, carried);
    // Assess
    expect(done.status).toBeLessThan(400);
    expect(await state()).not.toEqual(before);
    const after = await auditActions();
    expect(after.length).toBe(audited.length + 1);
    expect(after.filter((a) => a === c.action).length).toBe(audited.filter((a) => a === c.action).length + 1);
  });

  it('does not ask before what undoes itself or breaks nothing: a first link, restoring a record, enabling an account', async () => {
    expect((await post('/admin/units/education/key', [])).status).toBe(200);
    expect((await f.table.store.unitKeys.list()).some((k) => k.unitId === 'education')).toBe(true);
    expect((await post('/admin/catalogue/experts/e-zhang/retire', [['retired', '0']])).status).toBe(303);
    expect((await f.table.store.catalogueRecords.get('experts', 'e-zhang'))?.retired).toBe(false);
    expect((await post(`/admin/accounts/${encodeURIComponent(ORGANIZER.email)}/disable`, [['disabled', '0']])).status).toBe(200);
    expect((await f.table.store.accounts.get(ORGANIZER.email))?.disabled).toBe(false);
  });

  it('answers 404 for what does not exist, asking nothing', async () => {
    expect((await post('/admin/accounts/nobody%40district.cn/reset-password', [])).status).toBe(404);
    expect((await post('/admin/catalogue/experts/e-nobody/retire', [['retired', '1']])).status).toBe(404);
  });
});
