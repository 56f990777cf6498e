// The DynamoDB adapter, assembled: one client and table name in, every repository out.
import { DynamoExchangeMeetingRepository } from './exchange-meeting-repository.js';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Store } from '../../store.js';
import { createRespondentStore } from './respondent-store.js';
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
import { type ReadObserver } from './counter-repository.js';
import type { RetryPolicy } from './exactly-once.js';
import { importFeedback, importLectures } from './bulk-feedback.js';
import { DynamoRecordRepository } from './record-repository.js';
import { DynamoPeopleRepository } from './people-repository.js';
import { DynamoStudySessionRepository } from './study-session-repository.js';
import { DynamoStudySettingsRepository } from './study-settings-repository.js';

import { DynamoLectureChangeRepository } from './lecture-change-repository.js';
import { DynamoNoticeRepository } from './notice-repository.js';
import { DynamoBriefingRepository } from './briefing-repository.js';
import { DynamoReminderRepository } from './reminder-repository.js';


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
    records: new DynamoRecordRepository(client, tableName),
    lectureChanges: new DynamoLectureChangeRepository(client, tableName),
    notices: new DynamoNoticeRepository(client, tableName),
    people: new DynamoPeopleRepository(client, tableName),
    studySessions: new DynamoStudySessionRepository(client, tableName),
    studySettings: new DynamoStudySettingsRepository(client, tableName),
    briefings: new DynamoBriefingRepository(client, tableName),
    reminders: new DynamoReminderRepository(client, tableName),
    exchangeMeetings: new DynamoExchangeMeetingRepository(client, tableName),
  };
}
