// Lambda entry for the respondent app: configuration from the environment, then `handle(app)`.
import { handle } from 'hono/aws-lambda';
import { randomIds, systemClock } from '../../shared/kernel/clock.js';
import { createDocumentClient } from '../../shared/storage/dynamodb/client.js';
import { createRespondentStore } from '../../shared/storage/dynamodb/respondent-store.js';
import { CachedSettingsRepository, CachedSurveyRepository, SURVEY_CACHE_DEFAULTS } from '../../shared/responses/cached-survey-repository.js';
import { DEFAULT_TIME_ZONE } from '../../shared/kernel/zoned-time.js';
import { lambdaMetrics, observedHandler } from '../http/lambda-observability.js';
import { createLogger } from '../http/logger.js';
import { createRespondentApp } from './app.js';
import { LocalRecordFiles } from '../http/local-record-files.js';
import { bucketOrigin, S3RecordFiles } from '../http/s3-record-files.js';
import { programmePublicDeps } from './deps.js';
import { publicWritePolicy, signInWritePolicy } from '../../shared/responses/public-write-limit.js';

const tableName = process.env.TABLE_NAME;
if (!tableName) throw new Error('TABLE_NAME is not set');

// Built once per container, outside the handler, so warm invocations reuse the connection.
const client = createDocumentClient({ endpoint: process.env.DYNAMODB_ENDPOINT });
// Only the repositories the public routes use: the bundle carries no sign-in, audit or export code.
const store = createRespondentStore({ client, tableName });
const logger = createLogger({ base: { service: 'respondent' } });
const metrics = lambdaMetrics('respondent', process.env.DISTRICT_ID ?? 'unknown');

const cache = { ...SURVEY_CACHE_DEFAULTS, clock: systemClock };

export const app = createRespondentApp({
  surveys: new CachedSurveyRepository(store.surveys, cache),
  settings: new CachedSettingsRepository(store.surveySettings, cache),
  responses: store.responses,
  lectures: store.lectures,
  feedback: store.feedback,
  feedbackForms: store.feedbackForms,
  clock: systemClock,
  newId: randomIds,
  logger,
  metrics,
  timeZone: process.env.DIANCAI_TIME_ZONE ?? DEFAULT_TIME_ZONE,
  programme: programmePublicDeps(store),
  // No notices here: an expert's decline is found by the notifier's sweep within 15 minutes. Invoking the notifier
  // would put the Lambda client (about 90 KB) into this bundle, past its budget, and a grant into the internet-facing role.
  // Essays' files in the records bucket (the stack sets RECORDS_BUCKET); outside the stack, in /tmp.
  essayFiles: process.env.RECORDS_BUCKET ? new S3RecordFiles(process.env.RECORDS_BUCKET) : new LocalRecordFiles('/tmp/records'),
  // The essay's file form posts straight to the bucket: the pages' CSP must name its origin.
  fileOrigins: process.env.RECORDS_BUCKET ? [bucketOrigin(process.env.RECORDS_BUCKET, process.env.AWS_REGION ?? '')] : [],
  publicWrites: { limiter: store.publicWrites, policy: publicWritePolicy(process.env.DIANCAI_PUBLIC_WRITES_PER_MINUTE), signIns: signInWritePolicy(process.env.DIANCAI_SIGN_INS_PER_MINUTE) },
});
export const handler = observedHandler(handle(app), { logger, metrics });
