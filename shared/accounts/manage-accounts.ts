// Accounts after they exist: own password, an admin's reset, disable and enable, sign-out everywhere.
// Every change that touches sign-in raises the account's session epoch, which ends its sessions at once.
import { InvalidInputError, OwnAccountError, RecordNotFoundError, WrongPasswordError } from '../errors.js';
import type { CatalogueRepository } from '../catalogue/catalogue-store.js';
import type { Session } from './session-schema.js';
import { normalizeEmail } from './account-schema.js';
import { generatePassword } from './create-account.js';
import { hashPassword, verifyPassword } from './password-hash.js';
import { startSession, type AuthDeps, type SignedIn } from './sign-in.js';

/**
 * The old password proves the account holder is at the keyboard. Every session ends, this one too;
 * the caller gets a fresh session so changing a password does not sign them out.
 */
export async function changeOwnPassword(deps: AuthDeps, session: Session, oldPassword: string, newPassword: string): Promise<SignedIn> {
  const account = await deps.accounts.get(session.email);
  if (!account) throw new RecordNotFoundError('account', session.email);
  if (!(await verifyPassword(oldPassword, account.passwordHash))) throw new WrongPasswordError();
  const epoch = await deps.accounts.update(account.email, { passwordHash: await hashPassword(newPassword), endSessions: true });
  return startSession(deps, account.email, account.role, epoch);
}

/** A new generated password, shown once to the admin; the account's sessions end. */
export async function resetPassword(deps: Pick<AuthDeps, 'accounts'>, email: string): Promise<string> {
  const password = generatePassword();
  await deps.accounts.update(normalizeEmail(email), { passwordHash: await hashPassword(password), endSessions: true });
  return password;
}

/** Disabling ends the account's sessions at once; enabling lets it sign in again (with a new session). */
export async function setDisabled(deps: Pick<AuthDeps, 'accounts'>, by: Session, email: string, disabled: boolean): Promise<void> {
  const target = normalizeEmail(email);
  if (disabled && target === by.email) throw new OwnAccountError();
  await deps.accounts.update(target, disabled ? { disabled: true, endSessions: true } : { disabled: false });
}

/** Ends every session of the account, on every device, this one included. */
export async function signOutEverywhere(deps: Pick<AuthDeps, 'accounts'>, session: Session): Promise<void> {
  await deps.accounts.update(session.email, { endSessions: true });
}

/**
 * Limits an account to some fronts (none: the whole district again). Read with the account on every
 * request, so the account's open sessions see the change at once without signing out.
 */
export async function setFronts(deps: { accounts: AuthDeps['accounts']; catalogue: CatalogueRepository }, email: string, fronts: readonly string[]): Promise<string[]> {
  const known = new Set((await deps.catalogue.load()).fronts.map((f) => f.id));
  const unknown = fronts.flatMap((f, i) => (known.has(f) ? [] : [i]));
  if (unknown.length > 0) throw new InvalidInputError(unknown.slice(0, 20).map((i) => ({ field: `fronts.${i}`, message: 'No front of the catalogue has this id', zh: '名录中没有这条战线。' })));
  const unique = [...new Set(fronts)];
  // An admin reaches the whole district (accounts, catalogue, audit): a front limit on one would mean nothing.
  const account = await deps.accounts.get(normalizeEmail(email));
  if (account?.role === 'admin' && unique.length > 0) throw new InvalidInputError([{ field: 'fronts', message: 'An admin reaches the whole district and cannot be limited to fronts; limit an organizer or viewer.', zh: '管理员管理全区，不能限定战线；请限定组织者或查看者的战线。' }]);
  await deps.accounts.update(normalizeEmail(email), { fronts: unique });
  return unique;
}
