// Invalid responses (无效答卷): an organizer takes a spam or test response out of every count, and
// can put it back. The response stays stored; the flag and the counters change in one transaction.
import * as v from 'valibot';
import type { Clock } from '../kernel/clock.js';
import { RecordNotFoundError, SurveyNotFoundError } from '../errors.js';
import { counterDeltas, negatedDeltas } from '../survey/counter-deltas.js';
import { INVALID_COUNTER } from '../question-types/counter-names.js';
import type { ResponseRepository, StoredResponse } from './response-store.js';
import type { SurveyRepository } from '../survey/survey-store.js';
import type { Survey } from '../survey/survey-schema.js';

export const InvalidateResponseSchema = v.object({
  reason: v.pipe(v.string(), v.trim(), v.minLength(1, 'A reason is required'), v.maxLength(200)),
});

export interface InvalidResponseDeps {
  surveys: SurveyRepository;
  responses: ResponseRepository;
  clock: Clock;
}

export interface ValidityChange {
  response: StoredResponse;
  /** False when the response already was in the asked state: nothing was written. */
  changed: boolean;
}

export async function surveyResponse(deps: InvalidResponseDeps, surveyId: string, responseId: string): Promise<{ survey: Survey; response: StoredResponse }> {
  const survey = await deps.surveys.get(surveyId);
  if (!survey) throw new SurveyNotFoundError(surveyId);
  const response = await deps.responses.findById(surveyId, responseId);
  if (!response) throw new RecordNotFoundError('response', responseId);
  return { survey, response };
}

/**
 * Takes the response out of every counter, exactly once. Its deltas are recomputed from its answers
 * with the survey's frozen definition, so they are the very ones its submission added.
 */
export async function invalidateResponse(deps: InvalidResponseDeps, surveyId: string, responseId: string, reason: string, by: string): Promise<ValidityChange> {
  const { survey, response } = await surveyResponse(deps, surveyId, responseId);
  if (response.invalid) return { response, changed: false };
  const mark = { reason, at: deps.clock.now().toISOString(), by };
  const changed = await deps.responses.markInvalid(response, mark, { ...negatedDeltas(counterDeltas(survey, response.answers)), [INVALID_COUNTER]: 1 });
  // Lost to a concurrent mark (a double click): report the state that won.
  if (!changed) return { response: (await deps.responses.findById(surveyId, responseId)) ?? response, changed: false };
  return { response: { ...response, invalid: mark }, changed: true };
}

/** Counts the response again, exactly once. */
export async function restoreResponse(deps: InvalidResponseDeps, surveyId: string, responseId: string): Promise<ValidityChange> {
  const { survey, response } = await surveyResponse(deps, surveyId, responseId);
  if (!response.invalid) return { response, changed: false };
  const changed = await deps.responses.markValid(response, { ...counterDeltas(survey, response.answers), [INVALID_COUNTER]: -1 });
  const { invalid: _cleared, ...restored } = response;
  if (!changed) return { response: (await deps.responses.findById(surveyId, responseId)) ?? restored, changed: false };
  return { response: restored, changed: true };
}
