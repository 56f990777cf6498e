// Storage's ports for accounts, their sessions and the sign-in throttle.
import type { Account, Role } from './account-schema.js';
import type { Session } from './session-schema.js';

export interface StoredAccount extends Account {
  passwordHash: string;
  /** Sessions carry the epoch they began in; raising it ends every one of them (sign-out everywhere). */
  sessionEpoch?: number;
}

/** What one account update may change; every change that touches sign-in ends the account's sessions. */
export interface AccountChange {
  passwordHash?: string;
  disabled?: boolean;
  role?: Role;
  /** The fronts the account is limited to; an empty list lifts the limit. */
  fronts?: readonly string[];
  endSessions?: true;
}

export interface AccountRepository {
  /** Fails with AlreadyExistsError when the email is taken. */
  create(account: StoredAccount): Promise<void>;
  get(email: string): Promise<StoredAccount | undefined>;
  list(): Promise<Account[]>;
  /** Applies the change to an existing account (RecordNotFoundError otherwise); returns the session epoch after it. */
  update(email: string, change: AccountChange): Promise<number>;
}

export interface SessionRepository {
  create(session: Session): Promise<void>;
  get(sessionId: string): Promise<Session | undefined>;
  delete(sessionId: string): Promise<void>;
}

export interface ThrottlePolicy {
  /** Attempts counted (and so passwords checked) per window at most. */
  maxAttempts: number;
  windowMs: number;
  /** How long a window that filled up stays refused, counted from the attempt that filled it. */
  lockMs: number;
}

export type AttemptClaim = { allowed: true } | { allowed: false; retryAfterMs: number };

/** Sign-in attempts per email and client; items expire by TTL once their window and lock are over. */
export interface LoginThrottleRepository {
  /** Counts one attempt before its password is checked, atomically; refuses once the window is full or locked. */
  claimAttempt(key: string, now: Date, policy: ThrottlePolicy): Promise<AttemptClaim>;
  /** Forgets the attempts (after a successful sign-in). */
  clear(key: string): Promise<void>;
}
