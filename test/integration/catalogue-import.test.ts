// Catalogue import and export against DynamoDB Local: dry run, apply, idempotent re-import, refusals by row,
// inert formulas, .xlsx and CSV round trips, and the import page's preview → apply.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue } from '../../shared/catalogue/catalogue-schema.js';
import type { ImportReport } from '../../shared/catalogue-admin/import-report.js';
import { csvRows } from '../../shared/kernel/csv.js';
import { ADMIN, ORGANIZER, ORIGIN, organizerFixture, type Fixture } from './organizer-fixture.js';

let f: Fixture;
let admin: string;
beforeAll(async () => {
  f = await organizerFixture();
  admin = await f.login(ADMIN);
});
afterAll(() => f.table.drop());

const catalogue = async () => (await (await f.api('GET', '/api/catalogue', { token: admin })).json()) as Catalogue;
const send = async (path: string, body: Uint8Array | string): Promise<{ status: number; report: ImportReport }> => {
  const res = await f.app.request(`${ORIGIN}${path}`, { method: 'POST', headers: { authorization: `Bearer ${admin}`, 'content-type': 'text/csv' }, body: body as BodyInit });
  return { status: res.status, report: (await res.json()) as ImportReport };
};
const outcomes = (report: ImportReport) => report.rows.map((r) => `${r.row} ${r.section ?? ''} ${r.name} ${r.outcome}`);

const HEADERS = ['类别', '编号', '战线', '单位', '专题', '课题', '专家', '英文名称', '职务', '工作单位', '可讲课题', '简介', '英文简介', '状态'];
const row = (cells: Record<string, string>) => HEADERS.map((h) => cells[h] ?? '');
const FILE = csvRows(
  [
    HEADERS,
    row({ 类别: '单位', 单位: '一号村党支部', 战线: '农村战线' }), // row 2: its front comes later in the file
    row({ 类别: '战线', 战线: '农村战线', 英文名称: 'Villages' }), // row 3
    row({ 类别: '单位', 单位: '无主单位', 战线: '不存在的战线' }), // row 4: refused
    row({ 类别: '专题', 专题: '乡村振兴' }), // row 5
    row({ 类别: '课题', 课题: '乡村振兴战略解读', 专题: '乡村振兴', 简介: '政策与实践' }), // row 6
    row({ 类别: '专家', 专家: '钱老师', 职务: '教授', 工作单位: '区委党校', 可讲课题: '乡村振兴战略解读；生态文明建设与美丽家园' }), // row 7
    row({ 类别: '单位', 单位: '区教育局中心组', 战线: '社会事业战线', 英文名称: 'Education' }), // row 8: an existing unit, English name changed
    row({ 类别: '单位', 单位: '区卫生健康委员会中心组', 战线: '社会事业战线', 英文名称: 'Health Commission' }), // row 9: exactly as stored
    row({ 类别: '菜单', 单位: 'x' }), // row 10: no such section
  ],
  { bom: true },
);

describe('catalogue import', () => {
  it('Should list every row in a dry run, write nothing, then apply once (audited with counts) and change nothing on the same file again', async () => {
    const before = await catalogue();
    const dry = await send('/api/catalogue-import', FILE);
    expect(dry.status).toBe(200);
    expect(dry.report.applied).toBe(false);
    expect(outcomes(dry.report)).toEqual([
      '2 单位 一号村党支部 add',
      '3 战线 农村战线 add',
      '4 单位 无主单位 refuse',
      '5 专题 乡村振兴 add',
      '6 课题 乡村振兴战略解读 add',
      '7 专家 钱老师 add',
      '8 单位 区教育局中心组 change',
      '9 单位 区卫生健康委员会中心组 same',
      '10   refuse',
    ]);
    expect(dry.report.counts).toEqual({ add: 5, change: 1, same: 1, refuse: 2 });
    expect(dry.report.rows[2]!.reasons).toEqual(['战线：找不到战线“不存在的战线”，请先添加该战线或从列表中选择。']);
    expect(dry.report.rows[6]!.changes).toEqual(['英文名称']);
    expect(await catalogue()).toEqual(before);

    const applied = await send('/api/catalogue-import/apply', FILE);
    expect(applied.status).toBe(200);
    expect(applied.report.counts).toEqual(dry.report.counts);
    const after = await catalogue();
    const front = after.fronts.find((x) => x.name === '农村战线')!;
    expect(front).toEqual({ id: expect.stringMatching(/^f-[0-9a-f]{12}$/), name: '农村战线', nameEn: 'Villages' });
    expect(after.units.find((u) => u.name === '一号村党支部')).toEqual({ id: expect.stringMatching(/^u-/), name: '一号村党支部', front: front.id });
    expect(after.units.some((u) => u.name === '无主单位')).toBe(false);
    expect(after.units.find((u) => u.id === 'education')?.nameEn).toBe('Education');
    const topic = after.topics.find((t) => t.title === '乡村振兴战略解读')!;
    expect(after.experts.find((e) => e.name === '钱老师')).toEqual({ id: expect.stringMatching(/^e-/), name: '钱老师', title: '教授', organisation: '区委党校', topics: [topic.id, 't-ecology'] });

    const { entries } = (await (await f.api('GET', '/api/audit?limit=20', { token: admin })).json()) as { entries: { action: string; details?: Record<string, number> }[] };
    const imports = entries.filter((e) => e.action === 'catalogue.import');
    expect(imports).toHaveLength(1);
    expect(imports[0]!.details).toEqual({ added: 5, changed: 1, unchanged: 1, refused: 2 });

    const again = await send('/api/catalogue-import/apply', FILE);
    expect(again.report.counts).toEqual({ add: 0, change: 0, same: 7, refuse: 2 });
    expect(await catalogue()).toEqual(after);
  });

  it('Should keep formula-looking cells as inert text: stored as typed, neutralised in the CSV export, a string in the .xlsx', async () => {
    const payload = '=HYPERLINK("http://evil.example","点我")';
    const file = csvRows([HEADERS, row({ 类别: '单位', 单位: payload, 战线: '经济战线' }), row({ 类别: '专题', 专题: '+1+1' })], { bom: true });
    const { report } = await send('/api/catalogue-import/apply', file);
    expect(report.counts).toEqual({ add: 2, change: 0, same: 0, refuse: 0 });
    const stored = await catalogue();
    expect(stored.units.some((u) => u.name === payload && u.front === 'economy')).toBe(true);
    expect(stored.themes.some((t) => t.name === '+1+1')).toBe(true);

    const csv = await (await f.api('GET', '/api/catalogue.csv', { token: admin })).text();
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""点我"")"`);
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);

    const xlsx = new ExcelJS.Workbook();
    await xlsx.xlsx.load(await (await f.api('GET', '/api/catalogue.xlsx', { token: admin })).arrayBuffer());
    const cells: unknown[] = [];
    xlsx.getWorksheet('单位')!.eachRow((r) => cells.push(r.getCell(2).value));
    expect(cells).toContain(payload);
    xlsx.eachSheet((sheet) => sheet.eachRow((r) => r.eachCell((cell) => expect(cell.type, String(cell.value)).not.toBe(ExcelJS.ValueType.Formula))));

    // A real formula in an uploaded workbook is kept as its text, never evaluated.
    const upload = new ExcelJS.Workbook();
    const sheet = upload.addWorksheet('专题');
    sheet.addRow(['专题']);
    sheet.addRow([{ formula: 'CONCATENATE("a","b")', result: 'ab' }]);
    const formula = await send('/api/catalogue-import', new Uint8Array(await upload.xlsx.writeBuffer()));
    expect(formula.report.rows).toEqual([expect.objectContaining({ name: '=CONCATENATE("a","b")', outcome: 'add' })]);
  });

  it('Should import its own .xlsx and CSV exports as no change at all', async () => {
    const before = await catalogue();
    for (const path of ['/api/catalogue.xlsx', '/api/catalogue.csv']) {
      const res = await f.api('GET', path, { token: admin });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-disposition')).toMatch(/filename\*=UTF-8''%E8%AF%BE%E9%A2%98/);
      const { report } = await send('/api/catalogue-import/apply', new Uint8Array(await res.arrayBuffer()));
      const total = before.fronts.length + before.units.length + before.themes.length + before.topics.length + before.experts.length;
      expect(report.counts, path).toEqual({ add: 0, change: 0, same: total, refuse: 0 });
    }
    expect(await catalogue()).toEqual(before);
  });

  it('Should refuse an unreadable or oversized file with 422 unreadable_file, and an organizer with 403', async () => {
    for (const body of [new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), new Uint8Array([0xff, 0xfe, 0xc3, 0x28, 0x81]), 'x'.repeat(256 * 1024 + 1)]) {
      const res = await f.app.request(`${ORIGIN}/api/catalogue-import`, { method: 'POST', headers: { authorization: `Bearer ${admin}` }, body });
      expect(res.status).toBe(422);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('unreadable_file');
    }
    const organizer = await f.login(ORGANIZER);
    const res = await f.app.request(`${ORIGIN}/api/catalogue-import/apply`, { method: 'POST', headers: { authorization: `Bearer ${organizer}` }, body: FILE });
    expect(res.status).toBe(403);
  });

  it('Should preview an upload on the import page and apply the same file from the preview', async () => {
    const cookie = `diancai_session=${admin}`;
    const file = csvRows([HEADERS, row({ 类别: '战线', 战线: '页面战线' }), row({ 类别: '单位', 单位: '页面单位', 战线: '没有' })], { bom: true });
    const form = new FormData();
    form.set('file', new File([file], '目录.csv', { type: 'text/csv' }));
    const preview = await f.app.request(`${ORIGIN}/admin/catalogue-import`, { method: 'POST', headers: { cookie, origin: ORIGIN }, body: form });
    expect(preview.status).toBe(200);
    const html = await preview.text();
    expect(html).toContain('导入预览（尚未导入）');
    expect(html).toContain('新增 1 条，修改 0 条，不变 0 条，拒绝 1 条。');
    // The refused row, cell by cell: its row number, section, name, outcome and reason.
    const refused = /<tr class="refuse">(.*?)<\/tr>/.exec(html)![1]!.split(/<\/t[dh]>/).map((cell) => cell.replace(/<[^>]+>/g, ''));
    expect(refused.slice(1, 5)).toEqual(['3', '单位', '页面单位', '拒绝']);
    expect(refused[5]).toMatch(/^战线：找不到战线“没有”/);
    expect((await catalogue()).fronts.some((x) => x.name === '页面战线')).toBe(false);
    const content = /name="content" value="([^"]+)"/.exec(html)![1]!;
    const apply = await f.app.request(`${ORIGIN}/admin/catalogue-import`, {
      method: 'POST',
      headers: { cookie, origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ content, apply: '1' }).toString(),
    });
    expect(apply.status).toBe(200);
    expect(await apply.text()).toContain('导入完成');
    expect((await catalogue()).fronts.some((x) => x.name === '页面战线')).toBe(true);
  });

  it('Should take a unit’s 联系人 and 联系电话 from a file, export them in the same columns, and refuse a phone with no digits', async () => {
    const withContact = [...HEADERS.slice(0, -1), '联系人', '联系电话', '状态'];
    const contactRow = (cells: Record<string, string>) => withContact.map((h) => cells[h] ?? '');
    const file = csvRows(
      [withContact, contactRow({ 类别: '单位', 单位: '二号村党支部', 战线: '经济战线', 联系人: '赵书记', 联系电话: '022-2437 5678' }), contactRow({ 类别: '单位', 单位: '三号村党支部', 战线: '经济战线', 联系电话: '无' })],
      { bom: true },
    );
    const { report } = await send('/api/catalogue-import/apply', file);
    expect(report.counts).toMatchObject({ add: 1, refuse: 1 });
    expect((await catalogue()).units.find((u) => u.name === '二号村党支部')).toMatchObject({ contactName: '赵书记', contactPhone: '022-2437 5678' });
    const csv = await (await f.api('GET', '/api/catalogue.csv', { token: admin })).text();
    expect(csv.split('\r\n')[0]).toContain('联系人,联系电话');
    expect(csv).toContain('赵书记,022-2437 5678');
  });
});

describe('the import preview', () => {
  it('Should list what changes (new, changed, refused) before the rows left as they are, in file order within each', async () => {
    const existing = (await catalogue()).fronts[0]!;
    const file = csvRows([HEADERS, row({ 类别: '战线', 编号: existing.id, 战线: existing.name, 英文名称: existing.nameEn ?? '' }), row({ 类别: '战线', 战线: '排序新战线' }), row({ 类别: '单位', 单位: '排序单位', 战线: '没有' })], { bom: true });
    const form = new FormData();
    form.set('file', new File([file], '目录.csv', { type: 'text/csv' }));
    const html = await (await f.app.request(`${ORIGIN}/admin/catalogue-import`, { method: 'POST', headers: { cookie: `diancai_session=${admin}`, origin: ORIGIN }, body: form })).text();
    // Rows of the one table component: the sheet's cell, then the row number's.
    const order = [...html.matchAll(/<tr class="(add|change|same|refuse)"><td[^>]*><div class="v">[^<]*<\/div><\/td><td[^>]*><div class="v">(\d+)<\/div>/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(order).toEqual(['add 3', 'refuse 4', 'same 2']);
  });
});

describe('catalogue forms by name', () => {
  const cookie = () => `diancai_session=${admin}`;
  const post = (path: string, body: Record<string, string | string[]>) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(body)) for (const one of [v].flat()) params.append(k, one);
    return f.app.request(`${ORIGIN}${path}`, { method: 'POST', headers: { cookie: cookie(), origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded' }, body: params.toString() });
  };

  it('Should add a record without an id, choosing its front from the list, and generate the id', async () => {
    const res = await post('/admin/catalogue/units', { name: '表单新单位', front: 'economy', nameEn: 'Form unit' });
    expect(res.status).toBe(303);
    expect((await catalogue()).units.find((u) => u.name === '表单新单位')).toEqual({ id: expect.stringMatching(/^u-[0-9a-f]{12}$/), name: '表单新单位', nameEn: 'Form unit', front: 'economy' });
    const api = await f.api('POST', '/api/catalogue/themes', { token: admin, body: { name: 'API 专题' } });
    expect(api.status).toBe(201);
    expect(((await api.json()) as { record: { id: string } }).record.id).toMatch(/^th-[0-9a-f]{12}$/);
  });

  it('Should show each problem in Chinese beside its field and keep what was typed', async () => {
    const res = await post('/admin/catalogue/experts', { name: '新专家<b>', title: '', organisation: '党校', topics: ['t-ecology', 't-ecology'] });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('value="新专家&lt;b&gt;"');
    expect(html).toMatch(/id="add-experts-title"[^>]*aria-invalid="true"/);
    expect(html).toContain('<ul class="field-err" id="add-experts-title-err"><li>必填，请填写。</li></ul>');
    expect(html).toMatch(/value="t-ecology" checked/);
    const dup = await post('/admin/catalogue/units', { name: '区教育局中心组', front: 'social' });
    expect(dup.status).toBe(422);
    expect(await dup.text()).toContain('已有同名记录');
  });

  it('Should edit a record in place on its own page, keeping its id, and refuse an empty name beside the field', async () => {
    const page = await f.app.request(`${ORIGIN}/admin/catalogue/topics/t-ecology`, { headers: { cookie: cookie() } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('value="生态文明建设与美丽家园"');
    expect(html).toMatch(/<option value="beautiful" selected/);
    const saved = await post('/admin/catalogue/topics/t-ecology', { title: '生态文明建设', theme: 'livelihood', summary: '新简介', titleEn: 'Ecology' });
    expect(saved.status).toBe(303);
    expect((await catalogue()).topics.find((t) => t.id === 't-ecology')).toEqual({ id: 't-ecology', title: '生态文明建设', titleEn: 'Ecology', theme: 'livelihood', summary: '新简介' });
    const refused = await post('/admin/catalogue/topics/t-ecology', { title: ' ', theme: 'livelihood', summary: '保留这段' });
    expect(refused.status).toBe(422);
    const again = await refused.text();
    expect(again).toContain('<ul class="field-err" id="edit-title-err"><li>必填，请填写。</li></ul>');
    expect(again).toContain('保留这段');
    expect((await f.app.request(`${ORIGIN}/admin/catalogue/topics/t-ecology?lang=en`, { headers: { cookie: `diancai_session=${await f.login(ORGANIZER)}` } })).status).toBe(403);
  });
});
