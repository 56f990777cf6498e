// Storage's ports for lectures, their feedback (counted in shards) and the feedback form's versions.
import * as v from 'valibot';
import type { Page } from '../kernel/page.js';
import type { LectureCounters } from './feedback-counters.js';
import type { Lecture } from './lecture-schema.js';
import type { CounterDeltas } from '../survey/counter-deltas.js';
import type { SubmitOutcome } from '../responses/response-store.js';
import { AnswersSchema } from '../question-types/answers.js';
import type { Survey } from '../survey/survey-schema.js';

/** One attendee's feedback on one lecture, filed under the lecture. */
export const StoredFeedbackSchema = v.object({
  lectureId: v.string(),
  responseId: v.string(),
  submissionId: v.string(),
  submittedAt: v.string(),
  /** The feedback form version the answers fit. */
  formVersion: v.number(),
  answers: AnswersSchema,
  /** The phone's per-lecture id, when it sent one (one feedback per phone). */
  deviceId: v.optional(v.string()),
  /** Set when a later feedback from the same phone replaced this one: it counts nowhere. */
  replacedBy: v.optional(v.string()),
});
export type StoredFeedback = v.InferOutput<typeof StoredFeedbackSchema>;

/** What a repeat from the same phone does: replaces the earlier feedback, or is refused (409). */
export type RepeatFeedback = 'refuse' | 'replace';

/** The earlier feedback a replacement takes out of the counters (its deltas recomputed from its own form). */
export interface ReplacedFeedback {
  feedback: StoredFeedback;
  deltas: CounterDeltas;
}

/** A feedback response's text answers (suggestions), by question id. */
export const SuggestionSchema = v.object({
  lectureId: v.string(),
  responseId: v.string(),
  submittedAt: v.string(),
  texts: v.record(v.string(), v.string()),
});
export type Suggestion = v.InferOutput<typeof SuggestionSchema>;

export interface LectureRepository {
  /**
   * Stores a new lecture and books its expert's time in one transaction, serialised per expert, so
   * two overlapping bookings can never both succeed: ExpertBusyError names the lecture in the way.
   */
  create(lecture: Lecture): Promise<void>;
  get(lectureId: string): Promise<Lecture | undefined>;
  /** Lectures starting in [from, to) (instants), in start order. */
  listByStart(from: string, to: string): Promise<Lecture[]>;
  /** The lectures a unit hosts (any status) starting at or after `since` (an instant), in start order: O(that unit's lectures). */
  ofUnit(unitId: string, since?: string): Promise<Lecture[]>;
  /** Adds lectures to their host units' lists (a set: repeats change nothing); booking already does it. */
  listUnderUnits(lectures: readonly Lecture[]): Promise<void>;
  /** Records attendance (again, to correct it); LectureStatusError unless scheduled or delivered. */
  markDelivered(lectureId: string, attendance: number, at: string): Promise<Lecture>;
  /** Cancels a scheduled lecture and frees its expert's time; LectureStatusError otherwise. */
  cancel(lectureId: string, at: string, reason?: string): Promise<Lecture>;
  /** Points a lecture that has not started by `now` at another feedback form version; false when it has started. */
  repinForm(lectureId: string, version: number, now: string): Promise<boolean>;
  /** Each lecture's counters (its shards summed): cost grows with lectures, never with feedback. */
  counters(lectureIds: readonly string[]): Promise<Map<string, LectureCounters>>;
  /** Replaces a lecture's counters with a recount (rebuild-counters). */
  replaceCounters(lectureId: string, counters: LectureCounters): Promise<void>;
}

export interface FeedbackRepository {
  /** Stores the feedback, its suggestions and its counter deltas in one transaction, exactly once per submission id. */
  /**
   * Stores a feedback and counts it, exactly once per submission id. With a device id, one per phone:
   * `repeat` 'refuse' answers AlreadyAnsweredError for a second submission of the phone; 'replace'
   * takes `replacing` (the phone's earlier feedback) out of the counters in the same transaction.
   */
  submit(feedback: StoredFeedback, deltas: CounterDeltas, suggestions: Record<string, string>, device?: { repeat: RepeatFeedback; replacing?: ReplacedFeedback }): Promise<SubmitOutcome>;
  /** The submission id of the feedback a phone gave on a lecture (its latest), if any. */
  byDevice(lectureId: string, deviceId: string): Promise<string | undefined>;
  findBySubmission(lectureId: string, submissionId: string): Promise<StoredFeedback | undefined>;
  /** A lecture's feedback in arrival order, a page at a time. */
  list(lectureId: string, options?: { limit?: number; cursor?: string }): Promise<Page<StoredFeedback>>;
  /** A lecture's suggestions, newest first, a page at a time. */
  suggestions(lectureId: string, options?: { limit?: number; cursor?: string }): Promise<Page<Suggestion>>;
}

export interface FeedbackFormState {
  version: number;
  /** How many days after a lecture ends its feedback stays open. */
  windowDays: number;
  /** A second feedback from one phone on one lecture: refused (the default) or replacing the first. */
  repeatFeedback: RepeatFeedback;
  updatedAt?: string;
}

/** The district's feedback form: every version kept, so old feedback still fits the form it answered. */
export interface FeedbackFormRepository {
  /** The current version and window; version 1 (the built-in template) when nothing was saved. */
  state(): Promise<FeedbackFormState>;
  /** A stored version (versions above 1); undefined when missing. */
  version(version: number): Promise<Survey | undefined>;
  /** Saves the next version; SurveyStatusError-like conflict (AlreadyExistsError) when another save came first. */
  saveVersion(form: Survey, expectedVersion: number, at: string): Promise<number>;
  /** The feedback window in days and, when given, what a repeat from one phone does. */
  setWindow(window: { windowDays: number; repeatFeedback?: RepeatFeedback | undefined }, at: string): Promise<void>;
}

/** Writes many lectures and their feedback at once, bypassing the booking check and the exactly-once guard: demo seed, imports, benchmarks. */
export interface LectureImport {
  importLectures(lectures: readonly Lecture[]): Promise<void>;
  importFeedback(feedback: readonly { item: StoredFeedback; texts: Record<string, string> }[]): Promise<void>;
}
