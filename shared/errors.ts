// Every error the domain and the storage adapter raise, each carrying its status and code once (the
// registry): the one error handler renders any DomainError as the error shape or as a page. Nothing
// outside the adapter ever sees an AWS SDK exception.
import * as v from 'valibot';
import { answerIssueMessage } from './i18n/answer-messages.js';
import { catalogueProblemText, type CatalogueProblem } from './i18n/catalogue-messages.js';
import { essayMessages } from './i18n/essay-messages.js';
import type { Locale } from './kernel/locale.js';
import { districtMinute } from './kernel/zoned-time.js';
import type { ErrorCode } from './i18n/ui-messages.js';
import type { AnswerIssue } from './question-types/answer-issue.js';
import type { DefinitionIssue } from './question-types/definition-issue.js';

/** The statuses the project answers with; a status is part of an error's identity, like its code. */
export type ErrorStatus = 400 | 401 | 403 | 404 | 405 | 409 | 410 | 413 | 415 | 422 | 429 | 500 | 503;

/** One problem inside an error: by question (answers, definitions) or by field (any other input). */
export interface ErrorIssue {
  questionId?: string;
  field?: string;
  message: string;
}

/**
 * The base of every error a caller can act on. A subclass states its status and code once; the
 * error handler needs no list of classes. Messages shown to people come from the code (ui-messages),
 * never from `message`, which is for logs.
 */
export abstract class DomainError extends Error {
  abstract readonly status: ErrorStatus;
  abstract readonly code: ErrorCode;
  /** How long until the same request may succeed (a lockout's remaining time, a busy store). */
  readonly retryAfterSeconds?: number;
  /** The problems to list, in the caller's language; none by default. */
  issuesIn(_locale: Locale): ErrorIssue[] | undefined {
    return undefined;
  }
}

export class SurveyNotFoundError extends DomainError {
  override name = 'SurveyNotFoundError';
  readonly status = 404;
  readonly code = 'survey_not_found';
  constructor(readonly surveyId: string) {
    super(`Survey ${surveyId} does not exist or is not published.`);
  }
}

export class SurveyClosedError extends DomainError {
  override name = 'SurveyClosedError';
  readonly status = 410;
  readonly code = 'survey_closed';
  constructor(readonly surveyId: string) {
    super(`Survey ${surveyId} is closed.`);
  }
}

export class InvalidAnswersError extends DomainError {
  override name = 'InvalidAnswersError';
  readonly status = 422;
  readonly code = 'invalid_answers';
  constructor(readonly issues: AnswerIssue[]) {
    super(`${issues.length} answer(s) do not fit the survey.`);
  }
  override issuesIn(locale: Locale): ErrorIssue[] {
    // A problem with the answers as a whole (not an object, a key the survey lacks) names no question.
    return this.issues.map((issue) => (issue.questionId === '' ? { field: 'answers', message: answerIssueMessage(issue, locale) } : { questionId: issue.questionId, message: answerIssueMessage(issue, locale) }));
  }
}

export class InvalidSurveyError extends DomainError {
  override name = 'InvalidSurveyError';
  readonly status = 422;
  readonly code = 'invalid_survey';
  constructor(readonly issues: DefinitionIssue[]) {
    super(`${issues.length} problem(s) in the survey definition.`);
  }
  override issuesIn(): ErrorIssue[] {
    return this.issues.map((issue) => (issue.questionId ? { questionId: issue.questionId, message: issue.message } : { message: issue.message }));
  }
}

/** The store is throttling, timing out or unreachable: the caller may retry the same request. */
export class StoreUnavailableError extends DomainError {
  override name = 'StoreUnavailableError';
  readonly status = 503;
  readonly code = 'store_unavailable';
  constructor(readonly causeName: string, options?: { cause?: unknown }) {
    super(`The data store is unavailable (${causeName}).`, options);
  }
}

/** Before the survey's opening time: respondents are told it is not open yet. */
export class SurveyNotOpenError extends DomainError {
  override name = 'SurveyNotOpenError';
  readonly status = 403;
  readonly code = 'survey_not_open';
  constructor(readonly surveyId: string, readonly opensAt: string) {
    super(`Survey ${surveyId} opens at ${opensAt}.`);
  }
}

/** The survey reached its response limit. */
export class SurveyFullError extends DomainError {
  override name = 'SurveyFullError';
  readonly status = 410;
  readonly code = 'survey_full';
  constructor(readonly surveyId: string) {
    super(`Survey ${surveyId} has reached its response limit.`);
  }
}

/** This browser already answered a one-response-per-device survey (a cookie says so: best effort, not identity). */
export class AlreadyAnsweredError extends DomainError {
  override name = 'AlreadyAnsweredError';
  readonly status = 409;
  readonly code = 'already_answered';
  constructor(readonly surveyId: string) {
    super(`Survey ${surveyId} was already answered on this device.`);
  }
}

export type AccessCodeProblem = 'required' | 'unknown' | 'used' | 'wrong_unit';

/** A survey that requires access codes got none, an unknown one, a used one, or another unit's. */
export class AccessCodeError extends DomainError {
  override name = 'AccessCodeError';
  readonly status: ErrorStatus;
  readonly code: ErrorCode;
  constructor(readonly problem: AccessCodeProblem) {
    super(`Access code problem: ${problem}.`);
    [this.status, this.code] = ACCESS_CODE_ANSWERS[problem];
  }
}

const ACCESS_CODE_ANSWERS: Record<AccessCodeProblem, [ErrorStatus, ErrorCode]> = {
  required: [403, 'access_code_required'],
  unknown: [403, 'access_code_invalid'],
  used: [409, 'access_code_used'],
  wrong_unit: [422, 'access_code_wrong_unit'],
};

/** A published or closed survey's questions cannot change: old responses must match them. */
export class SurveyFrozenError extends DomainError {
  override name = 'SurveyFrozenError';
  readonly status = 409;
  readonly code = 'survey_frozen';
  constructor(readonly surveyId: string, readonly surveyStatus: string) {
    super(`Survey ${surveyId} is ${surveyStatus}; its questions can no longer change.`);
  }
}

/** A state change that does not fit the survey's status (e.g. closing a draft). */
export class SurveyStatusError extends DomainError {
  override name = 'SurveyStatusError';
  readonly status = 409;
  readonly code = 'survey_status_conflict';
  constructor(readonly surveyId: string, readonly surveyStatus: string, readonly wanted: string) {
    super(`Survey ${surveyId} is ${surveyStatus} and cannot be ${wanted}.`);
  }
}

/** A save based on an older version of a record than the stored one: saving it would undo another edit. */
export class EditConflictError extends DomainError {
  override name = 'EditConflictError';
  readonly status = 409;
  readonly code = 'edit_conflict';
  constructor(readonly what: string, readonly id: string) {
    super(`${what} ${id} changed since it was read; reload and save again.`);
  }
}

/** Wrong password and unknown email alike: no hint which. */
export class InvalidCredentialsError extends DomainError {
  override name = 'InvalidCredentialsError';
  readonly status = 401;
  readonly code = 'invalid_credentials';
  constructor() {
    super('The email or password is not correct.');
  }
}

export class AccountLockedError extends DomainError {
  override name = 'AccountLockedError';
  readonly status = 429;
  readonly code = 'account_locked';
  constructor(override readonly retryAfterSeconds: number) {
    super('Too many failed sign-ins; try again later.');
  }
}

/** A password change whose old password is wrong: 422, not 401, so the client does not take it for a lost session. */
export class WrongPasswordError extends DomainError {
  override name = 'WrongPasswordError';
  readonly status = 422;
  readonly code = 'wrong_password';
  constructor() {
    super('The current password is not correct.');
  }
}

/** An admin may not disable or demote their own account: the district must never be left without one. */
export class OwnAccountError extends DomainError {
  override name = 'OwnAccountError';
  readonly status = 409;
  readonly code = 'own_account';
  constructor() {
    super('This cannot be done to your own account.');
  }
}

/** A record with this id already exists (account, catalogue item, survey). */
export class AlreadyExistsError extends DomainError {
  override name = 'AlreadyExistsError';
  readonly status = 409;
  readonly code = 'already_exists';
  constructor(readonly what: string, readonly id: string) {
    super(`${what} ${id} already exists.`);
  }
}

/** A record the organizer named does not exist. */
export class RecordNotFoundError extends DomainError {
  override name = 'RecordNotFoundError';
  readonly status = 404;
  readonly code = 'record_not_found';
  constructor(readonly what: string, readonly id: string) {
    super(`${what} ${id} does not exist.`);
  }
}

export interface FieldIssue {
  field: string;
  /** English: the API's default words and the logs'. */
  message: string;
  /** The same in Chinese, shown on Chinese pages and in Chinese answers; English stands in when absent. */
  zh?: string;
}

/**
 * A schema's misfits as field issues: at most `max`, each naming its field (or what `fieldOf` makes of
 * the path) and what was expected, never what was received.
 */
export function schemaMisfits(issues: readonly v.BaseIssue<unknown>[], max: number, fieldOf: (path: string) => string = (path) => path): FieldIssue[] {
  return issues.slice(0, max).map((issue) => ({
    field: fieldOf(v.getDotPath(issue) ?? '').slice(0, 100),
    message: `Expected ${issue.expected ?? 'a valid value'}`.slice(0, 200),
    zh: '填写的内容不符合要求，请检查',
  }));
}

/** Field issues in the caller's language, shaped as the error body lists them. */
export function fieldIssuesIn(issues: readonly FieldIssue[], locale: Locale): ErrorIssue[] {
  return issues.map(({ field, message, zh }) => ({ field, message: locale === 'zh' && zh ? zh : message }));
}

/** Organizer input that parses but breaks a rule (unknown front, closing before opening…): a 422 listing every problem. */
export class InvalidInputError extends DomainError {
  override name = 'InvalidInputError';
  readonly status = 422;
  readonly code: ErrorCode;
  /** `subject` says what was invalid: a survey definition that fails its schema is still an invalid survey. */
  constructor(readonly issues: FieldIssue[], readonly subject: 'input' | 'survey' = 'input') {
    super(`${issues.length} problem(s) in the input.`);
    this.code = subject === 'survey' ? 'invalid_survey' : 'invalid_input';
  }
  override issuesIn(locale: Locale): ErrorIssue[] {
    return fieldIssuesIn(this.issues, locale);
  }
}

/** A catalogue record (typed in a form, sent to the API or read from an import row) that breaks a rule: each problem beside its field, in the caller's language. */
export class CatalogueInputError extends DomainError {
  override name = 'CatalogueInputError';
  readonly status = 422;
  readonly code = 'invalid_input';
  constructor(readonly problems: CatalogueProblem[]) {
    super(`${problems.length} problem(s) in the catalogue record.`);
  }
  override issuesIn(locale: Locale): ErrorIssue[] {
    return this.problems.map((problem) => ({ field: problem.field, message: catalogueProblemText(problem, locale) }));
  }
}

/** An import file that is neither a readable .xlsx nor a CSV in UTF-8 or GBK, or is larger than an import takes. */
export class UnreadableFileError extends DomainError {
  override name = 'UnreadableFileError';
  readonly status = 422;
  readonly code = 'unreadable_file';
  constructor(readonly reason: string) {
    super(`The import file cannot be read (${reason}).`);
  }
}

/** A report filter names a unit, front or question the survey does not have. */
export class InvalidReportFilterError extends DomainError {
  override name = 'InvalidReportFilterError';
  readonly status = 422;
  readonly code = 'invalid_report_filter';
  constructor(readonly issues: FieldIssue[]) {
    super(issues.map((i) => i.message).join(' '));
  }
  override issuesIn(locale: Locale): ErrorIssue[] {
    return fieldIssuesIn(this.issues, locale);
  }
}

/**
 * The expert already has a lecture (not cancelled) whose time overlaps: the error names it as people
 * know it (topic, host units, district time) once the domain has added those (`described`).
 */
export class ExpertBusyError extends DomainError {
  override name = 'ExpertBusyError';
  readonly status = 409;
  readonly code = 'expert_busy';
  constructor(
    readonly expertId: string,
    readonly other: { lectureId: string; topicTitle: string; startsAt: string; endsAt: string; units?: string[] },
    /** The district's zone and how the time is named in words (北京时间), for the message. */
    readonly zone?: { timeZone: string; zh: string; en: string },
  ) {
    super(`Expert ${expertId} is booked for lecture ${other.lectureId} at that time.`);
  }
  /** The same refusal, naming the other lecture's host units and showing times in the district's zone. */
  described(units: string[], zone: { timeZone: string; zh: string; en: string }): ExpertBusyError {
    return new ExpertBusyError(this.expertId, { ...this.other, units }, zone);
  }
  override issuesIn(locale: Locale): ErrorIssue[] {
    const tz = this.zone?.timeZone ?? 'UTC';
    const from = districtMinute(this.other.startsAt, tz);
    const to = districtMinute(this.other.endsAt, tz).slice(11);
    const zoneWords = this.zone ? this.zone[locale] : 'UTC';
    const units = this.other.units?.join(locale === 'en' ? ', ' : '、');
    const message =
      locale === 'en'
        ? `The expert already gives “${this.other.topicTitle}”${units ? ` at ${units}` : ''} on ${from}–${to} (${zoneWords}).`
        : `这位专家 ${from}–${to}（${zoneWords}）已安排“${this.other.topicTitle}”${units ? `（${units}）` : ''}。`;
    return [{ field: 'startsAt', message }];
  }
}

/** No lecture with this id (the public feedback routes and the organizer's alike). */
export class LectureNotFoundError extends DomainError {
  override name = 'LectureNotFoundError';
  readonly status = 404;
  readonly code = 'lecture_not_found';
  constructor(readonly lectureId: string) {
    super(`Lecture ${lectureId} does not exist.`);
  }
}

/** A status change that does not fit the lecture's status (delivering a cancelled lecture, cancelling a delivered one). */
export class LectureStatusError extends DomainError {
  override name = 'LectureStatusError';
  readonly status = 409;
  readonly code = 'lecture_status_conflict';
  constructor(readonly lectureId: string, readonly lectureStatus: string, readonly wanted: string) {
    super(`Lecture ${lectureId} is ${lectureStatus} and cannot be ${wanted}.`);
  }
}

/** Feedback opens when the lecture starts. */
export class FeedbackNotOpenError extends DomainError {
  override name = 'FeedbackNotOpenError';
  readonly status = 403;
  readonly code = 'feedback_not_open';
  constructor(readonly lectureId: string, readonly opensAt: string) {
    super(`Feedback on lecture ${lectureId} opens at ${opensAt}.`);
  }
}

/**
 * The organizer asked for something of a lecture's feedback window before it opens (a reminder to pass
 * the feedback link on, before the lecture has started): a conflict with the lecture's time, not a
 * closed door, so 409 (attendees opening the form early get 403 feedback_not_open).
 */
export class FeedbackWindowNotOpenError extends DomainError {
  override name = 'FeedbackWindowNotOpenError';
  readonly status = 409;
  readonly code = 'feedback_window_not_open';
  constructor(readonly lectureId: string, readonly opensAt: string) {
    super(`Feedback on lecture ${lectureId} opens at ${opensAt}.`);
  }
}

/** The lecture was cancelled, or its feedback window has closed. */
export class FeedbackClosedError extends DomainError {
  override name = 'FeedbackClosedError';
  readonly status = 410;
  readonly code = 'feedback_closed';
  constructor(readonly lectureId: string, readonly reason: 'cancelled' | 'window_closed') {
    super(`Feedback on lecture ${lectureId} is closed (${reason}).`);
  }
}

/** An unknown, rotated or retired unit's link key: the link simply does not exist any more. */
export class UnitLinkNotFoundError extends DomainError {
  override name = 'UnitLinkNotFoundError';
  readonly status = 404;
  readonly code = 'unit_link_not_found';
  constructor() {
    // The key is a secret: it never goes into a message or a log line.
    super('No unit has this link.');
  }
}

/** A menu that does not exist, or (for units) is still a draft. */
export class MenuNotFoundError extends DomainError {
  override name = 'MenuNotFoundError';
  readonly status = 404;
  readonly code = 'menu_not_found';
  constructor(readonly menuId: string) {
    super(`Menu ${menuId} does not exist or is not published.`);
  }
}

/** A published or closed menu's items cannot change: requests already name them. */
export class MenuFrozenError extends DomainError {
  override name = 'MenuFrozenError';
  readonly status = 409;
  readonly code = 'menu_frozen';
  constructor(readonly menuId: string, readonly menuStatus: string) {
    super(`Menu ${menuId} is ${menuStatus}; its items can no longer change.`);
  }
}

/** A state change that does not fit the menu's status (e.g. closing a draft). */
export class MenuStatusError extends DomainError {
  override name = 'MenuStatusError';
  readonly status = 409;
  readonly code = 'menu_status_conflict';
  constructor(readonly menuId: string, readonly menuStatus: string, readonly wanted: string) {
    super(`Menu ${menuId} is ${menuStatus} and cannot be ${wanted}.`);
  }
}

/** The menu's ordering deadline has passed, or the organizers closed it. */
export class OrderingClosedError extends DomainError {
  override name = 'OrderingClosedError';
  readonly status = 410;
  readonly code = 'ordering_closed';
  constructor(readonly menuId: string) {
    super(`Menu ${menuId} no longer takes requests.`);
  }
}

/** A request that does not fit its menu: picks not offered, too many, duplicates, a bad audience. */
export class InvalidRequestError extends DomainError {
  override name = 'InvalidRequestError';
  readonly status = 422;
  readonly code = 'invalid_request';
  /** Each issue names the body field (`picks.1.topicId`) and the form box it belongs to (`questionId`). */
  constructor(readonly issues: ErrorIssue[]) {
    super(`${issues.length} problem(s) in the request.`);
  }
  override issuesIn(): ErrorIssue[] {
    return this.issues;
  }
}

/** A request the organizers have scheduled or delivered can no longer be changed by the unit. */
export class RequestLockedError extends DomainError {
  override name = 'RequestLockedError';
  readonly status = 409;
  readonly code = 'request_locked';
  constructor(readonly requestId: string, readonly requestStatus: string) {
    super(`Request ${requestId} is ${requestStatus} and can no longer change.`);
  }
}

/** Renaming or deleting a saved template is for the account that saved it, or an admin. */
export class NotTemplateOwnerError extends DomainError {
  override name = 'NotTemplateOwnerError';
  readonly status = 403;
  readonly code = 'not_template_owner';
  constructor(readonly templateId: string) {
    super(`Template ${templateId} belongs to another account.`);
  }
}

/** A front-limited account reached for a survey it does not own, or for another front's units, menus or lectures. */
export class OutOfScopeError extends DomainError {
  override name = 'OutOfScopeError';
  readonly status = 403;
  readonly code = 'out_of_scope';
  /** `units`: the units (id and name) that lie outside, each named in the answer. */
  constructor(
    readonly what: string,
    readonly units: readonly { id: string; label: string }[] = [],
  ) {
    super(`The ${what} lies outside the account's fronts.`);
  }
  override issuesIn(locale: Locale): ErrorIssue[] | undefined {
    if (this.units.length === 0) return undefined;
    return this.units.slice(0, 50).map((u) => ({
      field: `unit.${u.id}`,
      message: locale === 'en' ? `The unit “${u.label}” lies outside your fronts.` : `单位“${u.label}”不在您负责的战线内。`,
    }));
  }
}

/** Too many drafts (per account or per district): finish, publish or delete some first. */
export class DraftLimitError extends DomainError {
  override name = 'DraftLimitError';
  readonly status = 409;
  readonly code = 'draft_limit';
  constructor(
    readonly scope: 'account' | 'district',
    readonly limit: number,
  ) {
    super(`The ${scope} already has ${limit} drafts.`);
  }
  override issuesIn(locale: Locale): ErrorIssue[] {
    const message =
      locale === 'en'
        ? `${this.scope === 'account' ? 'You have' : 'The district has'} ${this.limit} draft surveys, the most allowed: publish, copy into use or archive some before making another.`
        : `${this.scope === 'account' ? '您' : '本区'}已有 ${this.limit} 份草稿问卷（上限）。请先发布或整理已有草稿，再新建问卷。`;
    return [{ field: 'drafts', message }];
  }
}

/** One source sent more public writes (responses, feedback, requests) than a window allows: retry later. */
export class TooManyWritesError extends DomainError {
  override name = 'TooManyWritesError';
  readonly status = 429;
  readonly code = 'too_many_writes';
  constructor(override readonly retryAfterSeconds: number) {
    super(`Too many public writes from one source; retry in ${retryAfterSeconds} s.`);
  }
}

/** Another catalogue import of the district is being read or applied: one at a time (a file may unpack to megabytes). */
export class ImportBusyError extends DomainError {
  override name = 'ImportBusyError';
  readonly status = 409;
  readonly code = 'import_busy';
  override readonly retryAfterSeconds = 10;
  constructor() {
    super('Another catalogue import is running.');
  }
}

/** A page cursor that was not one this service handed out (edited, cut, or from another listing). */
export class InvalidCursorError extends DomainError {
  override name = 'InvalidCursorError';
  readonly status = 400;
  readonly code = 'invalid_cursor';
  constructor() {
    super('The page cursor is not valid.');
  }
}

/** Sign-in at an event opens an hour before it starts. */
export class SignInNotOpenError extends DomainError {
  override name = 'SignInNotOpenError';
  readonly status = 403;
  readonly code = 'sign_in_not_open';
  constructor(readonly eventId: string, readonly opensAt: string) {
    super(`Sign-in at ${eventId} opens at ${opensAt}.`);
  }
}

/** The event was cancelled (410 for good), or sign-in closed two hours after its end. */
export class SignInClosedError extends DomainError {
  override name = 'SignInClosedError';
  readonly status = 410;
  readonly code = 'sign_in_closed';
  constructor(readonly eventId: string, readonly reason: 'cancelled' | 'window_closed') {
    super(`Sign-in at ${eventId} is closed (${reason}).`);
  }
}

/** An event with an attendee list whose district refuses people not on it (issue 22's study sessions). */
export class NotOnAttendeeListError extends DomainError {
  override name = 'NotOnAttendeeListError';
  readonly status = 403;
  readonly code = 'not_on_attendee_list';
  constructor(readonly eventId: string) {
    super(`The person signing in at ${eventId} is not on its attendee list.`);
  }
}

/** A record (台账) file that is too large, of a type not taken (by content, never by name), or unreadable. */
export class RecordFileError extends DomainError {
  override name = 'RecordFileError';
  readonly status: 413 | 415 | 422;
  readonly code: 'file_too_large' | 'unsupported_file_type' | 'upload_missing';
  constructor(readonly reason: 'too_large' | 'wrong_type' | 'missing', readonly maxBytes?: number) {
    super(`Record file refused (${reason}).`);
    this.status = reason === 'too_large' ? 413 : reason === 'wrong_type' ? 415 : 422;
    this.code = reason === 'too_large' ? 'file_too_large' : reason === 'wrong_type' ? 'unsupported_file_type' : 'upload_missing';
  }
}

/** An event's record already holds as many photos (9) or files (3) as it takes. */
export class RecordFullError extends DomainError {
  override name = 'RecordFullError';
  readonly status = 409;
  readonly code = 'record_full';
  constructor(readonly eventId: string, readonly what: 'photo' | 'file', readonly limit: number) {
    super(`The record of ${eventId} already holds ${limit} ${what}s.`);
  }
}

/** An unknown or rotated expert link key: like a unit's, the link simply does not exist any more. */
export class ExpertLinkNotFoundError extends DomainError {
  override name = 'ExpertLinkNotFoundError';
  readonly status = 404;
  readonly code = 'expert_link_not_found';
  constructor() {
    // The key is a secret: it never goes into a message or a log line.
    super('No expert has this link.');
  }
}

/** The expert already answered this lecture (接单 or 婉拒) and now sends the other answer. */
export class AssignmentAnsweredError extends DomainError {
  override name = 'AssignmentAnsweredError';
  readonly status = 409;
  readonly code = 'already_answered';
  constructor(
    readonly lectureId: string,
    readonly answered: 'accepted' | 'declined',
  ) {
    super(`Lecture ${lectureId} was already ${answered} by its expert.`);
  }
  override issuesIn(locale: Locale): ErrorIssue[] {
    const message =
      locale === 'en'
        ? `You already ${this.answered === 'accepted' ? 'accepted' : 'declined'} this lecture; to change that, please call the organizers.`
        : `您已${this.answered === 'accepted' ? '接单' : '婉拒'}这场宣讲；如需改变，请与组织者联系。`;
    return [{ field: 'lectureId', message }];
  }
}

/** An expert's answer to a lecture the organizers have cancelled. */
export class LectureCancelledError extends DomainError {
  override name = 'LectureCancelledError';
  readonly status = 409;
  readonly code = 'lecture_cancelled';
  constructor(readonly lectureId: string) {
    super(`Lecture ${lectureId} is cancelled.`);
  }
}

/** Sending again a notice every robot already has. */
export class NoticeSentError extends DomainError {
  override name = 'NoticeSentError';
  readonly status = 409;
  readonly code = 'notice_sent';
  constructor(readonly noticeId: string) {
    super(`Notice ${noticeId} was sent already.`);
  }
}

/** A study session change that does not fit its status (editing a held one, cancelling a cancelled one). */
export class SessionStatusError extends DomainError {
  override name = 'SessionStatusError';
  readonly status = 409;
  readonly code = 'session_status_conflict';
  constructor(readonly sessionId: string, readonly sessionStatus: string, readonly wanted: string) {
    super(`Study session ${sessionId} is ${sessionStatus} and cannot be ${wanted}.`);
  }
}

/** An exchange meeting change that does not fit its status (changing a held one, cancelling a cancelled one). */
export class MeetingStatusError extends DomainError {
  override name = 'MeetingStatusError';
  readonly status = 409;
  readonly code = 'meeting_status_conflict';
  constructor(readonly eventId: string, readonly meetingStatus: string, readonly wanted: string) {
    super(`Exchange meeting ${eventId} is ${meetingStatus} and cannot be ${wanted}.`);
  }
}

/** A change made on an older version of an exchange meeting than the stored one: it would undo another change. */
export class MeetingEditConflictError extends DomainError {
  override name = 'MeetingEditConflictError';
  readonly status = 409;
  readonly code = 'meeting_edit_conflict';
  constructor(readonly eventId: string) {
    super(`Exchange meeting ${eventId} changed since it was read.`);
  }
}

/** No briefing (学习动态) with this id; on the public pages also one that is not published. */
export class BriefingNotFoundError extends DomainError {
  override name = 'BriefingNotFoundError';
  readonly status = 404;
  readonly code = 'briefing_not_found';
  constructor(readonly briefingId: string) {
    super(`Briefing ${briefingId} does not exist here.`);
  }
}

/** Publishing a published briefing, withdrawing a draft: the change does not fit its status. */
export class BriefingStatusError extends DomainError {
  override name = 'BriefingStatusError';
  readonly status = 409;
  readonly code = 'briefing_status_conflict';
  constructor(readonly briefingId: string, readonly briefingStatus: string, readonly wanted: string) {
    super(`Briefing ${briefingId} is ${briefingStatus} and cannot be ${wanted}.`);
  }
}

/** A change made on an older version of a briefing than the stored one. */
export class BriefingEditConflictError extends DomainError {
  override name = 'BriefingEditConflictError';
  readonly status = 409;
  readonly code = 'briefing_edit_conflict';
  constructor(readonly briefingId: string) {
    super(`Briefing ${briefingId} changed since it was read.`);
  }
}

/** An essay call (征文) that does not exist, or an essay that is not in it. */
export class EssayNotFoundError extends DomainError {
  override name = 'EssayNotFoundError';
  readonly status = 404;
  readonly code = 'essay_not_found';
  constructor(readonly what: 'call' | 'essay', readonly id: string) {
    super(`No essay ${what} ${id}.`);
  }
}

/** A submission or change after the call's deadline, or to a call that is not open (410: it will not open again). */
export class EssaySubmissionClosedError extends DomainError {
  override name = 'EssaySubmissionClosedError';
  readonly status = 410;
  readonly code = 'essay_submission_closed';
  constructor(readonly callId: string, readonly deadline: string) {
    super(`Essay call ${callId} takes no submissions (deadline ${deadline}).`);
  }
}

/**
 * An essay's file that is too large (413), not a PDF or DOCX by its content (415), or a save naming an
 * upload that did not arrive (422): each said at the form's file field, in the reader's language.
 */
export class EssayFileError extends DomainError {
  override name = 'EssayFileError';
  readonly status: 413 | 415 | 422;
  readonly code: 'file_too_large' | 'unsupported_file_type' | 'upload_missing';
  constructor(readonly reason: 'too_large' | 'wrong_type' | 'missing') {
    super(`Essay file refused (${reason}).`);
    this.status = reason === 'too_large' ? 413 : reason === 'wrong_type' ? 415 : 422;
    this.code = reason === 'too_large' ? 'file_too_large' : reason === 'wrong_type' ? 'unsupported_file_type' : 'upload_missing';
  }
  override issuesIn(locale: Locale): ErrorIssue[] {
    return [{ field: 'file', message: essayMessages(locale).fileProblem[this.reason] }];
  }
}

/** A step the call's state does not allow (opening an open call, publishing before closing). */
export class EssayCallStateError extends DomainError {
  override name = 'EssayCallStateError';
  readonly status = 409;
  readonly code = 'essay_call_state';
  constructor(readonly callId: string, readonly state: string, readonly step: string) {
    super(`Essay call ${callId} is ${state}: cannot ${step}.`);
  }
}

/** Reviews are taken once the deadline has passed and until the results are published. */
export class ReviewNotOpenError extends DomainError {
  override name = 'ReviewNotOpenError';
  readonly status = 409;
  readonly code = 'review_not_open';
  constructor(readonly callId: string) {
    super(`Essay call ${callId} is not under review.`);
  }
}

/** The expert already reviewed this essay with another score or comment: one review per expert and essay. */
export class AlreadyReviewedError extends DomainError {
  override name = 'AlreadyReviewedError';
  readonly status = 409;
  readonly code = 'already_reviewed';
  constructor(readonly essayId: string) {
    super(`Essay ${essayId} was already reviewed by this expert.`);
  }
}
