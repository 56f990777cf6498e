// Applies the per-source limit on public writes (shared/responses/public-write-limit.ts) to every
// non-GET request of the respondent app's write paths, before any handler reads the body: 429
// too_many_writes with Retry-After (the form's outbox waits and sends again).
import type { MiddlewareHandler } from 'hono';
import type { Clock } from '../../shared/kernel/clock.js';
import { TooManyWritesError } from '../../shared/errors.js';
import { DEFAULT_SIGN_IN_POLICY, sourceKey, type PublicWriteLimiter, type PublicWritePolicy } from '../../shared/responses/public-write-limit.js';
import { clientAddress } from './client-address.js';
import { isSafeMethod } from './same-origin.js';

export interface PublicWriteLimit {
  limiter: PublicWriteLimiter;
  policy: PublicWritePolicy;
  /**
   * Sign-ins (签到) count against an allowance of their own (default DEFAULT_SIGN_IN_POLICY): a hall
   * on one Wi-Fi signs in from one address within minutes, and must neither be refused nor use up the
   * feedback allowance the same hall needs an hour later.
   */
  signIns?: PublicWritePolicy;
}

/** A sign-in write: the API's POST and the page's plain form post. */
const SIGN_IN_WRITE = /^\/(api\/public\/lectures\/[^/]+\/sign-ins|sign-in\/[^/]+)$/;

export function publicWriteLimit(limit: PublicWriteLimit, clock: Clock): MiddlewareHandler {
  return async function publicWriteLimitMiddleware(c, next) {
    if (!isSafeMethod(c.req.method)) {
      const signIn = SIGN_IN_WRITE.test(c.req.path);
      const address = clientAddress(c);
      const claim = signIn
        ? await limit.limiter.claim(sourceKey(`sign-in:${address}`), clock.now(), limit.signIns ?? DEFAULT_SIGN_IN_POLICY)
        : await limit.limiter.claim(sourceKey(address), clock.now(), limit.policy);
      if (!claim.allowed) throw new TooManyWritesError(Math.max(1, Math.ceil((claim.retryAfterMs ?? 60_000) / 1000)));
    }
    await next();
  };
}
