// What sign-in needs from storage (one DynamoDB adapter: shared/storage/dynamodb/sign-in-repository.ts).
import type { Page } from '../kernel/page.js';
import type { SignInSettings, StoredSignIn } from './sign-in-schema.js';

export interface SignInOutcome {
  /** The stored sign-in: this one, or on a replay the first one with this id. */
  signIn: StoredSignIn;
  replayed: boolean;
}

export interface SignInRepository {
  /**
   * Stores the sign-in and adds one to its event's sign-in count in one transaction, exactly once per
   * `signInId`: a replay writes nothing and answers with the first sign-in.
   */
  submit(signIn: StoredSignIn): Promise<SignInOutcome>;
  find(eventId: string, signInId: string): Promise<StoredSignIn | undefined>;
  /** An event's sign-ins in arrival order, a page at a time. */
  list(eventId: string, options?: { limit?: number; cursor?: string }): Promise<Page<StoredSignIn>>;
}

export interface SignInSettingsRepository {
  /** The district's setting; the default when none was saved. */
  get(): Promise<SignInSettings>;
  put(settings: SignInSettings): Promise<void>;
}
