// The runbook's restore, rehearsed on DynamoDB Local: a district with responses, accounts and an audit
// log exported in DynamoDB's export layout, restored into a new table, counted by kind; a damaged
// export refused before anything is restored; the command end to end.
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { DeleteTableCommand, DescribeTableCommand, ResourceNotFoundException } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { repoRoot } from '../../infra/bundling.js';
import { ExportDamagedError, writeExport } from '../../infra/restore/dynamodb-export.js';
import { rehearsalLines } from '../../infra/restore/restore-rehearsal-cli.js';
import { compareCounts, rehearseRestore, restoreFromExport } from '../../infra/restore/rehearse-restore.js';
import { recordAudit } from '../../shared/audit/record-audit.js';
import { randomIds, systemClock } from '../../shared/kernel/clock.js';
import { DEMO_NEEDS_SURVEY_ID, seedDemoDistrict } from '../../shared/demo/seed-demo.js';
import { rebuildCounters } from '../../shared/report/rebuild-counters.js';
import { submitResponse } from '../../shared/responses/submit-response.js';
import { createDynamoStore } from '../../shared/storage/dynamodb/store.js';
import { validNeeds } from '../support/demo-answers.js';
import { createTestTable, type TestTable } from '../support/dynamo-table.js';

let table: TestTable;
const dirs: string[] = [];
const restoredTables: string[] = [];
const RESPONSES = 40;

function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'diancai-restore-'));
  dirs.push(dir);
  return dir;
}

function restoredName(): string {
  const name = `${table.tableName}-restored-${randomUUID().slice(0, 8)}`;
  restoredTables.push(name);
  return name;
}

beforeAll(async () => {
  table = await createTestTable();
  await seedDemoDistrict({ ...table.store, clock: systemClock });
  const units = ['education', 'health', 'culture', 'education'];
  for (let i = 0; i < RESPONSES; i++) {
    await submitResponse(
      { surveys: table.store.surveys, responses: table.store.responses, settings: table.store.surveySettings, clock: systemClock, newId: randomUUID },
      DEMO_NEEDS_SURVEY_ID,
      { submissionId: randomUUID(), answers: validNeeds(units[i % units.length] as string) },
    );
  }
  await recordAudit({ audit: table.store.audit, clock: systemClock, newId: randomIds }, 'restore-test', 'account.create', 'a@district.cn');
}, 120_000);

afterAll(async () => {
  for (const name of restoredTables) await table.client.send(new DeleteTableCommand({ TableName: name })).catch(() => undefined);
  await table?.drop();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('Restore rehearsal on DynamoDB Local', () => {
  it('Should restore every item of an export into a new table, kind by kind, and the restored table should answer as the first did', async () => {
    const restored = restoredName();
    const result = await rehearseRestore({ client: table.client, sourceTable: table.tableName, exportDir: scratch(), restoredTable: restored });
    expect(result.differences).toEqual([]);
    expect(result.restored).toEqual(result.source);
    expect(result.exportItems).toBe(Object.values(result.source ?? {}).reduce((a, b) => a + b, 0));
    // The kinds are the district's: its responses (one item each, plus counter shards), the audit log, the catalogue.
    expect(Object.entries(result.restored).filter(([kind]) => kind.startsWith('PUBLIC#RESPONSES')).reduce((n, [, c]) => n + c, 0)).toBe(RESPONSES);
    expect(result.restored.AUDIT).toBe(1);
    expect(Object.keys(result.restored).some((kind) => kind.startsWith('CATALOGUE'))).toBe(true);
    // Through the production adapter: the counters on the restored table agree with a recount of its responses, read through its index.
    const store = createDynamoStore({ client: table.client, tableName: restored });
    const rebuild = await rebuildCounters(store, DEMO_NEEDS_SURVEY_ID);
    expect(rebuild).toMatchObject({ responses: RESPONSES, differences: [] });
  }, 120_000);

  it('Should refuse a damaged export before restoring anything: a file altered, or missing', async () => {
    const dir = scratch();
    await writeExport(table.client, table.tableName, dir, 20);
    const files = readdirSync(join(dir, 'data'));
    expect(files.length).toBeGreaterThan(2);
    // One line dropped from the last file the manifest lists, as a truncated download would.
    const manifest = readFileSync(join(dir, 'manifest-files.json'), 'utf8').trim().split('\n');
    const last = join(dir, 'data', basename((JSON.parse(manifest.at(-1) as string) as { dataFileS3Key: string }).dataFileS3Key));
    const lines = gunzipSync(readFileSync(last)).toString('utf8').trim().split('\n');
    writeFileSync(last, gzipSync(`${lines.slice(1).join('\n')}\n`));
    const altered = restoredName();
    await expect(restoreFromExport(table.client, dir, altered)).rejects.toThrow(ExportDamagedError);
    // Nothing was restored: the table was never made.
    await expect(table.client.send(new DescribeTableCommand({ TableName: altered }))).rejects.toThrow(ResourceNotFoundException);
    rmSync(last);
    await expect(restoreFromExport(table.client, dir, restoredName())).rejects.toThrow(/is missing/);
  }, 120_000);

  it('Should report every kind whose count differs, and an export whose summary disagrees with its files', () => {
    expect(compareCounts(3, { AUDIT: 2, META: 1 }, { AUDIT: 2, META: 1 }, { AUDIT: 2, META: 1 })).toEqual([]);
    expect(compareCounts(3, { AUDIT: 2, META: 1 }, { AUDIT: 1, META: 1 })).toEqual([{ kind: 'AUDIT', exported: 2, restored: 1 }]);
    expect(compareCounts(3, { AUDIT: 2, META: 1 }, { AUDIT: 2, META: 1 }, { AUDIT: 3, META: 1 })).toEqual([{ kind: 'AUDIT', source: 3, exported: 2, restored: 2 }]);
    expect(compareCounts(4, { AUDIT: 2, META: 1 }, { AUDIT: 2, META: 1 })).toEqual([{ kind: '(total in the export summary)', exported: 4, restored: 3 }]);
    const lines = rehearsalLines({ exportItems: 3, exported: { AUDIT: 2, META: 1 }, restored: { AUDIT: 2, META: 1 }, differences: [] });
    expect(lines.at(-1)).toBe('Whole: every kind has as many items restored as exported.');
  });

  it('Should run as `npm run restore-rehearsal` against a table on DynamoDB Local and exit 0 when the restore is whole', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'infra/restore/restore-rehearsal-cli.ts'], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { ...process.env, DYNAMODB_ENDPOINT: inject('dynamoEndpoint'), TABLE_NAME: table.tableName, AWS_REGION: 'local', AWS_ACCESS_KEY_ID: 'local', AWS_SECRET_ACCESS_KEY: 'local' },
      timeout: 120_000,
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('Whole: every kind has as many items restored as exported.');
    expect(run.stdout).toMatch(/^AUDIT\s+1\s+1\s+1$/m);
  }, 150_000);
});
