// Rejects bodies over the limit before anything reads them, in the one error shape.
import { bodyLimit } from 'hono/body-limit';
import { errorResponse } from './error-handler.js';

/** Respondent bodies: a full needs survey with long write-ins fits well within this. */
export const RESPONDENT_BODY_LIMIT = 64 * 1024;

export function limitBody(maxSize: number) {
  return bodyLimit({ maxSize, onError: (c) => errorResponse(c, { status: 413, code: 'body_too_large' }) });
}
