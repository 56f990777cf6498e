// `npm run organizer -- import` and `export-catalogue` against a table named by the environment, as a new
// district runs them after a deploy: a dry run by default, --apply imports (audited), the export imports back unchanged.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { demoCatalogue } from '../../shared/demo/demo-catalogue.js';
import { csvRows } from '../../shared/kernel/csv.js';
import { createTestTable, type TestTable } from '../support/dynamo-table.js';

const run = promisify(execFile);
let table: TestTable;
const dir = mkdtempSync(join(tmpdir(), 'diancai-cli-import-'));

beforeAll(async () => {
  table = await createTestTable();
  await table.store.catalogue.putAll(demoCatalogue);
});
afterAll(() => table.drop());

function organizerCli(...args: string[]) {
  return run('npx', ['tsx', 'functions/organizer/organizer-cli.ts', ...args], {
    env: { ...process.env, TABLE_NAME: table.tableName, DYNAMODB_ENDPOINT: inject('dynamoEndpoint') },
  });
}

describe('npm run organizer -- import / export-catalogue', () => {
  it('Should dry-run by default, import with --apply (audited), and read its own export back as unchanged', async () => {
    const file = join(dir, '目录.csv');
    writeFileSync(file, csvRows([['类别', '战线', '单位'], ['战线', '命令行战线', ''], ['单位', '', '命令行单位'], ['单位', '命令行战线', '命令行单位']], { bom: true }));

    const dry = await organizerCli('import', file);
    expect(dry.stdout).toContain('CSV 第 3 行 单位 命令行单位: 拒绝 — 战线：必填，请填写。');
    expect(dry.stdout).toContain('CSV 第 4 行 单位 命令行单位: 新增');
    expect(dry.stdout).toContain('预览（未写入）');
    expect((await table.store.catalogue.load()).fronts.some((x) => x.name === '命令行战线')).toBe(false);

    const applied = await organizerCli('import', file, '--apply');
    expect(applied.stdout).toContain('新增 2，修改 0，不变 0，拒绝 1');
    const after = await table.store.catalogue.load();
    const front = after.fronts.find((x) => x.name === '命令行战线')!;
    expect(after.units.find((u) => u.name === '命令行单位')?.front).toBe(front.id);
    expect((await table.store.audit.list()).items.filter((e) => e.action === 'catalogue.import').map((e) => [e.actor, e.details])).toEqual([['organizer-cli', { added: 2, changed: 0, unchanged: 0, refused: 1 }]]);

    const xlsx = join(dir, '导出.xlsx');
    await organizerCli('export-catalogue', xlsx);
    const again = await organizerCli('import', xlsx);
    expect(again.stdout).toMatch(/新增 0，修改 0，不变 \d+，拒绝 0/);
  }, 120_000);
});
