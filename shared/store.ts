// Every port the domain has, gathered: what a composition root builds (the DynamoDB adapter's
// createDynamoStore) and hands to the apps. Each port is owned by its feature's folder.
import type { AccessCodeRepository, SurveyAdminRepository, SurveySettingsRepository } from './survey-admin/survey-admin-store.js';
import type { AccountRepository, LoginThrottleRepository, SessionRepository } from './accounts/account-store.js';
import type { AuditRepository } from './audit/audit-store.js';
import type { CatalogueRecordRepository, CatalogueRepository } from './catalogue/catalogue-store.js';
import type { CounterRepository } from './survey/counter-store.js';
import type { DirectoryRepository } from './unit-links/directory-store.js';
import type { ExportJobRepository } from './exports/export-job-store.js';
import type { FeedbackFormRepository, FeedbackRepository, LectureImport, LectureRepository } from './lectures/lecture-store.js';
import type { MenuRepository } from './programme/menu-store.js';
import type { MetaRepository } from './kernel/meta-store.js';
import type { PublicWriteLimiter } from './responses/public-write-limit.js';
import type { RequestRepository } from './programme/request-store.js';
import type { ResponseRepository } from './responses/response-store.js';
import type { SurveyRepository } from './survey/survey-store.js';
import type { TemplateRepository } from './templates/template-store.js';
import type { UnitKeyRepository } from './unit-links/unit-key-store.js';
import type { EventReader, RecentEvents } from './events/event.js';
import type { SignInRepository, SignInSettingsRepository } from './sign-in/sign-in-store.js';
import type { RecordRepository } from './records/record-store.js';
import type { ExpertLinkStore } from './experts/expert-link-store.js';
import type { ExpertLectureStore } from './experts/expert-lecture-store.js';
import type { LectureChangeStore } from './lectures/lecture-change-store.js';
import type { NoticeStore } from './notices/notice-store.js';
import type { PeopleRepository } from './study-plan/people-store.js';
import type { AttendeeListReader, StudySessionRepository, StudySettingsRepository } from './study-plan/study-session-store.js';
import type { BriefingRepository, NewsReader } from './briefings/briefing-store.js';
import type { ReminderStore } from './reminders/reminder-store.js';
import type { EssayStore } from './essays/essay-store.js';
import type { ExchangeMeetingStore } from './essays/exchange-meeting-schema.js';

export interface Store {
  surveys: SurveyRepository;
  responses: ResponseRepository;
  counters: CounterRepository;
  catalogue: CatalogueRepository;
  meta: MetaRepository;
  surveyAdmin: SurveyAdminRepository;
  surveySettings: SurveySettingsRepository;
  accessCodes: AccessCodeRepository;
  catalogueRecords: CatalogueRecordRepository;
  accounts: AccountRepository;
  sessions: SessionRepository;
  loginThrottle: LoginThrottleRepository;
  audit: AuditRepository;
  lectures: LectureRepository;
  feedback: FeedbackRepository;
  feedbackForms: FeedbackFormRepository;
  lectureImport: LectureImport;
  exportJobs: ExportJobRepository;
  unitKeys: UnitKeyRepository;
  menus: MenuRepository;
  requests: RequestRepository;
  directory: DirectoryRepository;
  templates: TemplateRepository;
  /** Public writes counted per source (the respondent app's limit). */
  publicWrites: PublicWriteLimiter;
  /** Any event (lecture, study session, exchange meeting) by id: what sign-in and records read. */
  events: EventReader & RecentEvents;
  signIns: SignInRepository;
  signInSettings: SignInSettingsRepository;
  /** Events' records (台账): items and summaries (the bytes are in the record files store). */
  records: RecordRepository;
  /** Each expert's secret link (专家专属链接). */
  expertLinks: ExpertLinkStore;
  /** Each expert's lectures and their answers (接单). */
  expertLectures: ExpertLectureStore;
  /** Changes to a scheduled lecture's arrangements. */
  lectureChanges: LectureChangeStore;
  /** Notices (通知) to the district's group robots, and each robot's sending slots. */
  notices: NoticeStore;
  /** People of units (centre group members, units' heads) and the centre group's study sessions. */
  people: PeopleRepository;
  studySessions: StudySessionRepository;
  studySettings: StudySettingsRepository;
  /** A study session's attendee list alone: what the sign-in check reads. */
  attendeeLists: AttendeeListReader;
  /** Briefings (学习动态), drafts and all: the organizers' side. */
  briefings: BriefingRepository;
  /** Published briefings as the public /news pages read them. */
  news: NewsReader;
  /** When each unit was last reminded about a survey, menu or lecture (催办). */
  reminders: ReminderStore;
  /** Essay calls (征文), the units' essays and the experts' blind reviews. */
  essays: EssayStore;
  /** Exchange meetings (交流会): events of their own kind, listed per essay call. */
  exchangeMeetings: ExchangeMeetingStore;
}

/** The ports the respondent function uses, and no others (its bundle and IAM reach no more). */
export type RespondentStore = Pick<
  Store,
  'surveys' | 'surveySettings' | 'responses' | 'lectures' | 'feedback' | 'feedbackForms' | 'unitKeys' | 'catalogueRecords' | 'directory' | 'counters' | 'menus' | 'requests' | 'publicWrites' | 'events' | 'signIns' | 'signInSettings' | 'expertLinks' | 'expertLectures' | 'audit' | 'attendeeLists' | 'news' | 'essays'
>;
