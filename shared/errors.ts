// Every error the domain and the storage adapter raise. Handlers map these to HTTP; nothing
// outside the adapter ever sees an AWS SDK exception.
import type { AnswerIssue } from './survey/answer-issue.js';
import type { DefinitionIssue } from './survey/definition-issues.js';

export class SurveyNotFoundError extends Error {
  override name = 'SurveyNotFoundError';
  constructor(readonly surveyId: string) {
    super(`Survey ${surveyId} does not exist or is not published.`);
  }
}

export class SurveyClosedError extends Error {
  override name = 'SurveyClosedError';
  constructor(readonly surveyId: string) {
    super(`Survey ${surveyId} is closed.`);
  }
}

export class InvalidAnswersError extends Error {
  override name = 'InvalidAnswersError';
  constructor(readonly issues: AnswerIssue[]) {
    super(`${issues.length} answer(s) do not fit the survey.`);
  }
}

export class InvalidSurveyError extends Error {
  override name = 'InvalidSurveyError';
  constructor(readonly issues: DefinitionIssue[]) {
    super(`${issues.length} problem(s) in the survey definition.`);
  }
}

/** The store is throttling, timing out or unreachable: the caller may retry the same request. */
export class StoreUnavailableError extends Error {
  override name = 'StoreUnavailableError';
  constructor(readonly causeName: string, options?: { cause?: unknown }) {
    super(`The data store is unavailable (${causeName}).`, options);
  }
}

/** Before the survey's opening time: respondents are told it is not open yet. */
export class SurveyNotOpenError extends Error {
  override name = 'SurveyNotOpenError';
  constructor(readonly surveyId: string, readonly opensAt: string) {
    super(`Survey ${surveyId} opens at ${opensAt}.`);
  }
}

/** The survey reached its response limit. */
export class SurveyFullError extends Error {
  override name = 'SurveyFullError';
  constructor(readonly surveyId: string) {
    super(`Survey ${surveyId} has reached its response limit.`);
  }
}

/** This browser already answered a one-response-per-device survey (a cookie says so: best effort, not identity). */
export class AlreadyAnsweredError extends Error {
  override name = 'AlreadyAnsweredError';
  constructor(readonly surveyId: string) {
    super(`Survey ${surveyId} was already answered on this device.`);
  }
}

export type AccessCodeProblem = 'required' | 'unknown' | 'used' | 'wrong_unit';

/** A survey that requires access codes got none, an unknown one, a used one, or another unit's. */
export class AccessCodeError extends Error {
  override name = 'AccessCodeError';
  constructor(readonly problem: AccessCodeProblem) {
    super(`Access code problem: ${problem}.`);
  }
}

/** A published or closed survey's questions cannot change: old responses must match them. */
export class SurveyFrozenError extends Error {
  override name = 'SurveyFrozenError';
  constructor(readonly surveyId: string, readonly status: string) {
    super(`Survey ${surveyId} is ${status}; its questions can no longer change.`);
  }
}

/** A state change that does not fit the survey's status (e.g. closing a draft). */
export class SurveyStatusError extends Error {
  override name = 'SurveyStatusError';
  constructor(readonly surveyId: string, readonly status: string, readonly wanted: string) {
    super(`Survey ${surveyId} is ${status} and cannot be ${wanted}.`);
  }
}

/** Wrong password and unknown email alike: no hint which. */
export class InvalidCredentialsError extends Error {
  override name = 'InvalidCredentialsError';
  constructor() {
    super('The email or password is not correct.');
  }
}

export class AccountLockedError extends Error {
  override name = 'AccountLockedError';
  constructor(readonly retryAfterSeconds: number) {
    super('Too many failed sign-ins; try again later.');
  }
}

/** A record with this id already exists (account, catalogue item, survey). */
export class AlreadyExistsError extends Error {
  override name = 'AlreadyExistsError';
  constructor(readonly what: string, readonly id: string) {
    super(`${what} ${id} already exists.`);
  }
}

/** A record the organizer named does not exist. */
export class RecordNotFoundError extends Error {
  override name = 'RecordNotFoundError';
  constructor(readonly what: string, readonly id: string) {
    super(`${what} ${id} does not exist.`);
  }
}

export interface FieldIssue {
  field: string;
  message: string;
}

/** Organizer input that parses but breaks a rule (unknown front, closing before opening…): a 422 listing every problem. */
export class InvalidInputError extends Error {
  override name = 'InvalidInputError';
  /** `subject` says what was invalid: a survey definition that fails its schema is still an invalid survey. */
  constructor(readonly issues: FieldIssue[], readonly subject: 'input' | 'survey' = 'input') {
    super(`${issues.length} problem(s) in the input.`);
  }
}

/** A report filter names a unit, front or question the survey does not have. */
export class InvalidReportFilterError extends Error {
  override name = 'InvalidReportFilterError';
  constructor(readonly issues: { field: string; message: string }[]) {
    super(issues.map((i) => i.message).join(' '));
  }
}
