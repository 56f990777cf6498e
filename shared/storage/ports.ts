// What the domain needs from storage. One DynamoDB adapter implements it; tests use the same one.
import type { Catalogue } from '../catalogue/catalogue-schema.js';
import type { Answers } from '../survey/answers.js';
import type { Survey } from '../survey/survey-schema.js';
import type { CounterDeltas } from '../report/counter-deltas.js';

export interface StoredResponse {
  surveyId: string;
  responseId: string;
  submissionId: string;
  submittedAt: string;
  unitId: string;
  front?: string;
  answers: Answers;
}

export interface UnitCounters {
  unitId: string;
  front?: string;
  counters: Record<string, number>;
  lastResponseAt?: string;
}

export interface SubmitOutcome {
  responseId: string;
  /** True when this submission id was already stored: nothing was written. */
  replayed: boolean;
}

export interface Page<T> {
  items: T[];
  cursor?: string;
}

export interface SurveyRepository {
  get(surveyId: string): Promise<Survey | undefined>;
  put(survey: Survey): Promise<void>;
}

export interface ResponseRepository {
  /** Stores the response and adds its counter deltas in one transaction, exactly once per submission id. */
  submit(response: StoredResponse, deltas: CounterDeltas): Promise<SubmitOutcome>;
  findBySubmission(surveyId: string, submissionId: string): Promise<StoredResponse | undefined>;
  /** Responses in arrival order, a page at a time. */
  list(surveyId: string, options?: { limit?: number; cursor?: string }): Promise<Page<StoredResponse>>;
}

export interface CounterRepository {
  /** Every unit's counters for a survey: cost grows with units, never with responses. */
  read(surveyId: string): Promise<UnitCounters[]>;
}

export interface CatalogueRepository {
  load(): Promise<Catalogue>;
  putAll(catalogue: Catalogue): Promise<void>;
}

/** Small facts about the district's data (e.g. "the demo was seeded"). */
export interface MetaRepository {
  get(name: string): Promise<string | undefined>;
  /** Records a fact unless it is already recorded; returns false when it was. */
  putIfAbsent(name: string, value: string): Promise<boolean>;
}
