// `npm run organizer -- add --email a@b.cn --role admin [--password ...]`: adds an account;
// `npm run organizer -- reset-password --email a@b.cn`: gives it a new one-time password (a missed
// first-admin password, a forgotten one). Both work on the configured table (TABLE_NAME, optional
// DYNAMODB_ENDPOINT) or, without one, on the local data dir's DynamoDB Local.
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import * as v from 'valibot';
import { NewAccountSchema, normalizeEmail } from '../../shared/accounts/account-schema.js';
import { createAccount } from '../../shared/accounts/create-account.js';
import { resetPassword } from '../../shared/accounts/manage-accounts.js';
import { systemClock, randomIds } from '../../shared/clock.js';
import { recordAudit } from '../../shared/audit/record-audit.js';
import { createDocumentClient } from '../../shared/storage/dynamodb/client.js';
import { createDynamoStore } from '../../shared/storage/dynamodb/store.js';
import { ensureTable } from '../../shared/storage/dynamodb/table-setup.js';
import { localConfig, privateDataDir } from '../local/config.js';
import { startDynamoLocal, type DynamoLocal } from '../local/dynamodb-local.js';
import { runningServerPid } from '../local/running-marker.js';
import { quietSdkNodeNotice } from '../local/node-version.js';

quietSdkNodeNotice();

const USAGE = [
  'usage: npm run organizer -- add --email <email> --role admin|organizer|viewer [--password <at least 10 characters>]',
  '       npm run organizer -- reset-password --email <email>',
].join('\n');

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { email: { type: 'string' }, role: { type: 'string', default: 'organizer' }, password: { type: 'string' } },
  });
  const command = positionals[0];
  if (command !== 'add' && command !== 'reset-password') return console.error(USAGE), 2;
  if (command === 'reset-password' && !values.email) return console.error(USAGE), 2;
  const parsed = v.safeParse(NewAccountSchema, { email: values.email, role: values.role, ...(values.password ? { password: values.password } : {}) });
  if (command === 'add' && !parsed.success) {
    console.error(`${USAGE}\n${parsed.issues.map((i) => `  ${v.getDotPath(i) ?? ''}: ${i.message}`).join('\n')}`);
    return 2;
  }

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
    const store = createDynamoStore({ client, tableName: tableName! });
    const audit = { audit: store.audit, clock: systemClock, newId: randomIds };
    if (command === 'reset-password') {
      const email = values.email!;
      const password = await resetPassword({ accounts: store.accounts }, email);
      await recordAudit(audit, 'organizer-cli', 'account.reset-password', normalizeEmail(email));
      console.log(`New password for ${email} in table ${tableName} (shown once; every session of the account has ended):\n  ${password}`);
      return 0;
    }
    if (!parsed.success) return 2;
    const created = await createAccount({ accounts: store.accounts, clock: systemClock }, parsed.output, 'organizer-cli');
    await recordAudit(audit, 'organizer-cli', 'account.create', created.account.email, { role: created.account.role });
    console.log(`Added ${created.account.role} ${created.account.email} to table ${tableName}.`);
    if (created.generated) console.log(`Password (shown once): ${created.password}`);
    return 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  } finally {
    client.destroy();
    await dynamo?.stop();
  }
}

process.exitCode = await main();
