// Rejects bodies over the limit before anything reads them; the error handler answers (a page or the error shape).
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ApiError } from './api-error.js';

/** Respondent bodies: a full needs survey with long write-ins fits well within this. */
export const RESPONDENT_BODY_LIMIT = 64 * 1024;

export function limitBody(maxSize: number) {
  return bodyLimit({
    maxSize,
    onError: () => {
      throw new ApiError(413, 'body_too_large');
    },
  });
}

/**
 * Essays (征文) are the one long public body: up to 30,000 characters of Chinese, which a plain form
 * sends percent-encoded (9 bytes a character). Only the essay routes take this much.
 */
export const ESSAY_BODY_LIMIT = 300 * 1024;
const ESSAY_PATHS = /^\/(u|api\/public\/units)\/[^/]+\/essay-calls\//;

/** The respondent's limit by path: the essay routes' larger one, every other route's usual one. */
export function limitRespondentBody() {
  const usual = limitBody(RESPONDENT_BODY_LIMIT);
  const essay = limitBody(ESSAY_BODY_LIMIT);
  return ((c, next) => (ESSAY_PATHS.test(c.req.path) ? essay(c, next) : usual(c, next))) satisfies MiddlewareHandler;
}
