// The import plan alone (no storage): how rows match, refuse and depend on each other.
import { describe, expect, it } from 'vitest';
import { planImport } from '../../shared/catalogue-admin/catalogue-import.js';
import type { ImportSheet } from '../../shared/catalogue-admin/catalogue-file.js';
import { readCatalogueFile } from '../../shared/catalogue-admin/catalogue-file.js';
import { demoCatalogue } from '../../shared/demo/demo-catalogue.js';

let n = 0;
const newId = () => `00000000-0000-0000-0000-${String(++n).padStart(12, '0')}`;
const sheet = (name: string, headers: string[], ...rows: string[][]): ImportSheet => ({ name, headers, rows: rows.map((cells, i) => ({ number: i + 2, cells })) });
const summary = (sheets: ImportSheet[]) =>
  planImport(demoCatalogue, sheets, newId).rows.map((r) => [r.sheet, r.row, r.outcome, r.problems.map((p) => `${p.code}:${p.field}${p.limit ? `:${p.limit}` : ''}`).join(',')]);

describe('planImport', () => {
  it('Should refuse a row naming a refused front as such, a second row for the same record with the first row number, and a bad id', () => {
    expect(
      summary([
        sheet('战线', ['编号', '战线'], ['bad id!', '坏编号战线'], ['', '好战线']),
        sheet('单位', ['单位', '战线'], ['甲单位', '坏编号战线'], ['乙单位', '好战线'], ['乙单位', '好战线'], ['区教育局中心组', 'street']),
      ]),
    ).toEqual([
      ['战线', 2, 'refuse', 'invalid_id:id'],
      ['战线', 3, 'add', ''],
      ['单位', 2, 'refuse', 'refused_reference:front'],
      ['单位', 3, 'add', ''],
      ['单位', 4, 'refuse', 'duplicate_row:name:3'],
      ['单位', 5, 'change', ''],
    ]);
  });

  it('Should match by id before name, ignore sheets that are not sections, and keep a missing column as stored', () => {
    const plan = planImport(demoCatalogue, [sheet('说明', ['x'], ['y']), sheet('课题', ['编号', '课题'], ['t-ecology', '生态文明（新名）'])], newId);
    expect(plan.rows.map((r) => [r.outcome, r.changes])).toEqual([['change', ['title']]]);
    expect(plan.writes[0]!.record).toEqual({ ...demoCatalogue.topics.find((t) => t.id === 't-ecology'), title: '生态文明（新名）' });
  });

  it('Should read a GBK CSV as Excel on Chinese Windows saves it', async () => {
    // "类别,战线\r\n战线,农村战线\r\n" in GBK
    const gbk = Buffer.from('c0e0b1f02cd5bdcfdf0d0ad5bdcfdf2cc5a9b4e5d5bdcfdf0d0a', 'hex');
    const sheets = await readCatalogueFile(new Uint8Array(gbk));
    expect(sheets[0]!.headers).toEqual(['类别', '战线']);
    expect(sheets[0]!.rows).toEqual([{ number: 2, cells: ['战线', '农村战线'] }]);
  });
});
