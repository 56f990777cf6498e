// Lambda entry for the notifier: the one function that reads the district's robots (a Secrets Manager
// secret holding the same JSON list as DIANCAI_WEBHOOKS). Invoked asynchronously with a notice to send
// or an expert's decline to tell, and every 15 minutes by the schedule (deadlines within 24 hours,
// notices due another try). A robot's failure is the notice's, shown on the dashboard; only a failure
// of the notifier itself throws (the Errors metric alarms).
import { randomUUID } from 'node:crypto';
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import * as v from 'valibot';
import { systemClock } from '../../shared/kernel/clock.js';
import { deliverNotice } from '../../shared/notices/deliver-notice.js';
import { declinedDraft, NotifierEventSchema } from '../../shared/notices/notifier-event.js';
import { newNotice } from '../../shared/notices/notifier.js';
import { onceId } from '../../shared/notices/notice-text.js';
import { sweepNotices, type SweepDeps } from '../../shared/notices/sweep-notices.js';
import { parseWebhooks } from '../../shared/notices/webhook-config.js';
import { createDocumentClient } from '../../shared/storage/dynamodb/client.js';
import { DynamoLectureRepository } from '../../shared/storage/dynamodb/lecture-repository.js';
import { DynamoMenuRepository } from '../../shared/storage/dynamodb/menu-repository.js';
import { DynamoNoticeRepository } from '../../shared/storage/dynamodb/notice-repository.js';
import { DynamoSurveyAdminRepository } from '../../shared/storage/dynamodb/survey-admin-repository.js';
import { DynamoSurveySettingsRepository } from '../../shared/storage/dynamodb/survey-settings-repository.js';
import { DEFAULT_TIME_ZONE } from '../../shared/kernel/zoned-time.js';
import { lambdaMetrics, observedHandler } from '../http/lambda-observability.js';
import { createLogger } from '../http/logger.js';

const tableName = process.env.TABLE_NAME;
if (!tableName) throw new Error('TABLE_NAME is not set');

const client = createDocumentClient({ endpoint: process.env.DYNAMODB_ENDPOINT });
const logger = createLogger({ base: { service: 'notifier' } });
const metrics = lambdaMetrics('notifier', process.env.DISTRICT_ID ?? 'unknown');

/** The robots, read once per container; no secret configured: notices are kept as text only. */
async function robots() {
  // The secret's name (from the districts file); absent when the district names no robots.
  const secretId = process.env.WEBHOOKS_SECRET_ID;
  if (!secretId) return [];
  const { SecretString } = await new SecretsManagerClient({}).send(new GetSecretValueCommand({ SecretId: secretId }));
  // A list that cannot be used stops the function at start-up with a sentence naming the entry (never a URL or secret).
  return parseWebhooks(SecretString, 'the webhooks secret');
}

// Only what a notice and the schedule read: the bundle carries no sign-in, export or response code.
const base = {
  notices: new DynamoNoticeRepository(client, tableName),
  surveyAdmin: new DynamoSurveyAdminRepository(client, tableName),
  surveySettings: new DynamoSurveySettingsRepository(client, tableName),
  menus: new DynamoMenuRepository(client, tableName),
  lectures: new DynamoLectureRepository(client, tableName),
  channels: await robots(),
  clock: systemClock,
  sleep: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
  context: { timeZone: process.env.DIANCAI_TIME_ZONE ?? DEFAULT_TIME_ZONE, baseUrl: (process.env.PUBLIC_BASE_URL ?? '').replace(/\/$/, '') },
};

/** A scheduled run (EventBridge) carries `{ sweep: true }` as its input; anything else is a notice or a decline. */
async function run(event: unknown): Promise<{ outcome: string }> {
  const deps: SweepDeps = { ...base, holder: `lambda-${randomUUID()}` };
  const parsed = v.safeParse(NotifierEventSchema, event);
  if (!parsed.success) {
    logger.error('notifier invoked with an event it does not know');
    return { outcome: 'skipped' };
  }
  const work = parsed.output;
  if ('sweep' in work) {
    const result = await sweepNotices(deps);
    logger.info('notices swept', { ...result });
    return { outcome: 'swept' };
  }
  if ('expertDeclined' in work) {
    const draft = await declinedDraft(base.lectures, work.expertDeclined, base.context);
    if (!draft) return { outcome: 'no decline' };
    await base.notices.create(newNotice(draft, draft.id ?? onceId('declined', work.expertDeclined), systemClock.now()));
    await deliverNotice(deps, draft.id!);
    return { outcome: 'declined' };
  }
  const round = await deliverNotice(deps, work.noticeId);
  return { outcome: round.ran ? round.notice.status : 'busy' };
}

export const handler = observedHandler(run, { logger, metrics });
