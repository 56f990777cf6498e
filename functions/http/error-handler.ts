// One place where every failure becomes the error shape with the right status; never a stack trace.
import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { DomainError } from '../../shared/errors.js';
import { negotiateLocale, type Locale } from '../../shared/kernel/locale.js';
import { uiMessages, type ErrorCode } from '../../shared/i18n/ui-messages.js';
import { errorBody, type ErrorIssue, type ErrorStatus } from './api-error.js';
import type { Logger } from './logger.js';
import { formShownAgain, refusalFor } from './refused-form.js';
import { requestIdOf } from './request-id.js';

/** Seconds a client should wait before retrying when the store is unavailable. */
export const RETRY_AFTER_SECONDS = 2;

export function requestLocale(c: Context): Locale {
  return negotiateLocale(c.req.query('lang'), c.req.header('accept-language'));
}

export interface MappedError {
  status: ErrorStatus;
  code: ErrorCode;
  issues?: ErrorIssue[];
  /** How long until the same request may succeed (a lockout's remaining time). */
  retryAfterSeconds?: number;
}

/** Maps any thrown value to status, code and issues; undefined means "unexpected". */
export function mapError(error: unknown, locale: Locale): MappedError | undefined {
  if (error instanceof DomainError) {
    const issues = error.issuesIn(locale);
    return {
      status: error.status,
      code: error.code,
      ...(issues ? { issues } : {}),
      ...(error.retryAfterSeconds !== undefined ? { retryAfterSeconds: error.retryAfterSeconds } : {}),
    };
  }
  if (error instanceof HTTPException) {
    if (error.status === 413) return { status: 413, code: 'body_too_large' };
    if (error.status === 404) return { status: 404, code: 'not_found' };
    if (error.status === 405) return { status: 405, code: 'method_not_allowed' };
    if (error.status === 400) return { status: 400, code: 'malformed_body' };
  }
  return undefined;
}

/** Headers every error answer carries, page or JSON: when to retry, and never cache. */
function errorHeaders(c: Context, mapped: MappedError): void {
  if (mapped.status === 503) c.header('Retry-After', String(RETRY_AFTER_SECONDS));
  if (mapped.retryAfterSeconds !== undefined) c.header('Retry-After', String(mapped.retryAfterSeconds));
  c.header('Cache-Control', 'no-store');
}

export function errorResponse(c: Context, mapped: MappedError): Response {
  const locale = requestLocale(c);
  const body = errorBody(mapped.code, uiMessages(locale).errors[mapped.code], mapped.issues);
  errorHeaders(c, mapped);
  return c.json(body, mapped.status);
}

/** Renders an error as a page in the app's own look; `error` is the thrown value (for details such as an opening time). */
export type ErrorPageRenderer = (c: Context, mapped: MappedError, error: unknown) => Response | Promise<Response>;

/**
 * API paths, and callers asking for JSON (the survey form's script), get the error shape; every other
 * path is a page a person opened, so it gets a page with the same status.
 */
export function wantsErrorPage(c: Context): boolean {
  if (c.req.path.startsWith('/api/')) return false;
  return !(c.req.header('accept') ?? '').includes('application/json');
}

/**
 * The error shape for API callers; for a person, the refused form again where the route named one
 * (functions/http/refused-form.ts), else the app's error page: every one with the registry's status.
 */
async function answerError(c: Context, mapped: MappedError, error: unknown, renderPage: ErrorPageRenderer, logger?: Logger): Promise<Response> {
  if (!wantsErrorPage(c)) return errorResponse(c, mapped);
  errorHeaders(c, mapped);
  const cannotDraw = (cause: unknown) => logger?.warn('refused form not shown again', { requestId: requestIdOf(c), path: loggedPath(c), cause });
  const form = await formShownAgain(c, refusalFor(mapped.status, mapped.code, mapped.issues, error, requestLocale(c)), cannotDraw);
  // The status is the registry's whatever the page was drawn with: one place decides it.
  if (form) return new Response(form.body, { status: mapped.status, headers: form.headers });
  return renderPage(c, mapped, error);
}

/** The path as logs keep it: a unit's link key is a secret, so it never goes into a log line. */
export function loggedPath(c: Context): string {
  return c.req.path.replace(/^(\/u|\/api\/public\/units)\/[^/]+/, '$1/{unitKey}');
}

/** The one place a thrown error becomes a response: the registry gives status and code, the client decides page or JSON. */
export function errorHandler(logger: Logger, renderPage: ErrorPageRenderer): ErrorHandler {
  return async (error, c) => {
    const mapped = mapError(error, requestLocale(c));
    if (mapped) {
      if (mapped.status === 503) logger.warn('store unavailable', { requestId: requestIdOf(c), path: loggedPath(c), cause: error });
      return answerError(c, mapped, error, renderPage, logger);
    }
    logger.error('unhandled error', { requestId: requestIdOf(c), path: loggedPath(c), method: c.req.method, error });
    return answerError(c, { status: 500, code: 'internal_error' }, error, renderPage, logger);
  };
}

export function notFoundHandler(renderPage: ErrorPageRenderer): NotFoundHandler {
  return (c) => answerError(c, { status: 404, code: 'not_found' }, undefined, renderPage);
}
