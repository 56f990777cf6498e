// What the apps count, named once: the alarms and the dashboard read these same names.
import type { MiddlewareHandler } from 'hono';

/** CloudWatch namespace of the apps' own metrics (Powertools EMF). */
export const METRICS_NAMESPACE = 'Diancai';

export const METRIC = {
  /** A response stored for the first time. */
  submissions: 'Submissions',
  /** A submission id seen before: answered with the stored response, nothing written. */
  replays: 'Replays',
  /** A submission refused by a rule (invalid answers, closed, full, not open, bad access code). */
  refusedAnswers: 'RefusedAnswers',
  /** Requests answered 503 because the table could not be reached in time. */
  storeUnavailable: 'StoreUnavailable',
  /** Every 5xx the app answered (500 and 503): the 5xx alarm counts this, whatever the traffic. */
  serverErrors: 'ServerErrors',
  /** Rows written to a responses.csv export (inline or to S3). */
  exportRows: 'ExportRows',
  /** Wrong email or password. */
  signInFailures: 'SignInFailures',
  /** Sign-ins refused because the email or address is locked out after repeated failures. */
  signInLockouts: 'SignInLockouts',
} as const;

export type MetricName = (typeof METRIC)[keyof typeof METRIC];

/** The port the apps count through: Powertools EMF in Lambda, nothing (or a test's list) locally. */
export interface AppMetrics {
  count(name: MetricName, value?: number): void;
}

export const noMetrics: AppMetrics = { count: () => {} };

/** Counts every 5xx and every 503 the app answers, whichever route or error produced it. */
export function statusMetrics(metrics: AppMetrics): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (c.res.status >= 500) metrics.count(METRIC.serverErrors);
    if (c.res.status === 503) metrics.count(METRIC.storeUnavailable);
  };
}
