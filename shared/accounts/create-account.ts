// Adding an organizer or admin account; a password is generated when none is given.
import { randomBytes } from 'node:crypto';
import type { Clock } from '../kernel/clock.js';
import type { AccountRepository } from './account-store.js';
import type { Account, NewAccount } from './account-schema.js';
import { hashPassword } from './password-hash.js';

export interface CreatedAccount {
  account: Account;
  /** Shown once to whoever created the account; only its hash is stored. */
  password: string;
  generated: boolean;
}

export function generatePassword(): string {
  return randomBytes(12).toString('base64url');
}

export async function createAccount(deps: { accounts: AccountRepository; clock: Clock }, input: NewAccount, createdBy?: string): Promise<CreatedAccount> {
  const password = input.password ?? generatePassword();
  const account: Account = { email: input.email, role: input.role, createdAt: deps.clock.now().toISOString(), ...(createdBy ? { createdBy } : {}) };
  await deps.accounts.create({ ...account, passwordHash: await hashPassword(password) });
  return { account, password, generated: input.password === undefined };
}
