// The project's one error shape, and the exception that carries it out of a handler.
import type { ErrorCode } from '../../shared/i18n/ui-messages.js';

export interface ErrorIssue {
  questionId?: string;
  field?: string;
  message: string;
}

export interface ErrorBody {
  error: { code: string; message: string; issues?: ErrorIssue[] };
}

export function errorBody(code: string, message: string, issues?: ErrorIssue[]): ErrorBody {
  return { error: issues && issues.length > 0 ? { code, message, issues } : { code, message } };
}

export type ErrorStatus = 400 | 401 | 403 | 404 | 405 | 409 | 410 | 413 | 415 | 422 | 429 | 500 | 503;

/** Thrown by handlers and middleware; the error handler turns it into the error shape. */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: ErrorStatus,
    readonly code: ErrorCode,
    readonly issues?: ErrorIssue[],
  ) {
    super(code);
  }
}
