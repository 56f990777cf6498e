// Applies the per-source limit on public writes (shared/responses/public-write-limit.ts) to every
// non-GET request of the respondent app's write paths, before any handler reads the body: 429
// too_many_writes with Retry-After (the form's outbox waits and sends again).
import type { MiddlewareHandler } from 'hono';
import type { Clock } from '../../shared/kernel/clock.js';
import { TooManyWritesError } from '../../shared/errors.js';
import { sourceKey, type PublicWriteLimiter, type PublicWritePolicy } from '../../shared/responses/public-write-limit.js';
import { clientAddress } from './client-address.js';
import { isSafeMethod } from './same-origin.js';

export interface PublicWriteLimit {
  limiter: PublicWriteLimiter;
  policy: PublicWritePolicy;
}

export function publicWriteLimit(limit: PublicWriteLimit, clock: Clock): MiddlewareHandler {
  return async function publicWriteLimitMiddleware(c, next) {
    if (!isSafeMethod(c.req.method)) {
      const claim = await limit.limiter.claim(sourceKey(clientAddress(c)), clock.now(), limit.policy);
      if (!claim.allowed) throw new TooManyWritesError(Math.max(1, Math.ceil((claim.retryAfterMs ?? limit.policy.windowMs) / 1000)));
    }
    await next();
  };
}
