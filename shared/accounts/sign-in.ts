// Signing in and out: password check with lockout, and sessions behind signed tokens.
import type { Clock, IdGenerator } from '../kernel/clock.js';
import { AccountLockedError, InvalidCredentialsError } from '../errors.js';
import type { AccountRepository, LoginThrottleRepository, SessionRepository, ThrottlePolicy } from './account-store.js';
import type { Session } from './session-schema.js';
import { normalizeEmail } from './account-schema.js';
import { dummyPasswordHash, verifyPassword } from './password-hash.js';
import { signToken, verifyToken } from './session-token.js';

export const LOGIN_POLICY: ThrottlePolicy = {
  maxAttempts: 10,
  windowMs: 15 * 60 * 1000,
  lockMs: 15 * 60 * 1000,
};

/** A working day: long enough for a session of survey editing, short enough that a lost laptop ages out. */
export const SESSION_LIFETIME_MS = 8 * 60 * 60 * 1000;

export interface AuthDeps {
  accounts: AccountRepository;
  sessions: SessionRepository;
  loginThrottle: LoginThrottleRepository;
  clock: Clock;
  newId: IdGenerator;
  /** The district's signing secret (at least 32 bytes). */
  secret: Uint8Array;
}

export interface SignedIn {
  token: string;
  session: Session;
}

/**
 * Unknown emails and wrong passwords take the same path (a counted attempt and a scrypt check),
 * so neither the answer nor its timing says which it was; lockouts apply to both alike.
 * Attempts are counted per email and client address, so guessing from one place locks that place
 * out without letting anyone lock a real admin out from elsewhere. The attempt is counted before
 * the password is checked, in one conditional write that refuses past the limit: however many
 * guesses arrive at once, at most LOGIN_POLICY.maxAttempts passwords are checked per window.
 */
export async function signIn(deps: AuthDeps, email: string, password: string, client = ''): Promise<SignedIn> {
  const address = normalizeEmail(email);
  const key = client ? `${address}#${client.slice(0, 64)}` : address;
  const now = deps.clock.now();
  const [claim, account] = await Promise.all([deps.loginThrottle.claimAttempt(key, now, LOGIN_POLICY), deps.accounts.get(address)]);
  if (!claim.allowed) throw new AccountLockedError(Math.ceil(claim.retryAfterMs / 1000));
  const passwordOk = await verifyPassword(password, account?.passwordHash ?? (await dummyPasswordHash()));
  // A disabled account gets the same answer as a wrong password: nothing to learn from trying.
  if (!account || !passwordOk || account.disabled) throw new InvalidCredentialsError();
  await deps.loginThrottle.clear(key);
  return startSession(deps, account.email, account.role, account.sessionEpoch ?? 0);
}

/** A new session in the account's current epoch (sign-in, or the caller's own after a password change). */
export async function startSession(deps: Pick<AuthDeps, 'sessions' | 'clock' | 'newId' | 'secret'>, email: string, role: Session['role'], epoch: number): Promise<SignedIn> {
  const now = deps.clock.now();
  const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
  const session: Session = { id: deps.newId(), email, role, createdAt: now.toISOString(), expiresAt: expiresAt.toISOString(), epoch };
  await deps.sessions.create(session);
  return { token: signToken({ sid: session.id, exp: Math.floor(expiresAt.getTime() / 1000) }, deps.secret), session };
}

/**
 * The live session a token stands for; undefined when forged, expired, signed out, or when its
 * account is disabled, gone or has ended its sessions since (password change, sign-out everywhere).
 * The account is read on every request so these take effect at once; its role is the current one.
 */
export async function authenticate(deps: Pick<AuthDeps, 'sessions' | 'accounts' | 'clock' | 'secret'>, token: string): Promise<Session | undefined> {
  const now = deps.clock.now();
  const claims = verifyToken(token, deps.secret, now);
  if (!claims) return undefined;
  const session = await deps.sessions.get(claims.sid);
  if (!session || Date.parse(session.expiresAt) <= now.getTime()) return undefined;
  const account = await deps.accounts.get(session.email);
  if (!account || account.disabled || (account.sessionEpoch ?? 0) !== (session.epoch ?? 0)) return undefined;
  const { fronts: _stored, ...rest } = session;
  return { ...rest, role: account.role, ...(account.fronts && account.fronts.length > 0 ? { fronts: account.fronts } : {}) };
}

export async function signOut(deps: Pick<AuthDeps, 'sessions'>, session: Session): Promise<void> {
  await deps.sessions.delete(session.id);
}
