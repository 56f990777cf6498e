// The first admin `npm start` makes: a generated password is shown once; a chosen one is never echoed.
import { afterEach, describe, expect, it } from 'vitest';
import { ensureFirstAdmin } from '../../functions/organizer/first-admin.js';
import { signIn } from '../../shared/accounts/sign-in.js';
import { systemClock } from '../../shared/kernel/clock.js';
import { createTestTable, type TestTable } from '../support/dynamo-table.js';

describe('the first admin', () => {
  let table: TestTable | undefined;
  afterEach(() => table?.drop());

  it('is created once with a generated password that is returned only that once', async () => {
    table = await createTestTable();
    const first = await ensureFirstAdmin({ ...table.store, clock: systemClock }, {});
    expect(first).toEqual({ email: 'admin@diancai.local', password: expect.stringMatching(/^.{10,}$/), created: true });
    expect(await ensureFirstAdmin({ ...table.store, clock: systemClock }, {})).toEqual({ email: 'admin@diancai.local', created: false });
  });

  it('takes a chosen password from the environment without echoing it', async () => {
    table = await createTestTable();
    const env = { DIANCAI_ADMIN_EMAIL: 'Chief@District.cn', DIANCAI_ADMIN_PASSWORD: 'chosen-password-1' };
    expect(await ensureFirstAdmin({ ...table.store, clock: systemClock }, env)).toEqual({ email: 'chief@district.cn', created: true });
    const deps = { ...table.store, clock: systemClock, newId: () => crypto.randomUUID(), secret: new Uint8Array(32).fill(7) };
    await expect(signIn(deps, 'chief@district.cn', 'chosen-password-1')).resolves.toMatchObject({ session: { role: 'admin' } });
  });
});
