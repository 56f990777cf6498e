// Storage's port for responses: stored exactly once with their counts, listed, marked invalid.
import * as v from 'valibot';
import type { Page } from '../kernel/page.js';
import type { CounterDeltas } from '../survey/counter-deltas.js';
import { AnswersSchema } from '../question-types/answers.js';

export const InvalidMarkSchema = v.object({
  reason: v.string(),
  /** When it was marked (ISO instant) and by whom (account email). */
  at: v.string(),
  by: v.string(),
});

/** A response as stored (and read back: the adapter parses every item with this schema). */
export const StoredResponseSchema = v.object({
  surveyId: v.string(),
  responseId: v.string(),
  submissionId: v.string(),
  submittedAt: v.string(),
  unitId: v.string(),
  front: v.optional(v.string()),
  answers: AnswersSchema,
  /** Set while an organizer has marked the response invalid (无效答卷): it stays stored but counts nowhere. */
  invalid: v.optional(InvalidMarkSchema),
});

export type StoredResponse = v.InferOutput<typeof StoredResponseSchema>;
export type InvalidMark = v.InferOutput<typeof InvalidMarkSchema>;

export interface ResponseListOptions {
  limit?: number;
  cursor?: string;
  newestFirst?: boolean;
  /** Submitted at or after / before these instants (ISO; `to` exclusive), a key range on the time index. */
  from?: string;
  to?: string;
  unitId?: string;
}

export interface SubmitOutcome {
  responseId: string;
  /** True when this submission id was already stored: nothing was written. */
  replayed: boolean;
}

/** Conditions a submission must meet inside its own transaction, so no race can get past them. */
export interface SubmitGuard {
  /** Consumed in the same transaction as the response write: a code is used at most once. */
  accessCode?: string;
  /** The survey's response limit; the running total is checked and raised in the same transaction. */
  responseLimit?: number;
}

export interface ResponseRepository {
  /**
   * Stores the response and adds its counter deltas in one transaction, exactly once per submission id.
   * A replay wins over every guard; otherwise a failed guard raises AccessCodeError or SurveyFullError.
   */
  submit(response: StoredResponse, deltas: CounterDeltas, guard?: SubmitGuard): Promise<SubmitOutcome>;
  findBySubmission(surveyId: string, submissionId: string): Promise<StoredResponse | undefined>;
  /** Responses in arrival order (or newest first), a page at a time; `from`/`to` (ISO instants, `to` exclusive) narrow the range on the index; a unit filter may make pages short. */
  list(surveyId: string, options?: ResponseListOptions): Promise<Page<StoredResponse>>;
  /** The response with this id, read consistently once the index has found it. */
  findById(surveyId: string, responseId: string): Promise<StoredResponse | undefined>;
  /** Responses whose id starts with `prefix` (a receipt number is the id's first 8 hex digits), at most `limit`. */
  findByIdPrefix(surveyId: string, prefix: string, limit: number): Promise<StoredResponse[]>;
  /**
   * Flags the response invalid and adds `deltas` (the negated counts) to its unit's counters in one
   * transaction, exactly once: false, and nothing written, when it is already invalid.
   */
  markInvalid(response: StoredResponse, mark: InvalidMark, deltas: CounterDeltas): Promise<boolean>;
  /** Clears the flag and adds its counts back in one transaction: false, and nothing written, when it was not invalid. */
  markValid(response: StoredResponse, deltas: CounterDeltas): Promise<boolean>;
}
