// One place where every failure becomes the error shape with the right status; never a stack trace.
import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import {
  AccessCodeError,
  AccountLockedError,
  AlreadyAnsweredError,
  AlreadyExistsError,
  InvalidAnswersError,
  InvalidCredentialsError,
  InvalidInputError,
  InvalidSurveyError,
  RecordNotFoundError,
  StoreUnavailableError,
  SurveyClosedError,
  SurveyFrozenError,
  SurveyFullError,
  SurveyNotFoundError,
  SurveyNotOpenError,
  InvalidReportFilterError,
  SurveyStatusError,
} from '../../shared/errors.js';
import { answerIssueMessage } from '../../shared/i18n/answer-messages.js';
import { negotiateLocale, type Locale } from '../../shared/i18n/locale.js';
import { uiMessages, type ErrorCode } from '../../shared/i18n/ui-messages.js';
import { InvalidCursorError } from '../../shared/storage/dynamodb/cursor.js';
import { ApiError, errorBody, type ErrorIssue, type ErrorStatus } from './api-error.js';
import type { Logger } from './logger.js';
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
  if (error instanceof ApiError) return { status: error.status, code: error.code, issues: error.issues };
  if (error instanceof SurveyNotFoundError) return { status: 404, code: 'survey_not_found' };
  if (error instanceof SurveyClosedError) return { status: 410, code: 'survey_closed' };
  if (error instanceof InvalidCursorError) return { status: 400, code: 'invalid_cursor' };
  if (error instanceof StoreUnavailableError) return { status: 503, code: 'store_unavailable' };
  if (error instanceof SurveyNotOpenError) return { status: 403, code: 'survey_not_open' };
  if (error instanceof InvalidReportFilterError) return { status: 422, code: 'invalid_report_filter', issues: error.issues };
  if (error instanceof SurveyFullError) return { status: 410, code: 'survey_full' };
  if (error instanceof AccessCodeError) return accessCodeError(error);
  if (error instanceof AlreadyAnsweredError) return { status: 409, code: 'already_answered' };
  if (error instanceof InvalidCredentialsError) return { status: 401, code: 'invalid_credentials' };
  if (error instanceof AccountLockedError) return { status: 429, code: 'account_locked', retryAfterSeconds: error.retryAfterSeconds };
  if (error instanceof SurveyFrozenError) return { status: 409, code: 'survey_frozen' };
  if (error instanceof SurveyStatusError) return { status: 409, code: 'survey_status_conflict' };
  if (error instanceof AlreadyExistsError) return { status: 409, code: 'already_exists' };
  if (error instanceof RecordNotFoundError) return { status: 404, code: 'record_not_found' };
  if (error instanceof InvalidSurveyError) {
    const issues = error.issues.map((issue) => (issue.questionId ? { questionId: issue.questionId, message: issue.message } : { message: issue.message }));
    return { status: 422, code: 'invalid_survey', issues };
  }
  if (error instanceof InvalidInputError) return { status: 422, code: error.subject === 'survey' ? 'invalid_survey' : 'invalid_input', issues: error.issues };
  if (error instanceof InvalidAnswersError) {
    const issues = error.issues.map((issue) => ({ questionId: issue.questionId, message: answerIssueMessage(issue, locale) }));
    return { status: 422, code: 'invalid_answers', issues };
  }
  if (error instanceof HTTPException) {
    if (error.status === 413) return { status: 413, code: 'body_too_large' };
    if (error.status === 404) return { status: 404, code: 'not_found' };
    if (error.status === 405) return { status: 405, code: 'method_not_allowed' };
    if (error.status === 400) return { status: 400, code: 'malformed_body' };
  }
  return undefined;
}

function accessCodeError(error: AccessCodeError): MappedError {
  switch (error.problem) {
    case 'required':
      return { status: 403, code: 'access_code_required' };
    case 'unknown':
      return { status: 403, code: 'access_code_invalid' };
    case 'used':
      return { status: 409, code: 'access_code_used' };
    case 'wrong_unit':
      return { status: 422, code: 'access_code_wrong_unit' };
  }
}

export function errorResponse(c: Context, mapped: MappedError): Response {
  const locale = requestLocale(c);
  const body = errorBody(mapped.code, uiMessages(locale).errors[mapped.code], mapped.issues);
  if (mapped.status === 503) c.header('Retry-After', String(RETRY_AFTER_SECONDS));
  if (mapped.retryAfterSeconds !== undefined) c.header('Retry-After', String(mapped.retryAfterSeconds));
  c.header('Cache-Control', 'no-store');
  return c.json(body, mapped.status);
}

export function jsonErrorHandler(logger: Logger): ErrorHandler {
  return (error, c) => {
    const mapped = mapError(error, requestLocale(c));
    if (mapped) {
      if (mapped.status === 503) logger.warn('store unavailable', { requestId: requestIdOf(c), path: c.req.path, cause: error });
      return errorResponse(c, mapped);
    }
    logger.error('unhandled error', { requestId: requestIdOf(c), path: c.req.path, method: c.req.method, error });
    return errorResponse(c, { status: 500, code: 'internal_error' });
  };
}

export const jsonNotFound: NotFoundHandler = (c) => errorResponse(c, { status: 404, code: 'not_found' });
