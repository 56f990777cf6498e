// What the domain needs from storage. One DynamoDB adapter implements it; tests use the same one.
import type { Account, Role } from '../accounts/account-schema.js';
import type { AuditEntry } from '../audit/audit-schema.js';
import type { Catalogue } from '../catalogue/catalogue-schema.js';
import type { ReadSettings, SurveySettings } from '../survey-admin/survey-settings-schema.js';
import type { Answers } from '../survey/answers.js';
import type { Survey } from '../survey/survey-schema.js';
import type { CounterDeltas } from '../report/counter-deltas.js';
import type { LectureCounters } from '../lectures/feedback-counters.js';
import type { SurveySummary } from '../survey-admin/survey-summary.js';
import type { Lecture } from '../lectures/lecture-schema.js';
import type { ExportJob } from '../exports/export-job-schema.js';
import type { Menu } from '../programme/menu-schema.js';
import type { PublicDirectory } from '../programme/public-directory-schema.js';
import type { CurrentRequest, RequestStatus, RequestVersion } from '../programme/request-schema.js';
import type { DecimalText } from '../kernel/exact-decimal.js';
import type { SavedTemplate } from '../templates/saved-template-schema.js';

export interface StoredResponse {
  surveyId: string;
  responseId: string;
  submissionId: string;
  submittedAt: string;
  unitId: string;
  front?: string;
  answers: Answers;
  /** Set while an organizer has marked the response invalid (无效答卷): it stays stored but counts nowhere. */
  invalid?: InvalidMark;
}

export interface InvalidMark {
  reason: string;
  /** When it was marked (ISO instant) and by whom (account email). */
  at: string;
  by: string;
}

export interface ResponseListOptions {
  limit?: number;
  cursor?: string;
  newestFirst?: boolean;
  /** Submitted at or after / before these instants (ISO; `to` exclusive), a key range on the time index. */
  from?: string;
  to?: string;
  unitId?: string;
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

export interface CounterRepository {
  /** Every unit's counters for a survey: cost grows with units, never with responses. Sums past 2^53 come rounded. */
  read(surveyId: string): Promise<UnitCounters[]>;
  /** One unit's counters (one GetItem), e.g. for "has this unit answered" on its own page. */
  readUnit(surveyId: string, unitId: string): Promise<UnitCounters | undefined>;
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
  /**
   * Takes a named lease until `until` unless another holder's is still running; returns false when it is.
   * A lease whose holder died runs out by itself (and its item expires by TTL).
   */
  takeLease(name: string, holder: string, now: Date, until: Date): Promise<boolean>;
  /** Gives a lease back (only the holder's own). */
  releaseLease(name: string, holder: string): Promise<void>;
}

/** A definition with the version of its item: each save adds one (items from before versions read as 0). */
export interface VersionedSurvey {
  survey: Survey;
  version: number;
  /** The account that created it (surveys from before owners were kept have none). */
  owner?: string;
}

/** A survey in the list, with the account that created it. */
export interface ListedSurvey {
  summary: SurveySummary;
  owner?: string;
}

/** What the survey list needs from the table: every survey, newest first, without its responses. */
export interface SurveyAdminRepository {
  /** Fails with AlreadyExistsError when the id is taken. The new survey is version 1, owned by `owner`. */
  create(survey: Survey, owner?: string): Promise<void>;
  /** A strongly consistent read, for an edit that will be written back conditionally. */
  getVersioned(surveyId: string): Promise<VersionedSurvey | undefined>;
  list(): Promise<ListedSurvey[]>;
  /**
   * Replaces a draft's definition if it is still at `expectedVersion`; returns the new version.
   * SurveyFrozenError once it is published or closed, EditConflictError when it changed, RecordNotFoundError when missing.
   */
  replaceDraft(survey: Survey, expectedVersion: number, owner: string | undefined): Promise<number>;
  /** Moves a survey from one status to the next (the new definition carries its timestamps); SurveyStatusError when it is not in `from`, EditConflictError when it changed since `expectedVersion`. */
  transition(survey: Survey, from: Survey['status'], expectedVersion: number, owner: string | undefined): Promise<number>;
}

/** Settings as stored: the readable fields, the names of any unreadable ones, and the item's version (0 before the first save). */
export interface StoredSettings extends ReadSettings {
  version: number;
}

/** What respondents need: the settings a submission is held to, nothing to change them with. */
export type SurveySettingsReader = Pick<SurveySettingsRepository, 'get'>;

export interface SurveySettingsRepository {
  /** The settings with their version, for an edit; fields that cannot be read are left out and named. */
  read(surveyId: string): Promise<StoredSettings>;
  /** The readable settings (what respondents are held to). */
  get(surveyId: string): Promise<SurveySettings>;
  /** Saves the settings if the stored version is still `expectedVersion` (else EditConflictError); returns the new version. */
  put(surveyId: string, settings: SurveySettings, expectedVersion: number): Promise<number>;
  /** Resets the running total the response limit `limit` is checked against to `count`. */
  setQuotaCount(surveyId: string, count: number, limit: number): Promise<void>;
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
  /** Sessions carry the epoch they began in; raising it ends every one of them (sign-out everywhere). */
  sessionEpoch?: number;
}

/** What one account update may change; every change that touches sign-in ends the account's sessions. */
export interface AccountChange {
  passwordHash?: string;
  disabled?: boolean;
  role?: Role;
  /** The fronts the account is limited to; an empty list lifts the limit. */
  fronts?: readonly string[];
  endSessions?: true;
}

export interface AccountRepository {
  /** Fails with AlreadyExistsError when the email is taken. */
  create(account: StoredAccount): Promise<void>;
  get(email: string): Promise<StoredAccount | undefined>;
  list(): Promise<Account[]>;
  /** Applies the change to an existing account (RecordNotFoundError otherwise); returns the session epoch after it. */
  update(email: string, change: AccountChange): Promise<number>;
}

export type { Session } from '../accounts/session-schema.js';
import type { Session } from '../accounts/session-schema.js';

export interface SessionRepository {
  create(session: Session): Promise<void>;
  get(sessionId: string): Promise<Session | undefined>;
  delete(sessionId: string): Promise<void>;
}

export interface ThrottlePolicy {
  /** Attempts counted (and so passwords checked) per window at most. */
  maxAttempts: number;
  windowMs: number;
  /** How long a window that filled up stays refused, counted from the attempt that filled it. */
  lockMs: number;
}

export type AttemptClaim = { allowed: true } | { allowed: false; retryAfterMs: number };

/** Sign-in attempts per email and client; items expire by TTL once their window and lock are over. */
export interface LoginThrottleRepository {
  /** Counts one attempt before its password is checked, atomically; refuses once the window is full or locked. */
  claimAttempt(key: string, now: Date, policy: ThrottlePolicy): Promise<AttemptClaim>;
  /** Forgets the attempts (after a successful sign-in). */
  clear(key: string): Promise<void>;
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
  /**
   * Appends records after the existing ones, in the given order (an import): one read of the section, then
   * the writes a few at a time. AlreadyExistsError when an id is taken (others may have been written).
   */
  createMany(section: CatalogueSection, records: readonly CatalogueRecord[]): Promise<void>;
  /** One record by id (one GetItem), e.g. a unit and its front for the unit's own page. */
  get<S extends CatalogueSection>(section: S, id: string): Promise<Catalogue[S][number] | undefined>;
  /** Replaces a record in place, keeping its position; RecordNotFoundError when missing. */
  replace(section: CatalogueSection, record: CatalogueRecord): Promise<void>;
}

/** One attendee's feedback on one lecture, filed under the lecture. */
export interface StoredFeedback {
  lectureId: string;
  responseId: string;
  submissionId: string;
  submittedAt: string;
  /** The feedback form version the answers fit. */
  formVersion: number;
  answers: Answers;
  /** The phone's per-lecture id, when it sent one (one feedback per phone). */
  deviceId?: string;
  /** Set when a later feedback from the same phone replaced this one: it counts nowhere. */
  replacedBy?: string;
}

/** What a repeat from the same phone does: replaces the earlier feedback, or is refused (409). */
export type RepeatFeedback = 'refuse' | 'replace';

/** The earlier feedback a replacement takes out of the counters (its deltas recomputed from its own form). */
export interface ReplacedFeedback {
  feedback: StoredFeedback;
  deltas: CounterDeltas;
}

/** A feedback response's text answers (suggestions), by question id. */
export interface Suggestion {
  lectureId: string;
  responseId: string;
  submittedAt: string;
  texts: Record<string, string>;
}

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

/** Export jobs: created by the organizer app, advanced by the worker. Each change names the state it expects. */
export interface ExportJobRepository {
  create(job: ExportJob): Promise<void>;
  get(exportId: string): Promise<ExportJob | undefined>;
  /** queued -> running; false when the job is not queued (already taken by another invocation, or gone). */
  start(exportId: string, at: string): Promise<boolean>;
  /** Rows written so far, and the heartbeat; only while running. */
  progress(exportId: string, rowsDone: number, at: string): Promise<void>;
  /** running -> done with the finished file. */
  finish(exportId: string, result: { rowsDone: number; file: NonNullable<ExportJob['file']> }, at: string): Promise<void>;
  /** queued or running -> failed, with an error code. */
  fail(exportId: string, error: string, at: string): Promise<void>;
}

export interface UnitKeyRecord {
  unitId: string;
  key: string;
  issuedAt: string;
}

/** Each unit's one secret link key. */
export interface UnitKeyRepository {
  /** Gives the unit this key; its previous key stops resolving in the same transaction. */
  issue(unitId: string, key: string, issuedAt: string): Promise<void>;
  /** The unit a key belongs to now (a strongly consistent read: a rotated key fails at once). */
  resolve(key: string): Promise<UnitKeyRecord | undefined>;
  /** Every unit's current key: one item per unit. */
  list(): Promise<UnitKeyRecord[]>;
}

export interface MenuRepository {
  /** Fails with AlreadyExistsError when the id is taken. */
  create(menu: Menu): Promise<void>;
  get(menuId: string): Promise<Menu | undefined>;
  /** Newest first. */
  list(): Promise<Menu[]>;
  /** MenuFrozenError once published or closed, RecordNotFoundError when missing. */
  replaceDraft(menu: Menu): Promise<void>;
  /** MenuStatusError when the menu is not in `from`. */
  transition(menu: Menu, from: Menu['status']): Promise<void>;
}

export type RequestSubmitOutcome =
  | { requestId: string; version: number; replayed: boolean }
  /** Another version of the same request was stored since the caller read the current one: read again. */
  | { raced: true };

export interface RequestRepository {
  current(menuId: string, unitId: string): Promise<CurrentRequest | undefined>;
  /** Every unit's current request for a menu: one item per unit that ordered, never the versions. */
  listCurrent(menuId: string): Promise<CurrentRequest[]>;
  findBySubmission(menuId: string, submissionId: string): Promise<RequestVersion | undefined>;
  /**
   * Stores a version and makes it current in one transaction, exactly once per submission id (a
   * replay answers the first version). `seen` is the current request the caller read (none for a first).
   */
  submit(version: RequestVersion, seen: Pick<CurrentRequest, 'version' | 'status'> | undefined): Promise<RequestSubmitOutcome>;
  /** One unit's versions, oldest first. */
  versions(menuId: string, unitId: string): Promise<RequestVersion[]>;
  /** The organizers' decision on the current request; RecordNotFoundError when the unit has not ordered. */
  setStatus(menuId: string, unitId: string, change: { status: RequestStatus; reason?: string; at: string }): Promise<CurrentRequest>;
}

/** What the unit pages list: the surveys and menus open to units, refreshed when one is published or closed. */
export interface DirectoryRepository {
  get(): Promise<PublicDirectory>;
  put(directory: PublicDirectory): Promise<void>;
  /** Applies one change to the directory as it is now: re-read and re-applied when another change landed first. */
  update(change: (current: PublicDirectory) => PublicDirectory): Promise<void>;
}

/** The district's saved survey templates. */
export interface TemplateRepository {
  /** Fails with AlreadyExistsError when the id is taken. */
  create(template: SavedTemplate): Promise<void>;
  get(templateId: string): Promise<SavedTemplate | undefined>;
  /** Every saved template, by name; one that no longer reads is left out. */
  list(): Promise<SavedTemplate[]>;
  /** RecordNotFoundError when it is gone. */
  rename(templateId: string, name: string): Promise<void>;
  /** RecordNotFoundError when it is already gone. */
  delete(templateId: string): Promise<void>;
}
