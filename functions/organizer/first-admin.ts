// Makes sure a district has an admin: the first one from the environment, or generated and printed.
import { createAccount } from '../../shared/accounts/create-account.js';
import type { Clock } from '../../shared/kernel/clock.js';
import type { AccountRepository } from '../../shared/accounts/account-store.js';
import type { AuditRepository } from '../../shared/audit/audit-store.js';
import type { MetaRepository } from '../../shared/kernel/meta-store.js';

const FIRST_ADMIN_MARK = 'first-admin';

export interface FirstAdmin {
  email: string;
  /** Only when this call generated it (shown once); a password from the environment is never echoed. */
  password?: string;
  created: boolean;
}

export async function ensureFirstAdmin(
  deps: { accounts: AccountRepository; meta: MetaRepository; audit?: AuditRepository; clock: Clock },
  env: NodeJS.ProcessEnv = process.env,
): Promise<FirstAdmin> {
  const existing = await deps.meta.get(FIRST_ADMIN_MARK);
  if (existing !== undefined) return { email: existing, created: false };
  const email = (env.DIANCAI_ADMIN_EMAIL ?? 'admin@diancai.local').trim().toLowerCase();
  const known = await deps.accounts.get(email);
  if (!known) {
    const created = await createAccount(deps, { email, role: 'admin', ...(env.DIANCAI_ADMIN_PASSWORD ? { password: env.DIANCAI_ADMIN_PASSWORD } : {}) }, 'npm start');
    await deps.meta.putIfAbsent(FIRST_ADMIN_MARK, email);
    return created.generated ? { email, password: created.password, created: true } : { email, created: true };
  }
  await deps.meta.putIfAbsent(FIRST_ADMIN_MARK, email);
  return { email, created: false };
}
