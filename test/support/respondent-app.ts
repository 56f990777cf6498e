// The respondent app wired to a test table, with a logger that keeps what it was told.
import { randomIds, systemClock, type Clock } from '../../shared/kernel/clock.js';
import { createRespondentApp } from '../../functions/respondent/app.js';
import { programmePublicDeps } from '../../functions/respondent/deps.js';
import { createLogger } from '../../functions/http/logger.js';
import type { Store } from '../../shared/store.js';
import type { AppMetrics } from '../../functions/http/metrics.js';

export function respondentAppFor(store: Store, options: { clock?: Clock; logLines?: string[]; metrics?: AppMetrics } = {}) {
  const lines = options.logLines ?? [];
  return createRespondentApp({
    surveys: store.surveys,
    responses: store.responses,
    lectures: store.lectures,
    feedback: store.feedback,
    feedbackForms: store.feedbackForms,
    settings: store.surveySettings,
    timeZone: 'Asia/Shanghai',
    programme: programmePublicDeps(store),
    clock: options.clock ?? systemClock,
    newId: randomIds,
    logger: createLogger({ level: 'debug', write: (line) => lines.push(line) }),
    ...(options.metrics ? { metrics: options.metrics } : {}),
  });
}

export async function allResponses(store: Pick<Store, 'responses'>, surveyId: string) {
  const items = [];
  let cursor: string | undefined;
  do {
    const page = await store.responses.list(surveyId, { limit: 1000, cursor });
    items.push(...page.items);
    cursor = page.cursor;
  } while (cursor);
  return items;
}
