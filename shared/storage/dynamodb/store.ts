// The DynamoDB adapter, assembled: one client and table name in, every repository out.
import type { PublicWriteLimiter } from '../../responses/public-write-limit.js';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createRespondentStore } from './respondent-store.js';
import type {
  AccessCodeRepository,
  AccountRepository,
  AuditRepository,
  CatalogueRecordRepository,
  CatalogueRepository,
  CounterRepository,
  FeedbackFormRepository,
  FeedbackRepository,
  LectureImport,
  LectureRepository,
  ExportJobRepository,
  LoginThrottleRepository,
  MetaRepository,
  ResponseRepository,
  SessionRepository,
  SurveyAdminRepository,
  SurveyRepository,
  SurveySettingsRepository,
  UnitKeyRepository,
  MenuRepository,
  RequestRepository,
  DirectoryRepository,
  TemplateRepository,
} from '../ports.js';
import { DynamoTemplateRepository } from './template-repository.js';
import { DynamoAccessCodeRepository } from './access-code-repository.js';
import { DynamoAccountRepository } from './account-repository.js';
import { DynamoAuditRepository } from './audit-repository.js';
import { DynamoCatalogueRepository } from './catalogue-repository.js';
import { DynamoLoginThrottleRepository } from './login-throttle-repository.js';
import { DynamoSessionRepository } from './session-repository.js';
import { DynamoSurveyAdminRepository } from './survey-admin-repository.js';
import { DynamoMetaRepository } from './meta-repository.js';
import { DynamoExportJobRepository } from './export-job-repository.js';
import { DynamoCounterRepository, type ReadObserver } from './counter-repository.js';
import type { RetryPolicy } from './exactly-once.js';
import { importFeedback, importLectures } from './bulk-feedback.js';
import type { ExpertLinkStore } from '../../experts/expert-link-store.js';
import type { ExpertLectureStore } from '../../experts/expert-lecture-store.js';
import type { LectureChangeStore } from '../../lectures/lecture-change-store.js';
import { DynamoLectureChangeRepository } from './lecture-change-repository.js';
import type { NoticeStore } from '../../notices/notice-store.js';
import { DynamoNoticeRepository } from './notice-repository.js';

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
  /** Each expert's secret link (专家专属链接). */
  expertLinks: ExpertLinkStore;
  /** Each expert's lectures and their answers (接单). */
  expertLectures: ExpertLectureStore;
  /** Changes to a scheduled lecture's arrangements. */
  lectureChanges: LectureChangeStore;
  /** Notices (通知) to the district's group robots, and each robot's sending slots. */
  notices: NoticeStore;
}

export interface StoreOptions {
  client: DynamoDBDocumentClient;
  tableName: string;
  retry?: RetryPolicy;
  readObserver?: ReadObserver;
  /** Counter write shards per unit (default COUNTER_WRITE_SHARDS). */
  counterShards?: number;
}

export function createDynamoStore({ client, tableName, retry, readObserver, counterShards }: StoreOptions): Store {
  return {
    // What the respondent function also builds (respondent-store.ts), and the organizer's own repositories.
    ...createRespondentStore({ client, tableName, retry, readObserver, counterShards }),
    catalogue: new DynamoCatalogueRepository(client, tableName),
    meta: new DynamoMetaRepository(client, tableName),
    surveyAdmin: new DynamoSurveyAdminRepository(client, tableName),
    accessCodes: new DynamoAccessCodeRepository(client, tableName),
    accounts: new DynamoAccountRepository(client, tableName),
    sessions: new DynamoSessionRepository(client, tableName),
    loginThrottle: new DynamoLoginThrottleRepository(client, tableName),
    audit: new DynamoAuditRepository(client, tableName),
    lectureImport: {
      importLectures: (lectures) => importLectures(client, tableName, lectures),
      importFeedback: (feedback) => importFeedback(client, tableName, feedback),
    },
    exportJobs: new DynamoExportJobRepository(client, tableName),
    templates: new DynamoTemplateRepository(client, tableName),
    lectureChanges: new DynamoLectureChangeRepository(client, tableName),
    notices: new DynamoNoticeRepository(client, tableName),
  };
}
