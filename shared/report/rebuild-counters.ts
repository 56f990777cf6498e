// Recounts a survey's counters from its stored responses (the source of truth), page by page,
// reports every difference from the live counters, and optionally writes the recount.
import { SurveyNotFoundError } from '../errors.js';
import type { CounterRepository } from '../survey/counter-store.js';
import type { ResponseRepository } from '../responses/response-store.js';
import type { SurveyRepository } from '../survey/survey-store.js';
import { responsePages } from './response-pages.js';
import { counterDifferences, CounterTally, type CounterDifference } from './recount.js';

export interface RebuildDeps {
  surveys: SurveyRepository;
  responses: ResponseRepository;
  counters: CounterRepository;
}

export interface RebuildResult {
  /** Valid responses recounted; invalid ones are read and skipped. */
  responses: number;
  invalid: number;
  differences: CounterDifference[];
  written: boolean;
}

/**
 * With `write`, the recount replaces the live counters. Run it with no submissions in flight:
 * one arriving between the read and the write would be counted by neither.
 */
export async function rebuildCounters(deps: RebuildDeps, surveyId: string, options: { write?: boolean } = {}): Promise<RebuildResult> {
  const survey = await deps.surveys.get(surveyId);
  if (!survey) throw new SurveyNotFoundError(surveyId);
  const tally = new CounterTally(survey);
  let count = 0;
  let invalid = 0;
  for await (const page of responsePages(deps.responses, surveyId, 1000)) {
    for (const response of page) {
      tally.add(response);
      if (response.invalid) invalid += 1;
      else count += 1;
    }
  }
  const recounted = tally.result();
  const differences = counterDifferences(await deps.counters.readExact(surveyId), new Map(recounted.map((u) => [u.unitId, u.counters])));
  const written = options.write === true && differences.length > 0;
  if (written) await deps.counters.replace(surveyId, recounted);
  return { responses: count, invalid, differences, written };
}

// Lecture counters (per-lecture feedback) are rebuilt the same way, from the stored feedback.
