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
