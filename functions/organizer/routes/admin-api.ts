// Admin-only API: accounts and the audit log.
import { NewAccountSchema } from '../../../shared/accounts/account-schema.js';
import { createAccount } from '../../../shared/accounts/create-account.js';
import { parseBody, readJson } from '../../http/json-body.js';
import type { OrganizerDeps } from '../deps.js';
import { audit, register, type OrganizerApp } from '../register-route.js';

export function adminApi(app: OrganizerApp, deps: OrganizerDeps): void {
  register(app, deps, 'GET /api/accounts', async (c) => c.json({ accounts: await deps.store.accounts.list() }));

  register(app, deps, 'POST /api/accounts', async (c) => {
    const input = parseBody(NewAccountSchema, await readJson(c));
    const created = await createAccount({ accounts: deps.store.accounts, clock: deps.clock }, input, c.get('session').email);
    await audit(deps, c, 'account.create', created.account.email, { role: created.account.role });
    c.header('Cache-Control', 'no-store');
    // The password is returned only when generated: the caller must pass it on, it is never shown again.
    return c.json(created.generated ? { account: created.account, password: created.password } : { account: created.account }, 201);
  });

  register(app, deps, 'GET /api/audit', async (c) => {
    // DynamoDB's Limit is an integer: a fractional ?limit= must not reach it.
    const limit = Number(c.req.query('limit') ?? 100);
    const page = await deps.store.audit.list({ limit: Number.isFinite(limit) ? Math.trunc(limit) : 100, cursor: c.req.query('cursor') });
    return c.json({ entries: page.items, ...(page.cursor ? { cursor: page.cursor } : {}) });
  });
}
