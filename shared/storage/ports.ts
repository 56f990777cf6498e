// What the domain needs from storage. One DynamoDB adapter implements it; tests use the same one.
import type { Account, Role } from '../accounts/account-schema.js';
import type { AuditEntry } from '../audit/audit-schema.js';
import type { Catalogue } from '../catalogue/catalogue-schema.js';
import type { SurveySettings } from '../survey-admin/survey-settings-schema.js';
import type { Answers } from '../survey/answers.js';
import type { Survey } from '../survey/survey-schema.js';
import type { CounterDeltas } from '../report/counter-deltas.js';
import type { DecimalText } from '../report/exact-decimal.js';

export interface StoredResponse {
  surveyId: string;
  responseId: string;
  submissionId: string;
  submittedAt: string;
  unitId: string;
  front?: string;
  answers: Answers;
}

/** One unit's counters: as numbers for reports, as exact decimal text for a rebuild. */
export interface UnitCounters<V extends number | DecimalText = number> {
  unitId: string;
  front?: string;
  counters: Record<string, V>;
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
  /** Responses in arrival order (or newest first), a page at a time. */
  list(surveyId: string, options?: { limit?: number; cursor?: string; newestFirst?: boolean }): Promise<Page<StoredResponse>>;
}

export interface CounterRepository {
  /** Every unit's counters for a survey: cost grows with units, never with responses. Sums past 2^53 come rounded. */
  read(surveyId: string): Promise<UnitCounters[]>;
  /** The same, exactly as stored (decimal text), for comparing with a recount. */
  readExact(surveyId: string): Promise<UnitCounters<DecimalText>[]>;
  /** Replaces the survey's counter items with these (a rebuild); units not listed are removed. */
  replace(surveyId: string, units: readonly UnitCounters<DecimalText>[]): Promise<void>;
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

/** What the survey list needs from the table: every survey, newest first, without its responses. */
export interface SurveyAdminRepository {
  /** Fails with AlreadyExistsError when the id is taken. */
  create(survey: Survey): Promise<void>;
  list(): Promise<Survey[]>;
  /** Replaces a draft's definition; SurveyFrozenError once it is published or closed, RecordNotFoundError when missing. */
  replaceDraft(survey: Survey): Promise<void>;
  /** Moves a survey from one status to the next (the new definition carries its timestamps); SurveyStatusError when it is not in `from`. */
  transition(survey: Survey, from: Survey['status']): Promise<void>;
}

export interface SurveySettingsRepository {
  get(surveyId: string): Promise<SurveySettings>;
  put(surveyId: string, settings: SurveySettings): Promise<void>;
  /** Resets the running total a response limit is checked against. */
  setQuotaCount(surveyId: string, count: number): Promise<void>;
}

export interface AccessCode {
  code: string;
  unitId: string;
  createdAt: string;
  usedAt?: string;
}

export interface AccessCodeRepository {
  /** Stores new codes; never overwrites an existing one (a collision fails instead of reviving a used code). */
  create(surveyId: string, codes: AccessCode[]): Promise<void>;
  list(surveyId: string): Promise<AccessCode[]>;
}

export interface StoredAccount extends Account {
  passwordHash: string;
}

export interface AccountRepository {
  /** Fails with AlreadyExistsError when the email is taken. */
  create(account: StoredAccount): Promise<void>;
  get(email: string): Promise<StoredAccount | undefined>;
  list(): Promise<Account[]>;
}

export interface Session {
  id: string;
  email: string;
  role: Role;
  createdAt: string;
  expiresAt: string;
}

export interface SessionRepository {
  create(session: Session): Promise<void>;
  get(sessionId: string): Promise<Session | undefined>;
  delete(sessionId: string): Promise<void>;
}

export interface ThrottleState {
  failures: number;
  windowStart: string;
  lockedUntil?: string;
}

/** Failed sign-ins per email; items expire by TTL once their window and lock are over. */
export interface LoginThrottleRepository {
  get(email: string): Promise<ThrottleState | undefined>;
  /** Counts one failure in the window that started within `windowMs` before `now` (or starts a new one); returns the window's count. */
  addFailure(email: string, now: Date, windowMs: number): Promise<number>;
  lock(email: string, until: Date): Promise<void>;
  clear(email: string): Promise<void>;
}

export interface AuditRepository {
  record(entry: AuditEntry): Promise<void>;
  /** Newest first, a page at a time. */
  list(options?: { limit?: number; cursor?: string }): Promise<Page<AuditEntry>>;
}

export type CatalogueSection = keyof Catalogue;
export type CatalogueRecord = Catalogue[CatalogueSection][number];

/** One catalogue record at a time, for the organizers' edits (bulk load stays in CatalogueRepository). */
export interface CatalogueRecordRepository {
  /** Appends a record after the existing ones; AlreadyExistsError when the id is taken. */
  create(section: CatalogueSection, record: CatalogueRecord): Promise<void>;
  /** Replaces a record in place, keeping its position; RecordNotFoundError when missing. */
  replace(section: CatalogueSection, record: CatalogueRecord): Promise<void>;
}
