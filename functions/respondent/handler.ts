// Lambda entry for the respondent app: configuration from the environment, then `handle(app)`.
import { handle } from 'hono/aws-lambda';
import { randomIds, systemClock } from '../../shared/clock.js';
import { createDocumentClient } from '../../shared/storage/dynamodb/client.js';
import { createDynamoStore } from '../../shared/storage/dynamodb/store.js';
import { CachedSurveyRepository, SURVEY_CACHE_DEFAULTS } from '../../shared/storage/cached-survey-repository.js';
import { createLogger } from '../http/logger.js';
import { createRespondentApp } from './app.js';

const tableName = process.env.TABLE_NAME;
if (!tableName) throw new Error('TABLE_NAME is not set');

// Built once per container, outside the handler, so warm invocations reuse the connection.
const client = createDocumentClient({ endpoint: process.env.DYNAMODB_ENDPOINT });
const store = createDynamoStore({ client, tableName });
const logger = createLogger({ base: { service: 'respondent' } });

const surveys = new CachedSurveyRepository(store.surveys, { ...SURVEY_CACHE_DEFAULTS, clock: systemClock });

export const app = createRespondentApp({ surveys, responses: store.responses, clock: systemClock, newId: randomIds, logger });
export const handler = handle(app);
