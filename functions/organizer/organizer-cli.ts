// `npm run organizer -- <command>` against the configured table (TABLE_NAME, optional DYNAMODB_ENDPOINT),
// or the local data dir's DynamoDB Local when none is set:
//   add --email a@b.cn --role admin [--password ...]   adds an account
//   reset-password --email a@b.cn                      a new one-time password (a missed first-admin one, a forgotten one)
//   import <file.xlsx|file.csv> [--apply]               a catalogue import: the dry run by default
//   export-catalogue <file.xlsx|file.csv>              writes the catalogue as a spreadsheet
//   test-alarm --alarm <AlarmPathCheck output>         proves alarms reach the mailbox (AWS_REGION of the district)
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import * as v from 'valibot';
import { NewAccountSchema, normalizeEmail } from '../../shared/accounts/account-schema.js';
import { createAccount } from '../../shared/accounts/create-account.js';
import { resetPassword } from '../../shared/accounts/manage-accounts.js';
import { catalogueCsv, catalogueXlsx, MAX_IMPORT_BYTES } from '../../shared/catalogue-admin/catalogue-file.js';
import { importCatalogueFile } from '../../shared/catalogue-admin/catalogue-import.js';
import { importReport, reportLines } from '../../shared/catalogue-admin/import-report.js';
import { systemClock, randomIds } from '../../shared/kernel/clock.js';
import { recordAudit } from '../../shared/audit/record-audit.js';
import { DomainError } from '../../shared/errors.js';
import { uiMessages } from '../../shared/i18n/ui-messages.js';
import { createDocumentClient } from '../../shared/storage/dynamodb/client.js';
import { createDynamoStore } from '../../shared/storage/dynamodb/store.js';
import { ensureTable } from '../../shared/storage/dynamodb/table-setup.js';
import { localConfig, privateDataDir } from '../local/config.js';
import { startDynamoLocal, type DynamoLocal } from '../local/dynamodb-local.js';
import { runningServerPid } from '../local/running-marker.js';
import { quietSdkNodeNotice } from '../local/node-version.js';
import { alarmPathClients, testAlarmPath } from './alarm-path-check.js';

quietSdkNodeNotice();

const USAGE = [
  'usage: npm run organizer -- add --email <email> --role admin|organizer|viewer [--password <at least 10 characters>]',
  '       npm run organizer -- reset-password --email <email>',
  '       npm run organizer -- import <file.xlsx|file.csv> [--apply]   (a dry run unless --apply)',
  '       npm run organizer -- export-catalogue <file.xlsx|file.csv>',
  '       AWS_REGION=<region> npm run organizer -- test-alarm --alarm <AlarmPathCheck output of the stack>',
].join('\n');

type Store = ReturnType<typeof createDynamoStore>;

/** Opens the configured table (or the local data dir's), runs `work`, and closes everything again. */
async function withStore(work: (store: Store, tableName: string) => Promise<number>): Promise<number> {
  let dynamo: DynamoLocal | undefined;
  let endpoint = process.env.DYNAMODB_ENDPOINT;
  let tableName = process.env.TABLE_NAME;
  if (!endpoint && !tableName) {
    // No table configured: the local run's data dir, opened with our own DynamoDB Local.
    const config = localConfig();
    const pid = runningServerPid(config.dataDir);
    if (pid !== undefined) {
      console.error(`npm start (pid ${pid}) is using ${config.dataDir}; DynamoDB Local cannot open its files twice. Stop it first, then run this again.`);
      return 1;
    }
    privateDataDir(config.dataDir);
    dynamo = await startDynamoLocal({ dataDir: join(config.dataDir, 'dynamodb') });
    endpoint = dynamo.endpoint;
    tableName = config.tableName;
  }
  const client = createDocumentClient(endpoint ? { endpoint, ...(dynamo ? { credentials: dynamo.credentials } : {}) } : {});
  try {
    if (dynamo) await ensureTable(client, tableName!);
    return await work(createDynamoStore({ client, tableName: tableName! }), tableName!);
  } catch (error) {
    // Domain errors in the organizers' language; anything else as it came.
    console.error(error instanceof DomainError ? uiMessages('zh').errors[error.code] : error instanceof Error ? error.message : String(error));
    return 1;
  } finally {
    client.destroy();
    await dynamo?.stop();
  }
}

const auditDeps = (store: Store) => ({ audit: store.audit, clock: systemClock, newId: randomIds });

async function addAccount(values: { email?: string; role?: string; password?: string }): Promise<number> {
  const parsed = v.safeParse(NewAccountSchema, { email: values.email, role: values.role, ...(values.password ? { password: values.password } : {}) });
  if (!parsed.success) {
    console.error(`${USAGE}\n${parsed.issues.map((i) => `  ${v.getDotPath(i) ?? ''}: ${i.message}`).join('\n')}`);
    return 2;
  }
  return withStore(async (store, tableName) => {
    const created = await createAccount({ accounts: store.accounts, clock: systemClock }, parsed.output, 'organizer-cli');
    await recordAudit(auditDeps(store), 'organizer-cli', 'account.create', created.account.email, { role: created.account.role });
    console.log(`Added ${created.account.role} ${created.account.email} to table ${tableName}.`);
    if (created.generated) console.log(`Password (shown once): ${created.password}`);
    return 0;
  });
}

async function resetAccountPassword(email: string): Promise<number> {
  return withStore(async (store, tableName) => {
    const password = await resetPassword({ accounts: store.accounts }, email);
    await recordAudit(auditDeps(store), 'organizer-cli', 'account.reset-password', normalizeEmail(email));
    console.log(`New password for ${email} in table ${tableName} (shown once; every session of the account has ended):\n  ${password}`);
    return 0;
  });
}

async function importFile(file: string, apply: boolean): Promise<number> {
  const bytes = readFileSync(file);
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    console.error(`${file} is over ${MAX_IMPORT_BYTES / 1024} KB; split it into several files.`);
    return 1;
  }
  return withStore(async (store, tableName) => {
    const plan = await importCatalogueFile({ catalogue: store.catalogue, catalogueRecords: store.catalogueRecords, newId: randomUUID, meta: store.meta, clock: systemClock }, new Uint8Array(bytes), apply);
    const report = importReport(plan, apply, 'zh');
    for (const line of reportLines(report, 'zh')) console.log(line);
    const { add, change, same, refuse } = plan.counts;
    console.log(`${apply ? '已导入' : '预览（未写入）'} ${tableName}：新增 ${add}，修改 ${change}，不变 ${same}，拒绝 ${refuse}。`);
    if (apply) await recordAudit(auditDeps(store), 'organizer-cli', 'catalogue.import', 'catalogue', { added: add, changed: change, unchanged: same, refused: refuse });
    else if (add + change > 0) console.log('加上 --apply 即按此导入。');
    return 0;
  });
}

async function exportCatalogue(file: string): Promise<number> {
  if (!/\.(xlsx|csv)$/i.test(file)) return console.error(USAGE), 2;
  return withStore(async (store) => {
    const catalogue = await store.catalogue.load();
    writeFileSync(file, /\.xlsx$/i.test(file) ? await catalogueXlsx(catalogue) : catalogueCsv(catalogue));
    console.log(`Wrote ${file}.`);
    return 0;
  });
}

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { email: { type: 'string' }, role: { type: 'string', default: 'organizer' }, password: { type: 'string' }, apply: { type: 'boolean', default: false }, alarm: { type: 'string' } },
  });
  const [command, file] = positionals;
  if (command === 'add') return addAccount(values);
  if (command === 'reset-password' && values.email) return resetAccountPassword(values.email);
  if (command === 'import' && file) return importFile(file, values.apply === true);
  if (command === 'export-catalogue' && file) return exportCatalogue(file);
  if (command === 'test-alarm' && values.alarm) {
    return testAlarmPath(values.alarm, { ...alarmPathClients(), print: console.log, now: () => new Date(), sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) });
  }
  console.error(USAGE);
  return 2;
}

process.exitCode = await main();
