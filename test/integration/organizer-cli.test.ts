// `npm run organizer`, as a district runs it after a deploy (TABLE_NAME + DYNAMODB_ENDPOINT): a missed
// or forgotten password is replaced from the command line, the account's sessions end, and it is audited.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createAccount } from '../../shared/accounts/create-account.js';
import { verifyPassword } from '../../shared/accounts/password-hash.js';
import { createTestTable, type TestTable } from '../support/dynamo-table.js';

const run = promisify(execFile);
let table: TestTable;

beforeAll(async () => {
  table = await createTestTable();
});
afterAll(() => table.drop());

function organizerCli(...args: string[]) {
  return run('npx', ['tsx', 'functions/organizer/organizer-cli.ts', ...args], {
    env: { ...process.env, TABLE_NAME: table.tableName, DYNAMODB_ENDPOINT: inject('dynamoEndpoint') },
  });
}

describe('npm run organizer -- reset-password', () => {
  it('Should give the account a new password shown once, end its sessions and audit it', async () => {
    const clock = { now: () => new Date() };
    await createAccount({ accounts: table.store.accounts, clock }, { email: 'forgot@district.cn', role: 'admin', password: 'the-old-password' });
    const before = (await table.store.accounts.get('forgot@district.cn'))!;
    const { stdout } = await organizerCli('reset-password', '--email', 'Forgot@District.cn');
    const password = stdout.trim().split('\n').at(-1)!.trim();
    expect(password).toMatch(/^\S{10,}$/);
    const after = (await table.store.accounts.get('forgot@district.cn'))!;
    expect(await verifyPassword(password, after.passwordHash)).toBe(true);
    expect(await verifyPassword('the-old-password', after.passwordHash)).toBe(false);
    expect(after.sessionEpoch ?? 0).toBeGreaterThan(before.sessionEpoch ?? 0);
    const audit = await table.store.audit.list();
    expect(audit.items.map((e) => [e.actor, e.action, e.target])).toContainEqual(['organizer-cli', 'account.reset-password', 'forgot@district.cn']);
  }, 60_000);

  it('Should refuse an unknown account and a missing email, changing nothing', async () => {
    await expect(organizerCli('reset-password', '--email', 'nobody@district.cn')).rejects.toMatchObject({ code: 1 });
    await expect(organizerCli('reset-password')).rejects.toMatchObject({ code: 2 });
  }, 60_000);
});
