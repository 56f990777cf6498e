// The fronts a survey's owner is limited to, read with the account (as every request reads it), so a
// survey's reach follows its owner's limit: undefined for admins, accounts without fronts, and
// surveys whose owner is unknown.
import type { AccountRepository } from './account-store.js';

export async function ownerFronts(accounts: Pick<AccountRepository, 'get'>, owner: string | undefined): Promise<string[] | undefined> {
  if (!owner) return undefined;
  const account = await accounts.get(owner);
  if (!account || account.role === 'admin' || !account.fronts || account.fronts.length === 0) return undefined;
  return account.fronts;
}
