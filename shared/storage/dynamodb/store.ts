// The DynamoDB adapter, assembled: one client and table name in, every repository out.
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
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
import { DynamoDirectoryRepository } from './directory-repository.js';
import { DynamoMenuRepository } from './menu-repository.js';
import { DynamoRequestRepository } from './request-repository.js';
import { DynamoUnitKeyRepository } from './unit-key-repository.js';
import { DynamoAccessCodeRepository } from './access-code-repository.js';
import { DynamoAccountRepository } from './account-repository.js';
import { DynamoAuditRepository } from './audit-repository.js';
import { DynamoCatalogueRecordRepository } from './catalogue-record-repository.js';
import { DynamoCatalogueRepository } from './catalogue-repository.js';
import { DynamoLoginThrottleRepository } from './login-throttle-repository.js';
import { DynamoSessionRepository } from './session-repository.js';
import { DynamoSurveyAdminRepository } from './survey-admin-repository.js';
import { DynamoSurveySettingsRepository } from './survey-settings-repository.js';
import { DynamoMetaRepository } from './meta-repository.js';
import { DynamoExportJobRepository } from './export-job-repository.js';
import { DynamoCounterRepository, type ReadObserver } from './counter-repository.js';
import { DynamoResponseRepository } from './response-repository.js';
import type { RetryPolicy } from './exactly-once.js';
import { DynamoSurveyRepository } from './survey-repository.js';
import { DynamoFeedbackFormRepository } from './feedback-form-repository.js';
import { DynamoFeedbackRepository } from './feedback-repository.js';
import { DynamoLectureRepository } from './lecture-repository.js';
import { importFeedback, importLectures } from './bulk-feedback.js';

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
    surveys: new DynamoSurveyRepository(client, tableName),
    responses: new DynamoResponseRepository(client, tableName, retry, counterShards),
    counters: new DynamoCounterRepository(client, tableName, readObserver),
    catalogue: new DynamoCatalogueRepository(client, tableName),
    meta: new DynamoMetaRepository(client, tableName),
    surveyAdmin: new DynamoSurveyAdminRepository(client, tableName),
    surveySettings: new DynamoSurveySettingsRepository(client, tableName),
    accessCodes: new DynamoAccessCodeRepository(client, tableName),
    catalogueRecords: new DynamoCatalogueRecordRepository(client, tableName),
    accounts: new DynamoAccountRepository(client, tableName),
    sessions: new DynamoSessionRepository(client, tableName),
    loginThrottle: new DynamoLoginThrottleRepository(client, tableName),
    audit: new DynamoAuditRepository(client, tableName),
    lectures: new DynamoLectureRepository(client, tableName, readObserver),
    feedback: new DynamoFeedbackRepository(client, tableName, retry),
    feedbackForms: new DynamoFeedbackFormRepository(client, tableName),
    lectureImport: {
      importLectures: (lectures) => importLectures(client, tableName, lectures),
      importFeedback: (feedback) => importFeedback(client, tableName, feedback),
    },
    exportJobs: new DynamoExportJobRepository(client, tableName),
    unitKeys: new DynamoUnitKeyRepository(client, tableName, readObserver),
    menus: new DynamoMenuRepository(client, tableName),
    requests: new DynamoRequestRepository(client, tableName, retry, readObserver),
    directory: new DynamoDirectoryRepository(client, tableName),
    templates: new DynamoTemplateRepository(client, tableName),
  };
}
