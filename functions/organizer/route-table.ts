// Every route the organizer app serves, with who may call it: the app registers from this table,
// the authorization test walks it, OpenAPI documents it and the CDK stack can read it.
import { AccountFrontsSchema, ChangePasswordSchema, LoginSchema, NewAccountSchema } from '../../shared/accounts/account-schema.js';
import { FromTemplateBodySchema, TemplateNameBodySchema } from '../../shared/templates/saved-template-schema.js';
import { AccessCodeBatchSchema } from '../../shared/survey-admin/access-code-batches.js';
import { SurveySettingsInputSchema } from '../../shared/survey-admin/survey-settings-schema.js';
import { SurveySchema } from '../../shared/survey/survey-schema.js';
import { InvalidateResponseSchema } from '../../shared/responses/invalid-responses.js';
import { CopySurveySchema } from '../../shared/survey-admin/survey-lifecycle.js';
import { ExportRequestSchema } from '../../shared/exports/export-job-schema.js';
import { YearRecordRequestSchema } from './year-record-request.js';
import { CreateSurveySchema } from './request-schemas.js';
import { FeedbackWindowSchema } from '../../shared/lectures/feedback-form.js';
import { CancelSchema, DeliveredSchema, LectureChangeSchema, NewLectureSchema } from '../../shared/lectures/lecture-schema.js';
import { SignInSettingsSchema } from '../../shared/sign-in/sign-in-schema.js';
import { RecordConfirmSchema, RecordSummarySchema, RecordUploadRequestSchema } from '../../shared/records/record-schema.js';
import { MenuInputSchema } from '../../shared/programme/menu-schema.js';
import { BriefingInputSchema, BriefingUpdateSchema, BriefingVersionSchema } from '../../shared/briefings/briefing-schema.js';
import { RequestStatusChangeSchema } from '../../shared/programme/request-status.js';
import { binaryFile, csvFile, json, noContent, pngFile, svgFile, xlsxFile, type ApiDoc } from '../http/api-doc.js';
import * as Q from './query-schemas.js';
import { NewCatalogueRecordSchema } from '../../shared/catalogue/catalogue-schema.js';
import * as R from './response-schemas.js';
import * as SP from './study-plan-schemas.js';
import { PersonInputSchema } from '../../shared/study-plan/person-schema.js';
import { HeldSchema, PlanYearQuery, SessionCancelSchema, StudySessionInputSchema, StudySettingsSchema } from '../../shared/study-plan/study-session-schema.js';
import * as E from './essay-response-schemas.js';
import { NewEssayCallSchema } from '../../shared/essays/essay-schema.js';
import { ExchangeMeetingChangeSchema, MeetingCancelSchema, MeetingHeldSchema, NewExchangeMeetingSchema } from '../../shared/essays/exchange-meeting-schema.js';

/** public: anyone; signed-in: any account (viewers included: reading); organizer: organizers and admins (changing surveys); admin: admins only. */
export type Access = 'public' | 'signed-in' | 'organizer' | 'admin';
export type Method = ApiDoc['method'];
export type ScopeKind = 'none' | 'own' | 'list' | 'district' | 'survey' | 'survey-report' | 'lecture' | 'request' | 'unit' | 'export' | 'export-file';

interface RouteBase {
  method: Method;
  /** Hono path syntax (`:param`). */
  path: string;
  access: Access;
  summary: string;
  /**
   * How the route's object is scoped for a front-limited account (shared/accounts/scope.ts), enforced
   * once in scope-guard.ts: `survey`, `lecture`, `request`, `unit`, `export`, `export-file` name the
   * path parameter's object, checked before the handler runs; `district` data spans every front and
   * is refused to a limited account; `list` lists are filtered by the same check; `own` creates a
   * survey owned by the caller, cut to its fronts' units (shared/accounts/scope.ts withinFronts); `none` reaches no
   * front's data (sign-in, own account, catalogue names, templates, admin-only routes); `survey-report`
   * is a survey's report, which a limited account also reads for the district's surveys, cut to one of
   * its fronts (shared/report/report-cut.ts).
   */
  scope: ScopeKind;
}

/** Dashboard pages answer with HTML and redirect to sign-in instead of a 401; OpenAPI leaves them out. */
export interface PageRouteSpec extends RouteBase {
  page: true;
}

/**
 * An API route documents itself (see functions/http/api-doc.ts): its query parameters, body, successful
 * answer and the statuses beyond those its access level, body and path imply. OpenAPI reads nothing else.
 */
export interface ApiRouteSpec extends RouteBase, ApiDoc {
  page?: undefined;
}

export type RouteSpec = PageRouteSpec | ApiRouteSpec;

export const ORGANIZER_ROUTES = [
  { method: 'POST', path: '/api/auth/login', access: 'public', scope: 'none', summary: 'Sign in: returns a token and sets the session cookie', body: LoginSchema, response: json(R.LoginAnswer), errors: [401, 429] },
  { method: 'POST', path: '/api/auth/logout', access: 'signed-in', scope: 'none', summary: 'Sign out: ends the session and clears the cookie', response: noContent },
  { method: 'POST', path: '/api/auth/logout-everywhere', access: 'signed-in', scope: 'none', summary: 'End every session of the signed-in account, on every device, this one included', response: noContent },
  { method: 'POST', path: '/api/me/password', access: 'signed-in', scope: 'none', summary: 'Change your own password (the old one is required); every other session ends; returns a fresh token', body: ChangePasswordSchema, response: json(R.TokenAnswer), errors: [422] },
  { method: 'GET', path: '/api/me', access: 'signed-in', scope: 'none', summary: 'The signed-in account: email, role, session end, and the fronts a front-limited account reaches', response: json(R.MeAnswer) },
  { method: 'GET', path: '/api/openapi.json', access: 'signed-in', scope: 'none', summary: 'This API, as OpenAPI 3.1', response: json(R.OpenApiAnswer) },
  { method: 'GET', path: '/api/surveys', access: 'signed-in', scope: 'list', summary: 'Surveys with status, settings and live response count, and counts per status; ?q= (title words), ?kind=, ?status=, ?year= (district time), ?archived=only; paged (?limit=, ?cursor= from next)', query: Q.SurveyListQuery, response: json(R.SurveyList) },
  { method: 'POST', path: '/api/surveys', access: 'organizer', scope: 'own', summary: 'Create a draft from a template (needs, feedback, blank) or from a definition; 409 draft_limit past the per-account or per-district cap on drafts', body: CreateSurveySchema, response: json(R.SurveyAnswer, 201), errors: [409, 422] },
  { method: 'GET', path: '/api/surveys/:surveyId', access: 'signed-in', scope: 'survey', summary: 'One survey with its settings and response count', response: json(R.SurveyOverviewAnswer) },
  { method: 'PUT', path: '/api/surveys/:surveyId/definition', access: 'organizer', scope: 'survey', summary: 'Replace a draft’s definition (409 once published); If-Match with the ETag of GET refuses a stale save (409 edit_conflict)', body: SurveySchema, domainChecksBody: true, response: json(R.VersionedSurvey), errors: [409, 422] },
  { method: 'POST', path: '/api/surveys/:surveyId/publish', access: 'organizer', scope: 'survey', summary: 'Publish a draft; its questions are frozen from then on. If-Match with the ETag of GET publishes only that version', response: json(R.PublishedSurvey), errors: [409, 422] },
  { method: 'POST', path: '/api/surveys/:surveyId/close', access: 'organizer', scope: 'survey', summary: 'Stop collecting responses', response: json(R.VersionedSurvey), errors: [409] },
  { method: 'POST', path: '/api/surveys/:surveyId/copy', access: 'organizer', scope: 'survey', summary: 'Copy any survey as a new draft: the same definition (titled "…（副本）" unless {"title"} is given), none of the responses, settings or access codes; 201 {"surveyId"}', body: CopySurveySchema, bodyOptional: true, response: json(R.CopyAnswer, 201), errors: [409] },
  { method: 'POST', path: '/api/surveys/:surveyId/reopen', access: 'organizer', scope: 'survey', summary: 'Collect again after closing; the definition stays frozen', response: json(R.SurveyAnswer), errors: [409] },
  { method: 'POST', path: '/api/surveys/:surveyId/archive', access: 'organizer', scope: 'survey', summary: 'Archive: hidden from the list unless ?archived=only; status, link and responses unchanged', response: json(R.ArchiveAnswer) },
  { method: 'POST', path: '/api/surveys/:surveyId/unarchive', access: 'organizer', scope: 'survey', summary: 'Bring an archived survey back into the list', response: json(R.ArchiveAnswer) },
  { method: 'PUT', path: '/api/surveys/:surveyId/settings', access: 'organizer', scope: 'survey', summary: 'Opening and closing times (district time, years 2000-2100), response limit, access codes; `version` (settingsVersion of GET) refuses a stale save', body: SurveySettingsInputSchema, response: json(R.SettingsAnswer), errors: [409, 422] },
  { method: 'GET', path: '/api/surveys/:surveyId/access-codes', access: 'organizer', scope: 'survey', summary: 'The survey’s access codes and whether each is used', response: json(R.AccessCodes) },
  { method: 'GET', path: '/api/surveys/:surveyId/access-codes.csv', access: 'organizer', scope: 'survey', summary: 'The survey’s access codes as CSV (unit, code, used or not), for printing and handing out', response: csvFile },
  { method: 'POST', path: '/api/surveys/:surveyId/access-codes', access: 'organizer', scope: 'survey', summary: 'Generate N single-use codes per unit', body: AccessCodeBatchSchema, response: json(R.AccessCodes, 201), errors: [409, 422] },
  { method: 'GET', path: '/api/surveys/:surveyId/qr.svg', access: 'signed-in', scope: 'survey', summary: 'The share link as a QR code (SVG)', response: svgFile },
  { method: 'GET', path: '/api/surveys/:surveyId/qr.png', access: 'signed-in', scope: 'survey', summary: 'The share link as a QR code (PNG, 1024 px, for group chats)', response: pngFile },
  { method: 'GET', path: '/api/surveys/:surveyId/report', access: 'signed-in', scope: 'survey-report', summary: 'The demand report from the counters (never a scan); ?unit= or ?front= cuts every figure (a front-limited account reads the district’s surveys cut to one of its fronts)', query: Q.ReportFilterQuery, response: json(R.SurveyReport), errors: [422] },
  { method: 'GET', path: '/api/surveys/:surveyId/report.csv', access: 'signed-in', scope: 'survey-report', summary: 'The report as CSV: one row per question and option, with counts and shares', query: Q.ReportFilterQuery, response: csvFile, errors: [422] },
  { method: 'GET', path: '/api/surveys/:surveyId/report.xlsx', access: 'signed-in', scope: 'survey-report', summary: 'The report as an .xlsx workbook to pass upward: a summary sheet, a sheet per question (第 N 题, the question and its figures in words) and the unit x topic table; cut by ?unit= or ?front= like the report', query: Q.ReportFilterQuery, response: xlsxFile, errors: [422] },
  { method: 'GET', path: '/api/surveys/:surveyId/responses.csv', access: 'signed-in', scope: 'survey', summary: 'One row per response, streamed; 303 to the finished file when larger than one response may carry', response: { ...csvFile, also: { status: 303, json: R.ExportStarted, description: 'Too large for one answer: an export job was started; Location names its status (or its page, for a browser)' } } },
  { method: 'POST', path: '/api/surveys/:surveyId/exports', access: 'organizer', scope: 'survey', summary: 'Export responses as a job (202 { exportId }): optional unit, front, from/to (district time, to exclusive), includeInvalid', body: ExportRequestSchema, bodyOptional: true, response: json(R.ExportStarted, 202), errors: [422] },
  { method: 'GET', path: '/api/exports/:exportId', access: 'signed-in', scope: 'export', summary: 'An export job: queued, running, done (with a download link) or failed; rows done so far', response: json(R.ExportView) },
  { method: 'GET', path: '/api/surveys/:surveyId/crosstab', access: 'signed-in', scope: 'survey', summary: 'Each unit’s (?by=unit) or front’s (?by=front) counts per option of ?question=', query: Q.CrossTabQuery, response: json(R.CrossTab), errors: [422] },
  { method: 'GET', path: '/api/surveys/:surveyId/crosstab.csv', access: 'signed-in', scope: 'survey', summary: 'The cross-tabulation as CSV', query: Q.CrossTabQuery, response: csvFile, errors: [422] },
  { method: 'GET', path: '/api/surveys/:surveyId/text-answers', access: 'signed-in', scope: 'survey', summary: 'A text question’s answers (?question=), a page at a time (?cursor=)', query: Q.TextAnswersQuery, response: json(R.TextAnswers), errors: [422] },
  { method: 'GET', path: '/api/surveys/:surveyId/responses', access: 'signed-in', scope: 'survey', summary: 'The survey’s responses, newest first, 50 a page (?cursor=); ?receipt= (回执编号), ?unit=, ?from= / ?to= (district days, YYYY-MM-DD)', query: Q.ResponseSearchQuery, response: json(R.ResponseList), errors: [422] },
  { method: 'POST', path: '/api/surveys/:surveyId/responses/:responseId/invalidate', access: 'organizer', scope: 'survey', summary: 'Mark a response invalid (无效答卷) with a reason: it leaves every count once, stays stored and flagged in responses.csv; again changes nothing', body: InvalidateResponseSchema, response: json(R.ValidityAnswer) },
  { method: 'POST', path: '/api/surveys/:surveyId/responses/:responseId/restore', access: 'organizer', scope: 'survey', summary: 'Count an invalid response again, once', response: json(R.ValidityAnswer) },
  { method: 'GET', path: '/api/templates', access: 'signed-in', scope: 'none', summary: 'Templates for a new survey: the built-in ones (built from the live catalogue) and the district’s saved ones', response: json(R.TemplateList) },
  { method: 'POST', path: '/api/surveys/:surveyId/template', access: 'organizer', scope: 'survey', summary: 'Save any survey’s definition as a district template under a name: 201 { templateId, name }', body: TemplateNameBodySchema, response: json(R.SavedTemplateAnswer, 201) },
  { method: 'POST', path: '/api/templates/:templateId/surveys', access: 'organizer', scope: 'own', summary: 'A new draft from a saved template: 201 { surveyId, retired }; options naming catalogue records retired since are left out and listed in retired (kept, with removed: false, where leaving them out would break the question)', body: FromTemplateBodySchema, bodyOptional: true, response: json(R.FromTemplateAnswer, 201), errors: [409, 422] },
  { method: 'PUT', path: '/api/templates/:templateId', access: 'organizer', scope: 'none', summary: 'Rename a saved template (its creator or an admin; 403 not_template_owner otherwise)', body: TemplateNameBodySchema, response: json(R.TemplateAnswer) },
  { method: 'POST', path: '/api/templates/:templateId/delete', access: 'organizer', scope: 'none', summary: 'Delete a saved template (its creator or an admin); surveys made from it stay', response: json(R.TemplateDeleted) },
  { method: 'GET', path: '/api/catalogue', access: 'signed-in', scope: 'none', summary: 'The catalogue: fronts, units, themes, topics, experts (retired included)', response: json(R.CatalogueSchema) },
  { method: 'GET', path: '/api/catalogue.xlsx', access: 'signed-in', scope: 'none', summary: 'The catalogue as an .xlsx workbook: a sheet per section (战线, 单位, 专题, 课题, 专家) with Chinese column names; imports back unchanged', response: xlsxFile },
  { method: 'GET', path: '/api/catalogue.csv', access: 'signed-in', scope: 'none', summary: 'The catalogue as one CSV (UTF-8 with BOM, formulas neutralised) with a 类别 column', response: csvFile },
  { method: 'POST', path: '/api/catalogue-import', access: 'admin', scope: 'none', summary: 'Dry run of an import: the body is an .xlsx or CSV file (at most 256 KB); every row with its outcome (add, change, same, refuse) and reasons; nothing is written; 409 import_busy while another import of the district runs', upload: true, response: json(R.CatalogueImportReport), errors: [409, 422] },
  { method: 'POST', path: '/api/catalogue-import/apply', access: 'admin', scope: 'none', summary: 'Import an .xlsx or CSV file: planned again from the body, refused rows skipped, the rest written; one audit entry with the counts. Rows match by id or name, so the same file twice changes nothing; 409 import_busy while another import of the district runs', upload: true, response: json(R.CatalogueImportReport), errors: [409, 422] },
  { method: 'POST', path: '/api/catalogue/:section', access: 'admin', scope: 'none', summary: 'Add a record to a catalogue section; the id is generated when the body gives none. 201 { record }', params: Q.CatalogueSectionParams, body: NewCatalogueRecordSchema, domainChecksBody: true, response: json(R.CatalogueRecordAnswer, 201), errors: [409, 422] },
  { method: 'PUT', path: '/api/catalogue/:section/:id', access: 'admin', scope: 'none', summary: 'Replace a catalogue record', params: Q.CatalogueSectionParams, body: R.CatalogueRecord, domainChecksBody: true, response: json(R.CatalogueRecordAnswer), errors: [422] },
  { method: 'POST', path: '/api/catalogue/:section/:id/retire', access: 'admin', scope: 'none', summary: 'Retire a record: it leaves new templates but stays in old surveys', params: Q.CatalogueSectionParams, response: json(R.CatalogueRecordAnswer) },
  { method: 'POST', path: '/api/catalogue/:section/:id/restore', access: 'admin', scope: 'none', summary: 'Bring a retired record back', params: Q.CatalogueSectionParams, response: json(R.CatalogueRecordAnswer), errors: [422] },
  { method: 'GET', path: '/api/accounts', access: 'admin', scope: 'none', summary: 'Every organizer account', response: json(R.AccountList) },
  { method: 'POST', path: '/api/accounts', access: 'admin', scope: 'none', summary: 'Add an account (a password is generated when none is given)', body: NewAccountSchema, response: json(R.AccountCreated, 201), errors: [409] },
  { method: 'POST', path: '/api/accounts/:email/reset-password', access: 'admin', scope: 'none', summary: 'A new generated password, returned once; the account’s sessions end', response: json(R.PasswordReset) },
  { method: 'PUT', path: '/api/accounts/:email/fronts', access: 'admin', scope: 'none', summary: 'Limit an organizer or viewer to some fronts (限定战线): { fronts: [frontId] }; an empty list lifts the limit. Applies to its open sessions at once', body: AccountFrontsSchema, response: json(R.AccountFrontsAnswer), errors: [422] },
  { method: 'POST', path: '/api/accounts/:email/disable', access: 'admin', scope: 'none', summary: 'Disable an account: it cannot sign in and its sessions end at once (not your own)', response: json(R.AccountDisabled), errors: [409] },
  { method: 'POST', path: '/api/accounts/:email/enable', access: 'admin', scope: 'none', summary: 'Enable a disabled account', response: json(R.AccountDisabled), errors: [409] },
  { method: 'GET', path: '/api/audit.csv', access: 'admin', scope: 'none', summary: 'The audit log as CSV in district time with readable action names; ?actor= and ?action= filter', query: Q.AuditFilterQuery, response: csvFile },
  { method: 'GET', path: '/api/audit', access: 'admin', scope: 'none', summary: 'The audit log, newest first', query: Q.AuditPageQuery, response: json(R.AuditPage) },
  { method: 'POST', path: '/api/lectures', access: 'organizer', scope: 'district', summary: 'Schedule a lecture (district time); 409 expert_busy when the expert has an overlapping lecture', body: NewLectureSchema, response: json(R.LectureScheduled, 201), errors: [409, 422] },
  { method: 'GET', path: '/api/lectures', access: 'signed-in', scope: 'list', summary: 'The ledger: lectures starting in ?from=&to=, filterable by ?front=&unit=&topic=&expert=&status=, with feedback and scores (a front-limited account: its fronts’ lectures)', query: Q.LedgerQuery, response: json(R.Ledger), errors: [422] },
  { method: 'GET', path: '/api/lectures.csv', access: 'signed-in', scope: 'list', summary: 'The ledger (台账) as CSV with Chinese headers', query: Q.LedgerQuery, response: csvFile, errors: [422] },
  { method: 'GET', path: '/api/lectures/:lectureId', access: 'signed-in', scope: 'lecture', summary: 'One lecture with its feedback link, window, counts and scores', response: json(R.LectureDetail) },
  { method: 'POST', path: '/api/lectures/:lectureId/delivered', access: 'organizer', scope: 'lecture', summary: 'Mark delivered with the actual attendance (again, to correct it)', body: DeliveredSchema, response: json(R.LectureAnswer), errors: [409] },
  { method: 'PUT', path: '/api/lectures/:lectureId', access: 'organizer', scope: 'lecture', summary: 'Change a scheduled lecture: startsAt (district time), durationMinutes, place, expertId, unitIds, notes ("" clears); the same clash check as scheduling (409 expert_busy); a new expert or a new time asks the expert again (assignment back to pending); 409 lecture_status_conflict once delivered or cancelled', body: LectureChangeSchema, response: json(R.LectureChanged), errors: [409, 422] },
  { method: 'POST', path: '/api/lectures/:lectureId/reminders', access: 'organizer', scope: 'lecture', summary: 'Remind the host units to pass the feedback link on (催办反馈), as for surveys: while the lecture has no feedback at all (feedback is anonymous, one form per lecture, so it answers for all its hosts), each host unit gets one message with its own link to the lecture on its page (/u/{key}#lecture-{id}, where the feedback link is; never the general /f/ link); a unit reminded about this lecture within ?gap= hours (default 24) is skipped; 409 feedback_window_not_open before it starts, 409 lecture_status_conflict once cancelled, 410 feedback_closed once the feedback window has closed', query: Q.ReminderQuery, response: json(R.ReminderAnswer), errors: [409, 410, 422] },
  { method: 'POST', path: '/api/lectures/:lectureId/cancel', access: 'organizer', scope: 'lecture', summary: 'Cancel a scheduled lecture (optional reason); frees the expert’s time', body: CancelSchema, bodyOptional: true, response: json(R.LectureAnswer), errors: [409] },
  { method: 'GET', path: '/api/lectures/:lectureId/qr.svg', access: 'signed-in', scope: 'lecture', summary: 'The lecture’s feedback link as a QR code (SVG)', response: svgFile },
  { method: 'GET', path: '/api/lectures/:lectureId/suggestions', access: 'signed-in', scope: 'lecture', summary: 'The lecture’s suggestions (text answers), newest first, a page at a time (?cursor=)', query: Q.PageQuery, response: json(R.Suggestions) },
  { method: 'GET', path: '/api/lectures/:lectureId/sign-ins', access: 'signed-in', scope: 'lecture', summary: 'The sign-in sheet (签到表): every sign-in in arrival order (district time, name and unit where the district asks for them), and the sign-in link', response: json(R.SignInSheet) },
  { method: 'GET', path: '/api/lectures/:lectureId/sign-ins.csv', access: 'signed-in', scope: 'lecture', summary: 'The sign-in sheet as CSV (UTF-8 with BOM, formulas neutralised)', response: csvFile },
  { method: 'GET', path: '/api/lectures/:lectureId/sign-ins.xlsx', access: 'signed-in', scope: 'lecture', summary: 'The sign-in sheet as an .xlsx workbook, the lecture named on top', response: xlsxFile },
  { method: 'GET', path: '/api/lectures/:lectureId/sign-in-qr.svg', access: 'signed-in', scope: 'lecture', summary: 'The lecture’s sign-in link (/sign-in/{lectureId}) as a QR code (SVG)', response: svgFile },
  { method: 'GET', path: '/api/lectures/:lectureId/record', access: 'signed-in', scope: 'lecture', summary: 'The lecture’s record (台账): summary, photos (≤ 9) and files (≤ 3), each with its download link, and the limits', response: json(R.EventRecordView) },
  { method: 'POST', path: '/api/lectures/:lectureId/record/uploads', access: 'organizer', scope: 'lecture', summary: 'Where to upload one photo or file (201): in AWS an S3 presigned POST (its fields, then the file as `file`; S3 refuses more than the kind’s size), locally a PUT to this app; then confirm it', body: RecordUploadRequestSchema, response: json(R.UploadTicket, 201) },
  { method: 'PUT', path: '/api/lectures/:lectureId/record/uploads/:uploadId', access: 'organizer', scope: 'lecture', summary: 'The local run only: the upload’s bytes (?kind=photo|file); 413 past the kind’s size. In AWS uploads go to S3 and this answers 404', query: Q.RecordKindQuery, upload: 'file', response: noContent },
  { method: 'POST', path: '/api/lectures/:lectureId/record/uploads/:uploadId/confirm', access: 'organizer', scope: 'lecture', summary: 'Check an upload and add it to the record (201): type by content (415 unsupported_file_type), size (413 file_too_large), photo metadata (EXIF, GPS, XMP) stripped; 409 record_full past 9 photos or 3 files; 422 upload_missing when nothing arrived', body: RecordConfirmSchema, response: json(R.RecordItemAnswer, 201), errors: [409, 413, 415, 422] },
  { method: 'GET', path: '/api/lectures/:lectureId/record/items/:itemId', access: 'signed-in', scope: 'lecture', summary: 'A record photo or file (?download for a photo as an attachment)', query: Q.DownloadQuery, response: binaryFile, errors: [422] },
  { method: 'POST', path: '/api/lectures/:lectureId/record/items/:itemId/delete', access: 'organizer', scope: 'lecture', summary: 'Delete a photo or file from the record (the file too); 422 upload_missing when it is not there', response: json(R.RecordItemRemoved), errors: [422] },
  { method: 'PUT', path: '/api/lectures/:lectureId/record/summary', access: 'organizer', scope: 'lecture', summary: 'The record’s short summary (小结, at most 2,000 characters)', body: RecordSummarySchema, response: json(R.RecordSummaryAnswer) },
  { method: 'GET', path: '/api/briefings', access: 'signed-in', scope: 'district', summary: 'Briefings (学习动态), every status, newest day first', response: json(R.BriefingList) },
  { method: 'POST', path: '/api/briefings', access: 'organizer', scope: 'district', summary: 'Write a briefing (a draft): title, district day, text, and photos picked from one event’s record (台账, JPEG or PNG, at most 9); 201', body: BriefingInputSchema, response: json(R.BriefingAnswer, 201), errors: [422] },
  { method: 'GET', path: '/api/briefings/:briefingId', access: 'signed-in', scope: 'district', summary: 'One briefing with its text', response: json(R.BriefingAnswer) },
  { method: 'PUT', path: '/api/briefings/:briefingId', access: 'organizer', scope: 'district', summary: 'Edit a draft or a withdrawn briefing (409 briefing_status_conflict while published: withdraw it first); `version` as read, else 409 briefing_edit_conflict', body: BriefingUpdateSchema, response: json(R.BriefingAnswer), errors: [409, 422] },
  { method: 'POST', path: '/api/briefings/:briefingId/publish', access: 'organizer', scope: 'district', summary: 'Publish a draft or a withdrawn briefing on the public /news pages: display-size copies of its photos are made and its text frozen; 422 when the text is empty or a photo left the record', body: BriefingVersionSchema, bodyOptional: true, response: json(R.BriefingAnswer), errors: [409, 422] },
  { method: 'POST', path: '/api/briefings/:briefingId/withdraw', access: 'organizer', scope: 'district', summary: 'Take a published briefing off the public pages (it stays, and may be edited and published again)', body: BriefingVersionSchema, bodyOptional: true, response: json(R.BriefingAnswer), errors: [409] },
  { method: 'GET', path: '/api/sign-in-settings', access: 'signed-in', scope: 'none', summary: 'The district’s sign-in setting: what the sign-in page asks (nothing, name, name-and-unit) and, for events with an attendee list, whether an unlisted person is refused or a guest', response: json(SignInSettingsSchema) },
  { method: 'PUT', path: '/api/sign-in-settings', access: 'admin', scope: 'none', summary: 'Change the district’s sign-in setting; audited', body: SignInSettingsSchema, response: json(SignInSettingsSchema) },
  { method: 'GET', path: '/api/scorecards', access: 'signed-in', scope: 'district', summary: 'Scorecards ?by=expert|topic|unit|front over ?from=&to=: delivered lectures, attendance, feedback, mean score per dimension, satisfaction, trend by quarter', query: Q.ScorecardQuery, response: json(R.Scorecards), errors: [422] },
  { method: 'GET', path: '/api/scorecards.csv', access: 'signed-in', scope: 'district', summary: 'The scorecards as CSV', query: Q.ScorecardQuery, response: csvFile, errors: [422] },
  { method: 'GET', path: '/api/scorecards/suggestions', access: 'signed-in', scope: 'district', summary: 'Suggestions left on an expert’s or topic’s lectures (?by=expert|topic&id=), a page at a time', query: Q.ScorecardSuggestionsQuery, response: json(R.Suggestions), errors: [422] },
  { method: 'GET', path: '/api/year-stats', access: 'signed-in', scope: 'district', summary: '年度统计 for ?year= (district calendar year; the current one when absent): totals, each expert’s delivered lectures against target with mean ratings, units against target, units and fronts with no lecture, topics most ordered and best rated, 红花榜', query: Q.YearQuery, response: json(R.YearStats), errors: [422] },
  { method: 'GET', path: '/api/year-stats.xlsx', access: 'signed-in', scope: 'district', summary: '年度统计 as an .xlsx workbook: a sheet per list', query: Q.YearQuery, response: xlsxFile, errors: [422] },
  { method: 'POST', path: '/api/year-record/exports', access: 'organizer', scope: 'district', summary: 'The year’s record (年度台账) as a ZIP, made by an export job (202 { exportId }): a folder per delivered lecture (facts and summary, photos, files) and an xlsx index; follow it at /api/exports/{exportId}', body: YearRecordRequestSchema, response: json(R.ExportStarted, 202), errors: [422] },
  { method: 'GET', path: '/api/programme/summary', access: 'signed-in', scope: 'district', summary: 'Programme totals over ?from=&to= (delivered lectures): lectures, attendance, units reached, by front, theme, month, quarter', query: Q.RangeQuery, response: json(R.ProgrammeSummary), errors: [422] },
  { method: 'GET', path: '/api/feedback-form', access: 'signed-in', scope: 'none', summary: 'The district’s lecture feedback form (current version) and the feedback window in days', response: json(R.FeedbackFormAnswer) },
  { method: 'PUT', path: '/api/feedback-form', access: 'admin', scope: 'none', summary: 'Save a new version of the feedback form; lectures that have not started answer it', body: SurveySchema, domainChecksBody: true, response: json(R.FeedbackFormSaved), errors: [409, 422] },
  { method: 'PUT', path: '/api/feedback-form/window', access: 'admin', scope: 'none', summary: 'How many days after a lecture ends its feedback stays open, and (repeatFeedback) whether a second feedback from one phone is refused (default) or replaces the first', body: FeedbackWindowSchema, response: json(R.FeedbackWindowAnswer) },

  { method: 'POST', path: '/api/units/:unitId/key', access: 'organizer', scope: 'unit', summary: 'Issue or rotate a unit’s link key (单位专属链接): the old link answers 404 at once. 200 { unitId, key, url }', response: json(R.UnitKeyIssued) },
  { method: 'GET', path: '/api/unit-links', access: 'signed-in', scope: 'list', summary: 'Every current unit with its link (or none yet), front and issue time (a front-limited account: its fronts’ units)', response: json(R.UnitLinks) },
  { method: 'GET', path: '/api/unit-links.csv', access: 'signed-in', scope: 'list', summary: 'Every unit’s link as CSV, for handing out', response: csvFile },
  { method: 'POST', path: '/api/experts/:expertId/key', access: 'organizer', scope: 'district', summary: 'Issue or rotate an expert’s link key (专家专属链接): the old link answers 404 at once. 200 { expertId, key, url }', response: json(R.ExpertKeyIssued), errors: [422] },
  { method: 'GET', path: '/api/expert-links', access: 'signed-in', scope: 'district', summary: 'Every current expert with their link (or none yet) and issue time', response: json(R.ExpertLinks) },
  { method: 'GET', path: '/api/expert-links.csv', access: 'signed-in', scope: 'district', summary: 'Every expert’s link as CSV, for handing out', response: csvFile },
  { method: 'GET', path: '/api/notices', access: 'signed-in', scope: 'district', summary: 'Notices (通知), newest first, a page at a time (?cursor=); ?status=pending|sent|failed|unsent: each with its text, status and each robot’s outcome (named by kind and place, never by address)', query: Q.NoticeListQuery, response: json(R.NoticeList), errors: [422] },
  { method: 'POST', path: '/api/notices/:noticeId/retry', access: 'organizer', scope: 'district', summary: 'Send a notice again now (a failed or waiting one); 409 notice_sent when every robot has it', response: json(R.NoticeAnswer), errors: [409] },
  { method: 'GET', path: '/api/menus', access: 'signed-in', scope: 'district', summary: 'Every menu (菜单), newest first', response: json(R.MenuList) },
  { method: 'POST', path: '/api/menus', access: 'organizer', scope: 'district', summary: 'Compose a draft menu from the catalogue: title, orderDeadline (district time), maxPicks, formats, items [{ topicId, expertIds }]', body: MenuInputSchema, domainChecksBody: true, response: json(R.MenuView, 201), errors: [422] },
  { method: 'GET', path: '/api/menus/:menuId', access: 'signed-in', scope: 'district', summary: 'One menu with its items (topic, theme, summary, experts)', response: json(R.MenuView) },
  { method: 'PUT', path: '/api/menus/:menuId', access: 'organizer', scope: 'district', summary: 'Replace a draft menu’s content (409 menu_frozen once published)', body: MenuInputSchema, domainChecksBody: true, response: json(R.MenuView), errors: [409, 422] },
  { method: 'POST', path: '/api/menus/:menuId/publish', access: 'organizer', scope: 'district', summary: 'Publish a draft menu: units can order from it until its deadline; its items are frozen', response: json(R.MenuView), errors: [409] },
  { method: 'POST', path: '/api/menus/:menuId/close', access: 'organizer', scope: 'district', summary: 'Stop taking requests before the deadline', response: json(R.MenuView), errors: [409] },
  { method: 'GET', path: '/api/menus/:menuId/requests', access: 'signed-in', scope: 'district', summary: 'The request board (点单汇总): every unit’s current request, demand per topic, units not ordered; ?front= ?topic= filter', query: Q.BoardQuery, response: json(R.RequestBoard) },
  { method: 'GET', path: '/api/menus/:menuId/requests.csv', access: 'signed-in', scope: 'district', summary: 'The request board as CSV with Chinese headers', query: Q.BoardQuery, response: csvFile },
  { method: 'GET', path: '/api/requests/:requestId/versions', access: 'signed-in', scope: 'request', summary: 'Every version a unit submitted of one request, oldest first', response: json(R.RequestVersions) },
  { method: 'POST', path: '/api/requests/:requestId/status', access: 'organizer', scope: 'request', summary: 'Schedule, decline (with a reason), mark delivered or reopen a request; audited', body: RequestStatusChangeSchema, response: json(R.RequestStatusAnswer), errors: [409, 422] },
  { method: 'GET', path: '/api/surveys/:surveyId/status', access: 'signed-in', scope: 'survey', summary: 'Who has not answered (未填报单位): responses and last time per unit, silent units by front, a reminder text; from the counters', response: json(R.AnswerStatus) },
  { method: 'GET', path: '/api/surveys/:surveyId/status.csv', access: 'signed-in', scope: 'survey', summary: 'The per-unit answer status as CSV', response: csvFile },
  { method: 'POST', path: '/api/surveys/:surveyId/reminders', access: 'organizer', scope: 'survey', summary: 'Remind the units that have not answered (催办): one message per unit with its own link (/u/{key}; a unit without one is issued one, audited); a unit reminded about this survey within ?gap= hours (default 24) is skipped, one that answered never reminded; a notice to the group robots; 409 unless published, 410 once closed', query: Q.ReminderQuery, response: json(R.ReminderAnswer), errors: [409, 410, 422] },
  { method: 'POST', path: '/api/menus/:menuId/reminders', access: 'organizer', scope: 'list', summary: 'Remind the units that have not ordered from a published menu, as for surveys (a front-limited account: its fronts’ units only); 409 unless published, 410 after the deadline', query: Q.ReminderQuery, response: json(R.ReminderAnswer), errors: [409, 410, 422] },

  // 年度学习计划: the centre group's people, sessions (events of kind study-session) and the year's plan. District-level: front-limited accounts are refused.
  { method: 'GET', path: '/api/people', access: 'signed-in', scope: 'district', summary: 'People of units (中心组成员, 单位负责人): name, post, unit, role, in the order added', response: json(SP.PeopleList) },
  { method: 'POST', path: '/api/people', access: 'organizer', scope: 'district', summary: 'Add a person (the unit by catalogue id or by name); 201 { person }; 422 duplicate name within the unit; audited', body: PersonInputSchema, domainChecksBody: true, response: json(SP.PersonAnswer, 201), errors: [422] },
  { method: 'PUT', path: '/api/people/:personId', access: 'organizer', scope: 'district', summary: 'Change a person (retired: true retires them: later sessions no longer list them); audited', body: PersonInputSchema, domainChecksBody: true, response: json(SP.PersonAnswer), errors: [422] },
  { method: 'GET', path: '/api/people.csv', access: 'signed-in', scope: 'district', summary: 'People as CSV (UTF-8 with BOM): 编号, 姓名, 职务, 单位, 身份, 状态', response: csvFile },
  { method: 'GET', path: '/api/people.xlsx', access: 'signed-in', scope: 'district', summary: 'People as an .xlsx workbook (sheet 人员), the same columns', response: xlsxFile },
  { method: 'POST', path: '/api/people-import', access: 'organizer', scope: 'district', summary: 'Dry run of a people import: the body is an .xlsx or CSV file (at most 256 KB) with the export’s columns; every row with its outcome (add, change, same, refuse) and reasons; nothing is written; 409 import_busy while another runs', upload: true, response: json(SP.PeopleImportReport), errors: [409, 422] },
  { method: 'POST', path: '/api/people-import/apply', access: 'organizer', scope: 'district', summary: 'Import people from an .xlsx or CSV file: rows match by 编号, else by name within the unit, so the same file twice changes nothing; refused rows skipped; audited with the counts', upload: true, response: json(SP.PeopleImportReport), errors: [409, 422] },
  { method: 'GET', path: '/api/study-settings', access: 'signed-in', scope: 'none', summary: 'The district’s own study forms beside the standard four (集中学习, 交流研讨, 集体参观, 专题辅导); `all` lists every form a session may take', response: json(SP.StudySettingsAnswer) },
  { method: 'PUT', path: '/api/study-settings', access: 'admin', scope: 'none', summary: 'Set the district’s own study forms (at most 20, each at most 20 characters); audited', body: StudySettingsSchema, response: json(SP.StudySettingsAnswer) },
  { method: 'GET', path: '/api/study-plan', access: 'signed-in', scope: 'district', summary: 'The year’s study plan (?year=, this year in district time by default): per month the sessions, planned against held, and a flag on a month without a collective study (no_session; none_held once the month is over); attendance by person and by unit over held sessions (sign-ins against each session’s attendee list)', query: PlanYearQuery, response: json(SP.StudyPlanAnswer) },
  { method: 'GET', path: '/api/study-plan.xlsx', access: 'signed-in', scope: 'district', summary: 'The year’s plan as an .xlsx workbook: the plan by month, attendance by person, attendance by unit', query: PlanYearQuery, response: xlsxFile },
  { method: 'POST', path: '/api/study-sessions', access: 'organizer', scope: 'district', summary: 'Plan a study session (an event of kind study-session): theme, form, startsAt (district time), duration, place, speaker (an expert of the pool or a leader with a post), widened; the attendees are taken from the people (members; unit heads too when widened). 201 with its sign-in link; audited', body: StudySessionInputSchema, response: json(SP.SessionAnswer, 201), errors: [422] },
  { method: 'GET', path: '/api/study-sessions/:sessionId', access: 'signed-in', scope: 'district', summary: 'One study session with its attendee list and sign-in link (its sign-in sheet and record: /api/lectures/{id}/sign-ins, /record)', response: json(SP.SessionAnswer) },
  { method: 'PUT', path: '/api/study-sessions/:sessionId', access: 'organizer', scope: 'district', summary: 'Change a scheduled session (its attendee list taken again from the people); 409 session_status_conflict once held or cancelled; audited', body: StudySessionInputSchema, response: json(SP.SessionAnswer), errors: [409, 422] },
  { method: 'POST', path: '/api/study-sessions/:sessionId/held', access: 'organizer', scope: 'district', summary: 'Mark a session held (once it has started), with the head count when known; again to correct it; 409 when cancelled or not started; audited', body: HeldSchema, bodyOptional: true, response: json(SP.SessionAnswer), errors: [409] },
  { method: 'POST', path: '/api/study-sessions/:sessionId/cancel', access: 'organizer', scope: 'district', summary: 'Cancel a scheduled session (with an optional reason); 409 once held or cancelled; audited', body: SessionCancelSchema, bodyOptional: true, response: json(SP.SessionAnswer), errors: [409] },

  { method: 'GET', path: '/admin/login', access: 'public', scope: 'none', summary: 'Sign-in page', page: true },
  { method: 'POST', path: '/admin/login', access: 'public', scope: 'none', summary: 'Sign-in form', page: true },
  { method: 'POST', path: '/admin/logout', access: 'signed-in', scope: 'none', summary: 'Sign-out form', page: true },
  { method: 'GET', path: '/', access: 'signed-in', scope: 'none', summary: 'The site root: the dashboard (sign-in first when signed out)', page: true },
  { method: 'GET', path: '/admin/api', access: 'signed-in', scope: 'none', summary: 'API reference: the OpenAPI document as a readable page (operations by tag, parameters, bodies, answers, schemas); no script, nothing from other hosts', page: true },
  { method: 'GET', path: '/admin/account', access: 'signed-in', scope: 'none', summary: 'My account: change password, sign out everywhere', page: true },
  { method: 'POST', path: '/admin/account/password', access: 'signed-in', scope: 'none', summary: 'Change-password form', page: true },
  { method: 'POST', path: '/admin/account/logout-everywhere', access: 'signed-in', scope: 'none', summary: 'Sign-out-everywhere form', page: true },
  { method: 'GET', path: '/admin', access: 'signed-in', scope: 'list', summary: 'The year’s workbench (年度工作台): the year at a glance, what to do now, the path from survey to feedback; a front-limited account’s fronts. Old survey-list links (?q=, ?kind=, ?status=, ?year=, ?archived=) go on to /admin/surveys', page: true },
  { method: 'GET', path: '/admin/surveys', access: 'signed-in', scope: 'list', summary: 'Survey list: search, filters by kind, status and year, the archive; the new-survey form', page: true },
  { method: 'POST', path: '/admin/surveys', access: 'organizer', scope: 'own', summary: 'Create-survey form', page: true },
  { method: 'GET', path: '/admin/surveys/:surveyId', access: 'signed-in', scope: 'survey', summary: 'Survey editor, settings and share panel', page: true },
  { method: 'GET', path: '/admin/surveys/:surveyId/qr-sheet', access: 'signed-in', scope: 'survey', summary: 'The QR code poster to print (A4): title, code, link, opening and closing times, district', page: true },
  { method: 'POST', path: '/admin/surveys/:surveyId/definition', access: 'organizer', scope: 'survey', summary: 'Save the definition', page: true },
  { method: 'POST', path: '/admin/surveys/:surveyId/add-question', access: 'organizer', scope: 'survey', summary: 'Add a question of a chosen type at a chosen position', page: true },
  { method: 'POST', path: '/admin/surveys/:surveyId/questions/:questionId', access: 'organizer', scope: 'survey', summary: 'The visual editor: save, move, duplicate or delete one question', page: true },
  { method: 'GET', path: '/admin/surveys/:surveyId/definition.json', access: 'signed-in', scope: 'survey', summary: 'Download the definition as a JSON file (the editor’s advanced option)', page: true },
  { method: 'POST', path: '/admin/surveys/:surveyId/publish', access: 'organizer', scope: 'survey', summary: 'Publish', page: true },
  { method: 'POST', path: '/admin/surveys/:surveyId/close', access: 'organizer', scope: 'survey', summary: 'Close', page: true },
  { method: 'GET', path: '/admin/surveys/:surveyId/confirm/:action', access: 'signed-in', scope: 'survey', summary: 'What publishing, closing or reopening means, and the button that does it', page: true },
  { method: 'POST', path: '/admin/surveys/:surveyId/reopen', access: 'organizer', scope: 'survey', summary: 'Reopen', page: true },
  { method: 'POST', path: '/admin/surveys/:surveyId/copy', access: 'organizer', scope: 'survey', summary: 'Copy as a new draft', page: true },
  { method: 'POST', path: '/admin/surveys/:surveyId/archive', access: 'organizer', scope: 'survey', summary: 'Archive or unarchive', page: true },
  { method: 'POST', path: '/admin/surveys/:surveyId/settings', access: 'organizer', scope: 'survey', summary: 'Save settings', page: true },
  { method: 'POST', path: '/admin/surveys/:surveyId/access-codes', access: 'organizer', scope: 'survey', summary: 'Generate access codes', page: true },
  { method: 'GET', path: '/admin/surveys/:surveyId/preview', access: 'signed-in', scope: 'survey', summary: 'The survey as respondents see it, in any status; submitting is off', page: true },
  { method: 'GET', path: '/admin/surveys/:surveyId/report', access: 'signed-in', scope: 'survey-report', summary: 'The demand report page: summary, charts, unit x topic matrix, downloads', page: true },
  { method: 'GET', path: '/admin/surveys/:surveyId/responses', access: 'signed-in', scope: 'survey', summary: 'Responses list: search by receipt number, unit and day; paged', page: true },
  { method: 'GET', path: '/admin/surveys/:surveyId/responses/:responseId', access: 'signed-in', scope: 'survey', summary: 'One response: its answers and the confirmed mark-invalid or restore form', page: true },
  { method: 'POST', path: '/admin/surveys/:surveyId/responses/:responseId/invalidate', access: 'organizer', scope: 'survey', summary: 'Mark-invalid form (reason required)', page: true },
  { method: 'POST', path: '/admin/surveys/:surveyId/responses/:responseId/restore', access: 'organizer', scope: 'survey', summary: 'Restore form', page: true },
  { method: 'POST', path: '/admin/surveys/:surveyId/exports', access: 'organizer', scope: 'survey', summary: 'Export-all-responses form: starts a job and goes to its status page', page: true },
  { method: 'GET', path: '/admin/export-jobs/:exportId', access: 'signed-in', scope: 'export', summary: 'An export job’s progress and, when done, its download link', page: true },
  { method: 'GET', path: '/admin/exports/:file', access: 'signed-in', scope: 'export-file', summary: 'A finished export file (local run; in AWS exports are presigned S3 links)', page: true },
  { method: 'GET', path: '/admin/templates', access: 'signed-in', scope: 'none', summary: 'Templates page: the district’s saved templates, create from one, rename, delete', page: true },
  { method: 'POST', path: '/admin/surveys/:surveyId/template', access: 'organizer', scope: 'survey', summary: 'Save-as-template form', page: true },
  { method: 'POST', path: '/admin/templates/:templateId/surveys', access: 'organizer', scope: 'own', summary: 'Create-from-template form: to the new draft, or first a list of retired catalogue records left out', page: true },
  { method: 'POST', path: '/admin/templates/:templateId/rename', access: 'organizer', scope: 'none', summary: 'Rename-template form', page: true },
  { method: 'POST', path: '/admin/templates/:templateId/delete', access: 'organizer', scope: 'none', summary: 'Delete-template form', page: true },
  { method: 'GET', path: '/admin/catalogue', access: 'signed-in', scope: 'none', summary: 'Catalogue pages', page: true },
  { method: 'POST', path: '/admin/catalogue/:section', access: 'admin', scope: 'none', summary: 'Add a catalogue record (its id is generated)', page: true },
  { method: 'GET', path: '/admin/catalogue-import', access: 'admin', scope: 'none', summary: 'Import page: upload an .xlsx or CSV, export links, the columns', page: true },
  { method: 'POST', path: '/admin/catalogue-import', access: 'admin', scope: 'none', summary: 'Import form: a file gives the preview (every row: add, change, unchanged, refused and why); "apply" with the file carried in the form plans it again and imports', page: true },
  { method: 'GET', path: '/admin/catalogue/:section/:id', access: 'admin', scope: 'none', summary: 'One catalogue record’s edit form (fronts, themes and topics chosen from lists)', page: true },
  { method: 'POST', path: '/admin/catalogue/:section/:id', access: 'admin', scope: 'none', summary: 'Save a catalogue record in place; problems shown beside their fields with the input kept', page: true },
  { method: 'POST', path: '/admin/catalogue/:section/:id/retire', access: 'admin', scope: 'none', summary: 'Retire or restore a catalogue record', page: true },
  { method: 'GET', path: '/admin/units', access: 'signed-in', scope: 'list', summary: 'Unit links page (单位专属链接): every unit’s link, issue or rotate, CSV and QR sheet (a front-limited account: its fronts’ units)', page: true },
  { method: 'POST', path: '/admin/units/:unitId/key', access: 'organizer', scope: 'unit', summary: 'Issue or rotate a unit’s link', page: true },
  { method: 'GET', path: '/admin/units/qr', access: 'signed-in', scope: 'list', summary: 'Printable A4 sheet of every unit’s QR code, the unit name under each', page: true },
  { method: 'GET', path: '/admin/experts/links', access: 'signed-in', scope: 'district', summary: 'Expert links page (专家专属链接): every expert’s link, issue or rotate (rotation asks first), CSV and QR sheet', page: true },
  { method: 'POST', path: '/admin/experts/:expertId/key', access: 'organizer', scope: 'district', summary: 'Issue or rotate an expert’s link (a rotation shows what it means first)', page: true },
  { method: 'GET', path: '/admin/experts/links/qr', access: 'signed-in', scope: 'district', summary: 'Printable A4 sheet of every expert’s QR code, the expert’s name under each', page: true },
  { method: 'GET', path: '/admin/notices', access: 'signed-in', scope: 'district', summary: 'Notices page (通知): what was sent to the group robots, what failed and why, each notice’s text to copy, send again; ?status= filters', page: true },
  { method: 'POST', path: '/admin/notices/:noticeId/retry', access: 'organizer', scope: 'district', summary: 'Send-again form', page: true },
  { method: 'GET', path: '/admin/menus', access: 'signed-in', scope: 'district', summary: 'Menus list and the menu composer, beside the latest demand', page: true },
  { method: 'POST', path: '/admin/menus', access: 'organizer', scope: 'district', summary: 'Create a draft menu from the composer', page: true },
  { method: 'GET', path: '/admin/menus/:menuId', access: 'signed-in', scope: 'district', summary: 'A draft menu’s composer, or a published menu’s request board (点单汇总)', page: true },
  { method: 'POST', path: '/admin/menus/:menuId', access: 'organizer', scope: 'district', summary: 'Save a draft menu', page: true },
  { method: 'POST', path: '/admin/menus/:menuId/publish', access: 'organizer', scope: 'district', summary: 'Publish a menu', page: true },
  { method: 'POST', path: '/admin/menus/:menuId/close', access: 'organizer', scope: 'district', summary: 'Close ordering', page: true },
  { method: 'POST', path: '/admin/requests/:requestId/status', access: 'organizer', scope: 'request', summary: 'Schedule, decline (with a reason) or mark a request delivered', page: true },
  { method: 'GET', path: '/admin/surveys/:surveyId/status', access: 'signed-in', scope: 'survey', summary: 'Who has not answered (未填报单位): per unit, by front, with a reminder text', page: true },
  { method: 'POST', path: '/admin/surveys/:surveyId/reminders', access: 'organizer', scope: 'survey', summary: 'Remind the silent units (confirmation first): the status board with each unit’s message to copy', page: true },
  { method: 'POST', path: '/admin/menus/:menuId/reminders', access: 'organizer', scope: 'district', summary: 'Remind the units not ordered (confirmation first): the request board with each unit’s message to copy', page: true },
  { method: 'GET', path: '/admin/audit', access: 'admin', scope: 'none', summary: 'Audit log page: district time, readable actions, links to the objects; ?actor= and ?action= filter', page: true },
  { method: 'GET', path: '/admin/lectures', access: 'signed-in', scope: 'list', summary: 'Lectures: list and month calendar, filters, schedule form (a front-limited account: its fronts’ lectures, no schedule form)', page: true },
  { method: 'POST', path: '/admin/lectures', access: 'organizer', scope: 'district', summary: 'Schedule-lecture form', page: true },
  { method: 'GET', path: '/admin/lectures/:lectureId', access: 'signed-in', scope: 'lecture', summary: 'One lecture: feedback QR code and link for the screen, scores, mark delivered, cancel', page: true },
  { method: 'GET', path: '/admin/lectures/:lectureId/screen', access: 'signed-in', scope: 'lecture', summary: 'The feedback QR code full screen, for the projector at the end of the lecture', page: true },
  { method: 'GET', path: '/admin/briefings', access: 'signed-in', scope: 'district', summary: 'Briefings page (学习动态): every briefing with its status, the write-a-briefing form', page: true },
  { method: 'POST', path: '/admin/briefings', access: 'organizer', scope: 'district', summary: 'Write-a-briefing form: a draft, then its edit page', page: true },
  { method: 'GET', path: '/admin/briefings/:briefingId', access: 'signed-in', scope: 'district', summary: 'One briefing: the edit form (?event= shows that event’s record photos to pick), publish or withdraw', page: true },
  { method: 'POST', path: '/admin/briefings/:briefingId', access: 'organizer', scope: 'district', summary: 'Save a briefing; problems shown beside their fields with the input kept', page: true },
  { method: 'GET', path: '/admin/briefings/:briefingId/preview', access: 'signed-in', scope: 'district', summary: 'The briefing as the public page will show it, in any status', page: true },
  { method: 'POST', path: '/admin/briefings/:briefingId/publish', access: 'organizer', scope: 'district', summary: 'Publish, after a confirmation page', page: true },
  { method: 'POST', path: '/admin/briefings/:briefingId/withdraw', access: 'organizer', scope: 'district', summary: 'Withdraw, after a confirmation page', page: true },
  { method: 'POST', path: '/admin/sign-in-settings', access: 'admin', scope: 'none', summary: 'The sign-in setting form (what the sign-in page asks), from a lecture page', page: true },
  { method: 'POST', path: '/admin/lectures/:lectureId/record/upload', access: 'organizer', scope: 'lecture', summary: 'The local run’s upload form (multipart: kind and the file): stored, checked and added in one step', page: true },
  { method: 'GET', path: '/admin/lectures/:lectureId/record/confirm', access: 'organizer', scope: 'lecture', summary: 'Where S3 sends the browser after a form upload (?kind=&upload=): the upload is checked and added, then back to the lecture’s record', page: true },
  { method: 'POST', path: '/admin/lectures/:lectureId/record/summary', access: 'organizer', scope: 'lecture', summary: 'The record summary form', page: true },
  { method: 'POST', path: '/admin/lectures/:lectureId/record/items/:itemId/delete', access: 'organizer', scope: 'lecture', summary: 'Delete a photo or file from the record, after a confirmation page', page: true },
  { method: 'POST', path: '/admin/lectures/:lectureId/delivered', access: 'organizer', scope: 'lecture', summary: 'Mark-delivered form', page: true },
  { method: 'POST', path: '/admin/lectures/:lectureId/reminders', access: 'organizer', scope: 'lecture', summary: 'Remind the host units about feedback (催办反馈, confirmation first): the lecture page with each unit’s message to copy', page: true },
  { method: 'POST', path: '/admin/lectures/:lectureId/cancel', access: 'organizer', scope: 'lecture', summary: 'Cancel form', page: true },
  { method: 'POST', path: '/admin/lectures/:lectureId/change', access: 'organizer', scope: 'lecture', summary: 'Change form: time, duration, place, expert, units, notes; problems beside their fields with the input kept', page: true },
  { method: 'GET', path: '/admin/scorecards', access: 'signed-in', scope: 'district', summary: 'Scorecards page (评价): by expert, topic, unit or front, printable', page: true },
  { method: 'GET', path: '/admin/year', access: 'signed-in', scope: 'district', summary: '年度统计 page (?year=): experts against target, units and fronts without a lecture, topics, 红花榜; .xlsx, A4 print', page: true },
  { method: 'GET', path: '/admin/year/record', access: 'signed-in', scope: 'district', summary: 'The year’s record (年度台账) on A4, one delivered lecture a page with its photos (?year=)', page: true },
  { method: 'POST', path: '/admin/year/record/export', access: 'organizer', scope: 'district', summary: 'Starts the year’s record ZIP job (?year=) and goes to its status page', page: true },
  { method: 'GET', path: '/admin/programme', access: 'signed-in', scope: 'district', summary: 'Programme summary page: totals, by front, theme, month, trend by quarter, printable', page: true },
  { method: 'GET', path: '/admin/people', access: 'signed-in', scope: 'district', summary: 'People of units page (中心组成员与单位负责人): the list, the add form, export and import', page: true },
  { method: 'POST', path: '/admin/people', access: 'organizer', scope: 'district', summary: 'Add-person form', page: true },
  { method: 'GET', path: '/admin/people/:personId', access: 'signed-in', scope: 'district', summary: 'One person’s edit form', page: true },
  { method: 'POST', path: '/admin/people/:personId', access: 'organizer', scope: 'district', summary: 'Save a person (or retire them)', page: true },
  { method: 'POST', path: '/admin/people-import', access: 'organizer', scope: 'district', summary: 'People import form (multipart file): a preview of every row; applying posts the same file again, confirmed', page: true },
  { method: 'GET', path: '/admin/study-plan', access: 'signed-in', scope: 'district', summary: 'The year’s study plan page (?year=): months planned against held with flags, sessions, attendance by person and unit, the plan form', page: true },
  { method: 'GET', path: '/admin/study-plan/print', access: 'signed-in', scope: 'district', summary: 'The year’s study plan on A4 (print view)', page: true },
  { method: 'POST', path: '/admin/study-sessions', access: 'organizer', scope: 'district', summary: 'Plan-a-session form', page: true },
  { method: 'POST', path: '/admin/study-settings', access: 'admin', scope: 'none', summary: 'The district’s own study forms form', page: true },
  { method: 'GET', path: '/admin/study-sessions/:sessionId', access: 'signed-in', scope: 'district', summary: 'One study session: facts, attendees, sign-in link and QR code with who signed in, the record summary, held and cancel forms', page: true },
  { method: 'POST', path: '/admin/study-sessions/:sessionId', access: 'organizer', scope: 'district', summary: 'Change-a-scheduled-session form (the attendee list taken again); refused fields shown beside them', page: true },
  { method: 'POST', path: '/admin/study-sessions/:sessionId/held', access: 'organizer', scope: 'district', summary: 'Mark-held form', page: true },
  { method: 'POST', path: '/admin/study-sessions/:sessionId/cancel', access: 'organizer', scope: 'district', summary: 'Cancel form, after a confirmation page', page: true },
  { method: 'POST', path: '/admin/study-sessions/:sessionId/unlisted', access: 'admin', scope: 'none', summary: 'The district’s setting for an unlisted person signing in (refused, or a guest), from a session page', page: true },
  { method: 'GET', path: '/api/essay-calls', access: 'signed-in', scope: 'district', summary: 'Essay calls (征文), newest first, with their state and number of essays', response: json(E.EssayCallList) },
  { method: 'POST', path: '/api/essay-calls', access: 'organizer', scope: 'district', summary: 'Create an essay call as a draft: title, the catalogue’s themes, deadline (district time, in the future) and rules', body: NewEssayCallSchema, response: json(E.EssayCallAnswer, 201), errors: [422] },
  { method: 'GET', path: '/api/essay-calls/:callId', access: 'signed-in', scope: 'district', summary: 'One essay call with every essay (unit and authors: the organizers’ view), the rankings overall, by theme and by front (mean score and number of reviews, recounted from the reviews) and its exchange meetings', response: json(E.EssayCallDetail) },
  { method: 'GET', path: '/api/essay-calls/:callId/essays/:essayId/file', access: 'signed-in', scope: 'district', summary: 'The unit’s original PDF or DOCX of an essay (a short presigned link in AWS, the file itself locally); 404 essay_not_found when the essay has no file', response: binaryFile, errors: [404] },
  { method: 'POST', path: '/api/essay-calls/:callId/open', access: 'organizer', scope: 'district', summary: 'Open a draft call to units (征集中); the deadline must be ahead; again: 200 unchanged', response: json(E.EssayCallAnswer), errors: [409, 422] },
  { method: 'POST', path: '/api/essay-calls/:callId/close', access: 'organizer', scope: 'district', summary: 'Close an open call (评审中): no more essays, even before the deadline; again: 200 unchanged', response: json(E.EssayCallAnswer), errors: [409] },
  { method: 'POST', path: '/api/essay-calls/:callId/publish', access: 'organizer', scope: 'district', summary: 'Publish a closed call’s results: the ranking as it stands is fixed and shown on each unit’s page; reviews end; again: 200 unchanged', response: json(E.EssayCallAnswer), errors: [409] },
  { method: 'POST', path: '/api/essay-calls/:callId/meetings', access: 'organizer', scope: 'district', summary: 'Schedule an exchange meeting (交流会) from the call: theme, front, time (district time), place, presenting units by their essays, commenting experts; an event with sign-in, feedback and a record', body: NewExchangeMeetingSchema, response: json(E.ExchangeMeetingAnswer, 201), errors: [422] },
  { method: 'GET', path: '/api/exchange-meetings/:eventId', access: 'signed-in', scope: 'district', summary: 'One exchange meeting with its sign-in and feedback links', response: json(E.ExchangeMeetingAnswer) },
  { method: 'PUT', path: '/api/exchange-meetings/:eventId', access: 'organizer', scope: 'district', summary: 'Change a scheduled exchange meeting: the scheduling body (theme, front, time in district time, place, presenting essays, experts) and the version it was read at; 409 meeting_edit_conflict for another version, 409 meeting_status_conflict once held or cancelled; a notice to the group robots; audited', body: ExchangeMeetingChangeSchema, response: json(E.ExchangeMeetingAnswer), errors: [409, 422] },
  { method: 'POST', path: '/api/exchange-meetings/:eventId/held', access: 'organizer', scope: 'district', summary: 'Mark a meeting held (once it has started) with the head count; again to correct it; 409 meeting_status_conflict when cancelled or not started; audited', body: MeetingHeldSchema, response: json(E.ExchangeMeetingAnswer), errors: [409] },
  { method: 'POST', path: '/api/exchange-meetings/:eventId/cancel', access: 'organizer', scope: 'district', summary: 'Cancel a scheduled meeting (with an optional reason); 409 meeting_status_conflict once held or cancelled; a notice to the group robots; audited', body: MeetingCancelSchema, bodyOptional: true, response: json(E.ExchangeMeetingAnswer), errors: [409] },
  { method: 'GET', path: '/admin/essay-calls', access: 'signed-in', scope: 'district', summary: 'Essay calls page (征文): every call with its state, and the new-call form', page: true },
  { method: 'POST', path: '/admin/essay-calls', access: 'organizer', scope: 'district', summary: 'New essay call form', page: true },
  { method: 'GET', path: '/admin/essay-calls/:callId', access: 'signed-in', scope: 'district', summary: 'One essay call: its essays, rankings by theme and by front, the next step, its exchange meetings and the meeting form', page: true },
  { method: 'POST', path: '/admin/essay-calls/:callId/step', access: 'organizer', scope: 'district', summary: 'Open, close or publish form (each asks first: none can be undone)', page: true },
  { method: 'POST', path: '/admin/essay-calls/:callId/meetings', access: 'organizer', scope: 'district', summary: 'Exchange meeting form', page: true },
  { method: 'GET', path: '/admin/exchange-meetings/:eventId', access: 'signed-in', scope: 'district', summary: 'One exchange meeting: presenting units and essays, experts, sign-in and feedback links and QR codes, the change, held and cancel forms, and its record (台账)', page: true },
  { method: 'POST', path: '/admin/exchange-meetings/:eventId', access: 'organizer', scope: 'district', summary: 'Change-a-scheduled-meeting form (names the version it was read at); refused fields shown beside them', page: true },
  { method: 'POST', path: '/admin/exchange-meetings/:eventId/held', access: 'organizer', scope: 'district', summary: 'Mark-held form with the head count, after a confirmation page', page: true },
  { method: 'POST', path: '/admin/exchange-meetings/:eventId/cancel', access: 'organizer', scope: 'district', summary: 'Cancel form, after a confirmation page', page: true },
  { method: 'GET', path: '/admin/accounts', access: 'admin', scope: 'none', summary: 'Accounts page: every account and the add-account form', page: true },
  { method: 'POST', path: '/admin/accounts/:email/reset-password', access: 'admin', scope: 'none', summary: 'Reset-password form (the new password is shown once)', page: true },
  { method: 'POST', path: '/admin/accounts/:email/fronts', access: 'admin', scope: 'none', summary: 'Limit-to-fronts form (checkboxes of the catalogue’s fronts; none ticked lifts the limit)', page: true },
  { method: 'POST', path: '/admin/accounts/:email/disable', access: 'admin', scope: 'none', summary: 'Disable or enable form', page: true },
  { method: 'POST', path: '/admin/accounts', access: 'admin', scope: 'none', summary: 'Add-account form (a generated password is shown once)', page: true },
] as const satisfies readonly RouteSpec[];

export type RouteKey = `${(typeof ORGANIZER_ROUTES)[number]['method']} ${(typeof ORGANIZER_ROUTES)[number]['path']}`;

export function routeSpec(key: RouteKey): RouteSpec {
  const spec = ORGANIZER_ROUTES.find((r) => `${r.method} ${r.path}` === key);
  if (!spec) throw new Error(`No route ${key} in the route table`);
  return spec;
}
