// The repositories the respondent function uses, and no others: the public Lambda bundles only
// what it can reach (sign-in, exports and templates stay out of its code as of its IAM). The audit
// log is here for one entry alone, an expert's answer (接单 / 婉拒), which the expert's page writes
// (PutItem on the audit partition; never read, changed or removed from here).
import { DynamoCatalogueRecordRepository } from './catalogue-record-repository.js';
import { DynamoCounterRepository } from './counter-repository.js';
import { DynamoDirectoryRepository } from './directory-repository.js';
import { DynamoFeedbackFormRepository } from './feedback-form-repository.js';
import { DynamoFeedbackRepository } from './feedback-repository.js';
import { DynamoLectureRepository } from './lecture-repository.js';
import { DynamoMenuRepository } from './menu-repository.js';
import { DynamoRequestRepository } from './request-repository.js';
import { DynamoResponseRepository } from './response-repository.js';
import type { RespondentStore } from '../../store.js';
import type { StoreOptions } from './store.js';
import { DynamoPublicWriteLimiter } from './public-write-limit-repository.js';
import { DynamoSurveyRepository } from './survey-repository.js';
import { DynamoSurveySettingsRepository } from './survey-settings-repository.js';
import { DynamoUnitKeyRepository } from './unit-key-repository.js';
import { DynamoEventReader } from './event-repository.js';
import { DynamoNewsReader } from './news-reader.js';
import { DynamoSignInRepository, DynamoSignInSettingsRepository } from './sign-in-repository.js';
import { DynamoAttendeeListReader } from './attendee-list-reader.js';

import { DynamoExpertLinkRepository } from './expert-link-repository.js';
import { DynamoExpertLectureRepository } from './expert-lecture-repository.js';
import { DynamoAuditRepository } from './audit-repository.js';
import { DynamoEssayRepository } from './essay-repository.js';


export function createRespondentStore({ client, tableName, retry, readObserver, counterShards }: StoreOptions): RespondentStore {
  return {
    surveys: new DynamoSurveyRepository(client, tableName),
    surveySettings: new DynamoSurveySettingsRepository(client, tableName),
    responses: new DynamoResponseRepository(client, tableName, retry, counterShards),
    lectures: new DynamoLectureRepository(client, tableName, readObserver),
    feedback: new DynamoFeedbackRepository(client, tableName, retry),
    feedbackForms: new DynamoFeedbackFormRepository(client, tableName),
    unitKeys: new DynamoUnitKeyRepository(client, tableName, readObserver),
    catalogueRecords: new DynamoCatalogueRecordRepository(client, tableName),
    directory: new DynamoDirectoryRepository(client, tableName),
    counters: new DynamoCounterRepository(client, tableName, readObserver),
    menus: new DynamoMenuRepository(client, tableName),
    requests: new DynamoRequestRepository(client, tableName, retry, readObserver),
    publicWrites: new DynamoPublicWriteLimiter(client, tableName),
    events: new DynamoEventReader(client, tableName),
    signIns: new DynamoSignInRepository(client, tableName, retry),
    signInSettings: new DynamoSignInSettingsRepository(client, tableName),
    expertLinks: new DynamoExpertLinkRepository(client, tableName, readObserver),
    expertLectures: new DynamoExpertLectureRepository(client, tableName, readObserver),
    audit: new DynamoAuditRepository(client, tableName),
    attendeeLists: new DynamoAttendeeListReader(client, tableName),
    news: new DynamoNewsReader(client, tableName),
    essays: new DynamoEssayRepository(client, tableName, retry),
  };
}
