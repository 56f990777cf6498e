// submitResponse with its outcome counted: stored, replayed or refused (the metrics the dashboard shows).
import { DomainError } from '../../shared/errors.js';
import { submitResponse } from '../../shared/responses/submit-response.js';
import { METRIC, noMetrics } from '../http/metrics.js';
import type { RespondentDeps } from './deps.js';

type SubmitArgs = Parameters<typeof submitResponse> extends [unknown, ...infer Rest] ? Rest : never;

export async function countedSubmit(deps: RespondentDeps, ...args: SubmitArgs): ReturnType<typeof submitResponse> {
  const metrics = deps.metrics ?? noMetrics;
  try {
    const outcome = await submitResponse({ ...deps, unitLinks: deps.programme }, ...args);
    metrics.count(outcome.replayed ? METRIC.replays : METRIC.submissions);
    return outcome;
  } catch (error) {
    // A rule said no (4xx); outages (503) are counted by status, as every route's are.
    if (error instanceof DomainError && error.status < 500) metrics.count(METRIC.refusedAnswers);
    throw error;
  }
}
