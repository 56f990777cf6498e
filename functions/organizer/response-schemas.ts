// What the organizer API answers, as valibot schemas the route table names per route (OpenAPI documents
// them). Built from the domain's own schemas where the answer is a stored record; shapes the domain keeps
// as TypeScript interfaces (reports, boards) are spelled out here with the fields a client can rely on.
import * as v from 'valibot';
import { AccountSchema, RoleSchema } from '../../shared/accounts/account-schema.js';
import { AuditEntrySchema } from '../../shared/audit/audit-schema.js';
import { CatalogueSchema, ExpertRecordSchema, FrontRecordSchema, ThemeRecordSchema, TopicRecordSchema, UnitRecordSchema } from '../../shared/catalogue/catalogue-schema.js';
import { ExportFilterSchema, ExportJobSchema } from '../../shared/exports/export-job-schema.js';
import { LectureSchema } from '../../shared/lectures/lecture-schema.js';
import { NOTICE_EVENTS, NoticeStatusSchema } from '../../shared/notices/notice-schema.js';
import { SCORECARD_GROUPS } from '../../shared/lectures/scorecards.js';
import { MenuView } from '../http/menu-view.js';
import { CurrentRequestSchema, RequestStatusSchema, RequestVersionSchema } from '../../shared/programme/request-schema.js';
import { SurveySettingsSchema } from '../../shared/survey-admin/survey-settings-schema.js';
import { SurveySchema } from '../../shared/survey/survey-schema.js';

const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const share = v.pipe(v.number(), v.description('A share from 0 to 1'));
const districtTime = v.pipe(v.string(), v.description('District time, YYYY-MM-DD HH:mm'));
const cursor = v.optional(v.pipe(v.string(), v.description('Present when there is a next page: send it back as ?cursor=')));

export const AccountView = v.object({ email: v.string(), role: RoleSchema });
export const LoginAnswer = v.object({ token: v.string(), expiresAt: v.string(), account: AccountView });
export const MeAnswer = v.object({
  ...AccountView.entries,
  expiresAt: v.string(),
  fronts: v.optional(v.pipe(v.array(v.string()), v.description('Only for a front-limited account: the fronts it reaches'))),
});
export const AccountFrontsAnswer = v.object({ email: v.string(), fronts: v.array(v.string()) });
export const TokenAnswer = v.object({ token: v.string(), expiresAt: v.string() });

/** The document itself: an OpenAPI 3.1 object (not restated here). */
export const OpenApiAnswer = v.pipe(v.looseObject({ openapi: v.string(), info: v.looseObject({}), paths: v.looseObject({}) }), v.description('This document'));

const SurveySummary = v.object({
  id: v.string(),
  title: v.string(),
  kind: SurveySchema.entries.kind,
  status: SurveySchema.entries.status,
  createdAt: v.string(),
  publishedAt: v.optional(v.string()),
  closedAt: v.optional(v.string()),
  settings: SurveySettingsSchema,
  responses: count,
});
export const SurveyList = v.object({
  counts: v.object({ all: count, draft: count, published: count, closed: count, archived: count }),
  years: v.array(v.string()),
  /** The `cursor` of the next page (`?cursor=`); absent on the last. */
  next: v.optional(v.string()),
  surveys: v.array(SurveySummary),
});

export const SurveyAnswer = v.object({ survey: SurveySchema });
export const VersionedSurvey = v.object({ survey: SurveySchema, version: v.number() });
export const PublishedSurvey = v.object({ ...VersionedSurvey.entries, shareUrl: v.string() });
export const SurveyOverviewAnswer = v.object({
  survey: SurveySchema,
  version: v.pipe(v.number(), v.description('The definition’s version; its ETag, for If-Match')),
  settings: SurveySettingsSchema,
  unreadableSettings: v.array(v.string()),
  settingsVersion: v.number(),
  responses: count,
  shareUrl: v.string(),
});
export const SettingsAnswer = v.object({ settings: SurveySettingsSchema, version: v.number() });
export const CopyAnswer = v.object({ surveyId: v.string() });
export const ArchiveAnswer = v.object({ surveyId: v.string(), archived: v.boolean() });

const AccessCode = v.object({ code: v.string(), unitId: v.string(), createdAt: v.string(), usedAt: v.optional(v.string()) });
export const AccessCodes = v.object({ codes: v.array(AccessCode) });

export { CrossTabSchema as CrossTab, SurveyReportSchema as SurveyReport } from '../../shared/report/report-types.js';

export const TextAnswers = v.object({
  questionId: v.string(),
  answers: v.array(v.object({ responseId: v.string(), submittedAt: v.string(), unitId: v.string(), text: v.string() })),
  cursor,
});

const InvalidMark = v.object({ reason: v.string(), by: v.string(), at: v.string() });
const ListedResponse = v.object({
  responseId: v.string(),
  receipt: v.pipe(v.string(), v.description('The receipt number (回执编号) the respondent was shown')),
  submittedAt: v.string(),
  unitId: v.string(),
  front: v.optional(v.string()),
  invalid: v.optional(InvalidMark),
});
export const ResponseList = v.object({ responses: v.array(ListedResponse), cursor });
export const ValidityAnswer = v.object({ response: ListedResponse, changed: v.pipe(v.boolean(), v.description('false when the response already was in that state')) });

const exportLinks = { statusUrl: v.string(), page: v.string() };
export const ExportStarted = v.object({ exportId: v.string(), status: ExportJobSchema.entries.status, ...exportLinks });
export const ExportView = v.object({
  exportId: v.string(),
  surveyId: v.optional(v.pipe(v.string(), v.description('The survey whose responses are exported; absent for the year’s record'))),
  yearRecord: v.optional(v.pipe(ExportJobSchema.entries.yearRecord, v.description('The year’s record (年度台账) as a ZIP; rowsDone counts lectures'))),
  status: ExportJobSchema.entries.status,
  rowsDone: count,
  rowsExpected: v.optional(count),
  filter: ExportFilterSchema,
  createdAt: v.string(),
  updatedAt: v.string(),
  finishedAt: v.optional(v.string()),
  error: v.optional(v.pipe(v.string(), v.description('An error code, when failed'))),
  bytes: v.optional(count),
  url: v.optional(v.pipe(v.string(), v.description('The download link, once done'))),
  ...exportLinks,
});

export const CatalogueRecord = v.union([FrontRecordSchema, UnitRecordSchema, ThemeRecordSchema, TopicRecordSchema, ExpertRecordSchema]);
export const CatalogueRecordAnswer = v.object({ record: CatalogueRecord });
export { CatalogueSchema };

export const AccountList = v.object({ accounts: v.array(AccountSchema) });
export const AccountCreated = v.object({ account: AccountSchema, password: v.optional(v.pipe(v.string(), v.description('Only when generated: shown this once'))) });
export const PasswordReset = v.object({ email: v.string(), password: v.string() });
export const AccountDisabled = v.object({ email: v.string(), disabled: v.boolean() });
export const AuditPage = v.object({ entries: v.array(AuditEntrySchema), cursor });

const Scores = v.pipe(v.record(v.string(), v.number()), v.description('Mean rating per dimension, on the questions’ scale'));
const ScoresByScale = v.pipe(
  v.record(v.string(), v.array(v.object({ scale: count, score: v.number(), ratings: count }))),
  v.description('Per dimension rated on more than one scale (the feedback form’s scale changed): the mean on each scale; such a dimension has no entry in scores'),
);
const attendance = v.pipe(count, v.description('实到人数: the organizer’s head count, entered when marking delivered'));
const signIns = v.pipe(count, v.description('签到人数: phones that signed in on the sign-in page (beside attendance, never instead of it)'));
const ScoreTotals = { lectures: count, attendance, signIns, feedback: count, scores: Scores, scoresByScale: v.optional(ScoresByScale), satisfaction: v.optional(share), ratings: count };
const feedbackUrl = v.pipe(v.string(), v.description('The feedback form’s link, for the QR code'));
export const LectureScheduled = v.object({ lectureId: v.string(), feedbackUrl, lecture: LectureSchema });
export const LectureAnswer = v.object({ lecture: LectureSchema });
export const LectureChanged = v.object({
  lecture: LectureSchema,
  changed: v.pipe(v.array(v.picklist(['startsAt', 'durationMinutes', 'place', 'expertId', 'unitIds', 'notes'])), v.description('The fields whose value changed; empty when the body changed nothing')),
  reasked: v.pipe(v.boolean(), v.description('The expert is asked again (a new expert or a new time): assignment is pending')),
});
const LedgerRow = v.object({
  ...LectureSchema.entries,
  startsAtLocal: districtTime,
  signIns,
  feedback: count,
  scores: Scores,
  scoresByScale: v.optional(ScoresByScale),
  satisfaction: v.optional(share),
  feedbackUrl,
});
export const Ledger = v.object({ from: v.string(), to: v.string(), lectures: v.array(LedgerRow) });
export const LectureDetail = v.object({
  lecture: LectureSchema,
  ...ScoreTotals,
  startsAtLocal: districtTime,
  feedbackOpensAt: v.string(),
  feedbackClosesAt: v.string(),
  counters: v.record(v.string(), v.number()),
  feedbackUrl,
});
export const Suggestions = v.object({
  suggestions: v.array(
    v.object({ lectureId: v.string(), topic: v.string(), expert: v.string(), startsAt: v.string(), submittedAt: v.string(), texts: v.array(v.object({ questionId: v.string(), title: v.string(), text: v.string() })) }),
  ),
  cursor,
});
export const Scorecards = v.object({
  by: v.picklist(SCORECARD_GROUPS),
  from: v.string(),
  to: v.string(),
  rows: v.array(v.object({ id: v.string(), label: v.string(), ...ScoreTotals, trend: v.array(v.object({ quarter: v.string(), ...ScoreTotals })) })),
});
const Bucket = v.object({ id: v.string(), label: v.string(), lectures: count, attendance, signIns });
const YearFigures = { attendance, signIns, feedback: count, scores: Scores, scoresByScale: v.optional(ScoresByScale), satisfaction: v.optional(share) };
const target = v.optional(v.pipe(count, v.description('年度目标: lectures a year (an expert to give, a unit to receive), from the catalogue')));
const met = v.optional(v.pipe(v.boolean(), v.description('Delivered (received) at least the target; absent without a target')));
export const YearStats = v.object({
  year: count,
  range: v.object({ from: v.string(), to: v.string() }),
  totals: v.object({ ...YearFigures, delivered: count, scheduled: count, cancelled: count }),
  experts: v.array(v.object({ expertId: v.string(), name: v.string(), target, met, delivered: count, scheduled: count, ...YearFigures })),
  units: v.array(v.object({ unitId: v.string(), name: v.string(), frontId: v.string(), frontName: v.string(), target, met, received: count, scheduled: count })),
  unitsWithout: v.array(v.object({ unitId: v.string(), name: v.string(), frontName: v.string() })),
  frontsWithout: v.array(v.object({ frontId: v.string(), name: v.string() })),
  topicsOrdered: v.array(v.object({ topicId: v.string(), title: v.string(), orders: count, delivered: count })),
  topicsBestRated: v.array(v.object({ topicId: v.string(), title: v.string(), lectures: count, ...YearFigures })),
  honourRoll: v.pipe(
    v.array(v.object({ lectureId: v.string(), topicTitle: v.string(), expertName: v.string(), units: v.array(v.string()), startsAt: v.string(), ...YearFigures })),
    v.description('红花榜: the best-rated delivered lectures (at least 5 feedback forms), by satisfaction'),
  ),
});
export const ProgrammeSummary = v.object({
  from: v.string(),
  to: v.string(),
  lectures: count,
  attendance,
  signIns,
  unitsReached: count,
  byFront: v.array(Bucket),
  byTheme: v.array(Bucket),
  byMonth: v.array(Bucket),
  byQuarter: v.array(Bucket),
});
const repeatFeedback = v.pipe(v.picklist(['refuse', 'replace']), v.description('A second feedback from one phone on one lecture: refused, or replacing the first'));
export const FeedbackFormAnswer = v.object({ form: SurveySchema, version: v.number(), windowDays: count, repeatFeedback });
export const FeedbackFormSaved = v.object({ version: v.number(), lecturesUpdated: v.pipe(count, v.description('Scheduled lectures that now answer the new version')) });
export const SignInSheet = v.object({
  lectureId: v.string(),
  signInUrl: v.pipe(v.string(), v.description('The sign-in page (/sign-in/{lectureId}), for the QR code on the projector')),
  count: count,
  signIns: v.array(v.object({ signInId: v.string(), signedInAt: districtTime, name: v.optional(v.string()), unit: v.optional(v.string()), unitId: v.optional(v.string()), guest: v.optional(v.literal(true)) })),
});
export const FeedbackWindowAnswer = v.object({ windowDays: count, repeatFeedback });

export const UnitKeyIssued = v.object({ unitId: v.string(), key: v.string(), url: v.string(), issuedAt: districtTime });
export const UnitLinks = v.object({
  units: v.array(v.object({ unitId: v.string(), name: v.string(), front: v.string(), frontName: v.string(), key: v.optional(v.string()), url: v.optional(v.string()), issuedAt: v.optional(v.string()) })),
});
const NoticeViewSchema = v.object({
  noticeId: v.string(),
  event: v.picklist(NOTICE_EVENTS),
  about: v.optional(v.object({ kind: v.picklist(['lecture', 'exchange-meeting', 'survey', 'menu']), id: v.string() })),
  title: v.string(),
  text: v.pipe(v.string(), v.description('The printable / e-mailable text: title, lines, links')),
  status: NoticeStatusSchema,
  createdAt: districtTime,
  nextAttemptAt: v.optional(districtTime),
  deliveries: v.array(v.object({ robot: v.pipe(v.string(), v.description('The robot by kind and place in the configured list')), state: v.picklist(['pending', 'sent', 'failed']), attempts: count, lastError: v.optional(v.string()), sentAt: v.optional(districtTime) })),
});
export const NoticeList = v.object({ notices: v.array(NoticeViewSchema), cursor });
export const NoticeAnswer = v.object({ notice: NoticeViewSchema });
export const ExpertKeyIssued = v.object({ expertId: v.string(), key: v.string(), url: v.string(), issuedAt: districtTime });
export const ExpertLinks = v.object({
  experts: v.array(v.object({ expertId: v.string(), name: v.string(), title: v.string(), organisation: v.string(), key: v.optional(v.string()), url: v.optional(v.string()), issuedAt: v.optional(districtTime) })),
});
export { MenuView };
export const MenuList = v.object({ menus: v.array(MenuView) });
/** A unit's contact person (联系人) and phone (联系电话), from the catalogue. */
const UnitContactView = v.object({ name: v.optional(v.string()), phone: v.optional(v.string()) });
const UnitsByFront = v.object({ frontId: v.string(), frontName: v.string(), units: v.array(v.object({ id: v.string(), name: v.string(), contact: v.optional(UnitContactView) })) });
export const RequestBoard = v.object({
  menu: MenuView,
  requests: v.array(
    v.object({
      requestId: v.string(),
      unitId: v.string(),
      picks: CurrentRequestSchema.entries.picks,
      audience: count,
      status: RequestStatusSchema,
      statusReason: v.optional(v.string()),
      unitName: v.string(),
      front: v.optional(v.string()),
      frontName: v.optional(v.string()),
      contact: CurrentRequestSchema.entries.contact,
      format: v.optional(v.string()),
      manner: v.optional(v.string()),
      preferredTimes: v.optional(v.array(v.string())),
      note: v.optional(v.string()),
      version: v.number(),
      submittedAt: districtTime,
    }),
  ),
  demand: v.array(v.object({ topicId: v.string(), title: v.string(), theme: v.string(), requests: count, firstChoices: count, weighted: v.number() })),
  notOrdered: v.array(UnitsByFront),
  totals: v.object({ units: count, ordered: count, audience: count }),
});
export const RequestVersions = v.object({ versions: v.array(v.object({ ...RequestVersionSchema.entries, submittedAt: districtTime })) });
export const RequestStatusAnswer = v.object({ requestId: v.string(), status: RequestStatusSchema, statusReason: v.optional(v.string()) });
export const AnswerStatus = v.object({
  surveyId: v.string(),
  totals: v.object({ units: count, answered: count, silent: count, responses: count }),
  unfiled: v.pipe(count, v.description('Responses filed under no unit')),
  units: v.array(v.object({ unitId: v.string(), name: v.string(), frontId: v.string(), frontName: v.string(), responses: count, lastResponseAt: v.optional(districtTime), contact: v.optional(UnitContactView) })),
  silent: v.array(v.object({ front: v.string(), frontName: v.string(), count, units: v.array(v.object({ id: v.string(), name: v.string(), contact: v.optional(UnitContactView) })) })),
  reminder: v.pipe(v.string(), v.description('A reminder to paste in a group chat')),
});

/** A catalogue import's report (dry run or applied): every row's outcome and why. */
export const CatalogueImportReport = v.object({
  applied: v.boolean(),
  counts: v.object({ add: v.number(), change: v.number(), same: v.number(), refuse: v.number() }),
  rows: v.array(
    v.object({
      sheet: v.string(),
      row: v.number(),
      section: v.optional(v.string()),
      name: v.string(),
      id: v.optional(v.string()),
      outcome: v.picklist(['add', 'change', 'same', 'refuse']),
      changes: v.array(v.string()),
      reasons: v.array(v.string()),
    }),
  ),
});

/** A saved district template as lists show it (the definition itself stays on the server). */
const TemplateSummary = v.object({
  id: v.string(),
  name: v.string(),
  kind: v.string(),
  title: v.string(),
  questions: count,
  createdBy: v.string(),
  createdAt: v.string(),
});
export const TemplateList = v.object({ builtIn: v.array(v.object({ id: v.string(), name: v.string() })), saved: v.array(TemplateSummary) });
export const SavedTemplateAnswer = v.object({ templateId: v.string(), name: v.string() });
export const TemplateAnswer = v.object({ template: TemplateSummary });
export const TemplateDeleted = v.object({ templateId: v.string(), deleted: v.literal(true) });
export const FromTemplateAnswer = v.object({
  surveyId: v.string(),
  retired: v.array(v.object({ questionId: v.string(), optionId: v.string(), label: v.string(), removed: v.boolean() })),
});

const RecordItemView = v.object({
  itemId: v.string(),
  kind: v.picklist(['photo', 'file']),
  name: v.string(),
  format: v.pipe(v.picklist(['jpg', 'png', 'webp', 'pdf', 'pptx', 'docx', 'xlsx']), v.description('The type its content showed (never its name)')),
  bytes: v.number(),
  addedAt: districtTime,
  url: v.string(),
});
export const EventRecordView = v.object({
  lectureId: v.string(),
  summary: v.optional(v.string()),
  summaryUpdatedAt: v.optional(districtTime),
  photos: v.array(RecordItemView),
  files: v.array(RecordItemView),
  limits: v.object({ photos: v.number(), files: v.number(), photoBytes: v.number(), fileBytes: v.number() }),
});
export const UploadTicket = v.object({
  uploadId: v.string(),
  kind: v.picklist(['photo', 'file']),
  maxBytes: v.number(),
  upload: v.union([
    v.object({ method: v.literal('POST'), url: v.string(), fields: v.pipe(v.record(v.string(), v.string()), v.description('Form fields to send before the file (an S3 presigned POST)')) }),
    v.object({ method: v.literal('PUT'), url: v.string() }),
  ]),
  confirmUrl: v.string(),
});
export const RecordItemAnswer = v.object({ item: RecordItemView });
export const RecordItemRemoved = v.object({ removed: v.string() });
export const RecordSummaryAnswer = v.object({ summary: v.string() });

const BriefingStatus = v.pipe(v.picklist(['draft', 'published', 'withdrawn']), v.description('draft (草稿) → published (已发布) → withdrawn (已撤回); a withdrawn briefing may be edited and published again'));
const BriefingSummary = v.object({
  briefingId: v.string(),
  status: BriefingStatus,
  version: v.pipe(v.number(), v.description('Send it back with an edit, publish or withdraw: a stale one is refused (409 briefing_edit_conflict)')),
  title: v.string(),
  date: v.pipe(v.string(), v.description('The district day it reports, YYYY-MM-DD')),
  eventId: v.optional(v.string()),
  photoIds: v.pipe(v.array(v.string()), v.description('Photos of the event’s record (台账), in the order shown')),
  updatedAt: districtTime,
  publishedAt: v.optional(districtTime),
  publicUrl: v.optional(v.pipe(v.string(), v.description('The public page (/news/{briefingId}) while published'))),
});
export const BriefingList = v.object({ briefings: v.array(BriefingSummary) });
export const BriefingAnswer = v.object({ briefing: v.object({ ...BriefingSummary.entries, text: v.string() }) });
/** A reminder run (催办): each silent unit's message with its own link; units reminded within the gap skipped. */
export const ReminderAnswer = v.object({
  sent: v.pipe(count, v.description('Units reminded now, one message each')),
  skipped: v.pipe(count, v.description('Silent units left out: reminded about the same target within the gap')),
  messages: v.array(v.object({ unitId: v.string(), unitName: v.string(), text: v.pipe(v.string(), v.description('The message to send the unit: what it has not done, by when, and its own link /u/{key}')) })),
});
