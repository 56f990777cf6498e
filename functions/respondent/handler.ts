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
import { programmePublicDeps } from './deps.js';
import { publicWritePolicy, signInWritePolicy } from '../../shared/responses/public-write-limit.js';
import { LambdaDeclineNotices } from '../notifier/lambda-notices.js';

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
  // An expert's decline is told at once through the notifier function; without it, its sweep finds the decline within 15 minutes.
  ...(process.env.NOTIFIER_FUNCTION ? { notices: new LambdaDeclineNotices(process.env.NOTIFIER_FUNCTION, logger) } : {}),
  publicWrites: { limiter: store.publicWrites, policy: publicWritePolicy(process.env.DIANCAI_PUBLIC_WRITES_PER_MINUTE), signIns: signInWritePolicy(process.env.DIANCAI_SIGN_INS_PER_MINUTE) },
});
export const handler = observedHandler(handle(app), { logger, metrics });
