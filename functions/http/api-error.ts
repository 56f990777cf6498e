// The project's one error shape, and the exception that carries an HTTP-level refusal out of a handler.
import { DomainError, type ErrorIssue, type ErrorStatus } from '../../shared/errors.js';
import type { ErrorCode } from '../../shared/i18n/ui-messages.js';

export type { ErrorIssue, ErrorStatus };

export interface ErrorBody {
  error: { code: string; message: string; issues?: ErrorIssue[] };
}

export function errorBody(code: string, message: string, issues?: ErrorIssue[]): ErrorBody {
  return { error: issues && issues.length > 0 ? { code, message, issues } : { code, message } };
}

/** Thrown by handlers and middleware for refusals that are about HTTP, not the domain (auth, CSRF, malformed bodies). */
export class ApiError extends DomainError {
  override name = 'ApiError';
  constructor(
    readonly status: ErrorStatus,
    readonly code: ErrorCode,
    readonly issues?: ErrorIssue[],
  ) {
    super(code);
  }
  override issuesIn(): ErrorIssue[] | undefined {
    return this.issues;
  }
}
