// Rejects bodies over the limit before anything reads them; the error handler answers (a page or the error shape).
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
