// Rejects bodies over the limit before anything reads them; the error handler answers (a page or the error shape).
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ApiError } from './api-error.js';
import { EssayFileError } from '../../shared/errors.js';
import { ESSAY_FILE_MAX_BYTES } from '../../shared/essays/essay-file.js';

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

/**
 * The local run's essay file uploads (the API's PUT, the page's multipart form): a 10 MB file and its
 * form's few fields. Past it the answer is the file's own 413 (file_too_large). In AWS they go to S3.
 */
const ESSAY_UPLOAD_PATHS = /^\/(u\/[^/]+\/essay-calls\/[^/]+\/upload|api\/public\/units\/[^/]+\/essay-calls\/[^/]+\/uploads\/[^/]+)$/;
const ESSAY_UPLOAD_LIMIT = ESSAY_FILE_MAX_BYTES + 64 * 1024;

/** The respondent's limit by path: essay file uploads', the essay routes' larger one, every other route's usual one. */
export function limitRespondentBody() {
  const usual = limitBody(RESPONDENT_BODY_LIMIT);
  const essay = limitBody(ESSAY_BODY_LIMIT);
  const upload = bodyLimit({
    maxSize: ESSAY_UPLOAD_LIMIT,
    onError: () => {
      throw new EssayFileError('too_large');
    },
  });
  return ((c, next) => (ESSAY_UPLOAD_PATHS.test(c.req.path) ? upload(c, next) : ESSAY_PATHS.test(c.req.path) ? essay(c, next) : usual(c, next))) satisfies MiddlewareHandler;
}
