// The district's alarms, mailed to its alarm address: each says what it means and what to check
// first. Errors alarm on any error in 2 of 5 one-minute periods, whatever the traffic (a broken
// page seen by three people still pages; one stray error does not); rates and latency alarm only
// when sustained. Missing data (no traffic) is never an outage. Metric math fills every term with
// FILL(…, 0): a sum or ratio of sparse series has no value wherever one term has none, and an
// alarm on it would never see data.
import { Duration } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { Alarm, ComparisonOperator, MathExpression, Metric, TreatMissingData, type IAlarm, type IMetric } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { Operation, type ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Function as LambdaFunction, type IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import { METRIC, METRICS_NAMESPACE, type MetricName } from '../../functions/http/metrics.js';
import type { FunctionSpec } from '../function-specs.js';

/** Errors: any in 2 of the last 5 minutes. Fast enough for a 5-minute canary to roll back on. */
export const ERROR_WINDOW = { period: Duration.minutes(1), evaluationPeriods: 5, datapointsToAlarm: 2 } as const;
/** Rates and latency: 3 five-minute periods in a row, so a burst of bots or one slow cold start does not page. */
export const SUSTAINED_WINDOW = { period: Duration.minutes(5), evaluationPeriods: 3, datapointsToAlarm: 3 } as const;

/** Percent of requests answered 4xx (API Gateway's own 403s included) that is not normal use. */
export const CLIENT_ERROR_RATE_PERCENT = 50;
/** Below this many requests in five minutes a 4xx rate says nothing. */
export const CLIENT_ERROR_MIN_REQUESTS = 20;
/** p99 duration (ms) above which a function is too slow: a respondent on a phone gives up sooner than an organizer. */
export const P99_LATENCY_MS: Record<string, number> = { Respondent: 3000, Organizer: 10_000 };
/** Share of the concurrency limit at which to warn before requests are throttled. */
export const CONCURRENCY_WARNING_SHARE = 0.8;
/** Share of API requests answered 5xx (gateway and app) that rolls a deploy back and pages. */
export const SERVER_ERROR_RATE_PERCENT = 5;
/** Below this many requests a minute a 5xx share says nothing (one error in three requests is not a trend). */
export const SERVER_ERROR_MIN_REQUESTS = 10;
/**
 * p99 of API Gateway's `Latency` (ms): what a caller waits, cold starts and the gateway included,
 * which the functions' own `Duration` leaves out. Above the organizer's 10 s, under the gateway's 30 s.
 */
export const API_P99_LATENCY_MS = 12_000;
/** API latency: 3 of the last 5 one-minute periods, so a slow new version rolls back within a 10-minute canary. */
export const LATENCY_WINDOW = { period: Duration.minutes(1), evaluationPeriods: 5, datapointsToAlarm: 3 } as const;

/** The operations the apps send (TransactWriteItems included), whose throttling is reported per operation. */
export const TABLE_OPERATIONS = [Operation.GET_ITEM, Operation.QUERY, Operation.PUT_ITEM, Operation.UPDATE_ITEM, Operation.DELETE_ITEM, Operation.TRANSACT_WRITE_ITEMS, Operation.BATCH_WRITE_ITEM] as const;

export interface AlarmedFunction {
  spec: FunctionSpec;
  fn: IFunction;
  /** The function's reserved concurrency, when the districts file gives one. */
  reservedConcurrency?: number;
}

export interface DistrictAlarmsProps {
  districtId: string;
  alarmEmail: string;
  api: HttpApi;
  functions: AlarmedFunction[];
  table: ITable;
  /** The account's Lambda concurrency quota in the region (the districts file's `accountConcurrency`). */
  accountConcurrency: number;
}

/** An app metric (Powertools EMF) with the dimensions the apps publish it under. */
export function appMetric(name: MetricName, service: string, districtId: string, period: Duration = ERROR_WINDOW.period): Metric {
  return new Metric({ namespace: METRICS_NAMESPACE, metricName: name, dimensionsMap: { service, district: districtId }, statistic: 'Sum', period });
}

/** The table's per-operation metric, summed with every operation's series filled: one value every period. */
export function tableOperationsSum(table: ITable, metricName: 'ThrottledRequests' | 'SystemErrors', period: Duration, label: string): MathExpression {
  // Ids unique per metric name: a graph may show both sums, and CloudWatch refuses one id for two metrics.
  const prefix = metricName === 'ThrottledRequests' ? 'throttled' : 'errors';
  const usingMetrics = Object.fromEntries(
    TABLE_OPERATIONS.map((operation) => [
      `${prefix}_${operation.toLowerCase()}`,
      new Metric({ namespace: 'AWS/DynamoDB', metricName, dimensionsMap: { TableName: table.tableName, Operation: operation }, statistic: 'Sum', period }),
    ]),
  );
  return new MathExpression({ expression: Object.keys(usingMetrics).map((id) => `FILL(${id}, 0)`).join(' + '), usingMetrics, period, label });
}

/** The percent of the API's requests answered 4xx or 5xx once there are `minimum` in a period, else 0; both series filled. */
function apiShare(api: HttpApi, answered: '4xx' | '5xx', minimum: number, period: Duration): MathExpression {
  const part = answered === '4xx' ? api.metricClientError({ period, statistic: 'Sum' }) : api.metricServerError({ period, statistic: 'Sum' });
  return new MathExpression({
    expression: `IF(FILL(whole, 0) >= ${minimum}, 100 * FILL(part, 0) / FILL(whole, 0), 0)`,
    usingMetrics: { part, whole: api.metricCount({ period, statistic: 'Sum' }) },
    period,
    label: `${answered} %`,
  });
}

export class DistrictAlarms extends Construct {
  readonly topic: Topic;
  /** Per function id: the alarms a canary deployment of it rolls back on. */
  readonly rollbackAlarms = new Map<string, IAlarm[]>();
  readonly all: Alarm[] = [];
  /**
   * Fires only when set by hand (`npm run organizer -- test-alarm`, or `aws cloudwatch set-alarm-state`):
   * its metric is never published, so it proves the path alarm → topic → mailbox and returns to OK.
   */
  readonly pathCheck: Alarm;

  constructor(scope: Construct, id: string, props: DistrictAlarmsProps) {
    super(scope, id);
    this.topic = new Topic(this, 'Topic', { displayName: 'Diancai alarms', enforceSSL: true });
    this.topic.addSubscription(new EmailSubscription(props.alarmEmail));
    const action = new SnsAction(this.topic);

    const alarm = (
      name: string,
      metric: IMetric,
      threshold: number,
      window: { evaluationPeriods: number; datapointsToAlarm: number },
      description: string,
      comparisonOperator = ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
    ) => {
      const created = new Alarm(this, name, {
        metric,
        threshold,
        evaluationPeriods: window.evaluationPeriods,
        datapointsToAlarm: window.datapointsToAlarm,
        comparisonOperator,
        // No data means no requests (a quiet night), or for errors no errors: never an outage.
        treatMissingData: TreatMissingData.NOT_BREACHING,
        alarmDescription: description,
      });
      created.addAlarmAction(action);
      created.addOkAction(action);
      this.all.push(created);
      return created;
    };

    // What callers saw at the gateway, whichever function answered (or none did): the gateway's own
    // 500 when it cannot invoke a function, a timeout at 30 s, and the apps' 5xx. Every canary rolls
    // back on these: the metrics are per API, not per version, so they cover whatever just changed.
    const apiServerErrors = alarm(
      'ApiServerErrors',
      props.api.metricServerError({ period: ERROR_WINDOW.period, statistic: 'Sum' }),
      1,
      ERROR_WINDOW,
      'The API answered 5xx in 2 of the last 5 minutes (the gateway\'s own errors included). Check first: the access log\'s status, route and integrationError fields; ' +
        'an integrationError with no function log line means the gateway could not invoke the function (permission, throttling, a deleted alias); otherwise the function\'s ServerErrors alarm says which app.',
    );
    const apiServerErrorRate = alarm(
      'ApiServerErrorRate',
      apiShare(props.api, '5xx', SERVER_ERROR_MIN_REQUESTS, ERROR_WINDOW.period),
      SERVER_ERROR_RATE_PERCENT,
      ERROR_WINDOW,
      `More than ${SERVER_ERROR_RATE_PERCENT}% of API requests answered 5xx in 2 of the last 5 minutes (counted from ${SERVER_ERROR_MIN_REQUESTS} requests a minute): many people are affected. ` +
        'Check first: whether a deploy is under way (CodeDeploy rolls it back on this alarm), then the access log by route.',
    );
    const apiLatency = alarm(
      'ApiLatencyP99',
      props.api.metricLatency({ period: LATENCY_WINDOW.period, statistic: 'p99' }),
      API_P99_LATENCY_MS,
      LATENCY_WINDOW,
      `p99 of what callers waited at the API (cold starts and the gateway included) above ${API_P99_LATENCY_MS} ms in 3 of the last 5 minutes. ` +
        'Check first: the access log\'s latencyMs by route, the functions\' p99 duration and cold_start lines, then DynamoDB latency.',
      ComparisonOperator.GREATER_THAN_THRESHOLD,
    );
    const apiAlarms = [apiServerErrors, apiServerErrorRate, apiLatency];

    let reservedTotal = 0;
    for (const { spec, fn, reservedConcurrency } of props.functions) {
      const name = spec.id;
      const appErrors = alarm(
        `${name}ServerErrors`,
        appMetric(METRIC.serverErrors, spec.service, props.districtId),
        1,
        ERROR_WINDOW,
        `${name} answered 5xx (500 or 503) in 2 of the last 5 minutes. Check first: the ${name} log group in Logs Insights, ` +
          `filter level = "ERROR" or message = "store unavailable"; a 503 with a cause from DynamoDB means the table (throttling, an outage in the region); a 500 carries its stack.`,
      );
      const crashes = alarm(
        `${name}Errors`,
        fn.metricErrors({ period: ERROR_WINDOW.period, statistic: 'Sum' }),
        1,
        ERROR_WINDOW,
        `${name} function failed outside the app (crash at start-up, timeout, out of memory) in 2 of the last 5 minutes. ` +
          `Check first: the ${name} log group for "Task timed out" or an init error, and whether a deploy just happened (CodeDeploy rolls a canary back on this alarm).`,
      );
      alarm(
        `${name}Throttles`,
        fn.metricThrottles({ period: ERROR_WINDOW.period, statistic: 'Sum' }),
        1,
        ERROR_WINDOW,
        `${name} requests were refused by Lambda for lack of concurrency in 2 of the last 5 minutes. ` +
          `Check first: the dashboard's concurrency graph against the reserved concurrency or the account quota; raise one, or look for a flood of requests in the access log.`,
      );
      alarm(
        `${name}LatencyP99`,
        fn.metricDuration({ period: SUSTAINED_WINDOW.period, statistic: 'p99' }),
        P99_LATENCY_MS[name] ?? 10_000,
        SUSTAINED_WINDOW,
        `${name} p99 duration above ${P99_LATENCY_MS[name] ?? 10_000} ms for 15 minutes. ` +
          `Check first: DynamoDB latency and throttling on the dashboard, then cold starts (cold_start = true in the log) and the memory setting.`,
        ComparisonOperator.GREATER_THAN_THRESHOLD,
      );
      // A function with reserved concurrency has a pool of its own; the others share the account's (below).
      if (reservedConcurrency !== undefined) {
        reservedTotal += reservedConcurrency;
        const nearLimit = Math.max(1, Math.floor(reservedConcurrency * CONCURRENCY_WARNING_SHARE));
        alarm(
          `${name}ConcurrencyNearLimit`,
          fn.metric('ConcurrentExecutions', { period: ERROR_WINDOW.period, statistic: 'Maximum' }),
          nearLimit,
          ERROR_WINDOW,
          `${name} reached ${nearLimit} concurrent executions (80% of its reserved concurrency of ${reservedConcurrency}) in 2 of the last 5 minutes: throttling is next. ` +
            `Check first: whether the traffic is real (a lecture's QR code on screen) or a flood (access log by source); raise the reserved concurrency.`,
        );
      }
      this.rollbackAlarms.set(name, [appErrors, crashes, ...apiAlarms]);
    }

    // Functions without reserved concurrency (and the export worker) draw from one pool per account and
    // region: one alarm on that pool, not one per function each assuming the whole quota is its own.
    const pool = Math.max(1, props.accountConcurrency - reservedTotal);
    const poolNearLimit = Math.max(1, Math.floor(pool * CONCURRENCY_WARNING_SHARE));
    alarm(
      'UnreservedConcurrencyNearLimit',
      LambdaFunction.metricAllUnreservedConcurrentExecutions({ period: ERROR_WINDOW.period, statistic: 'Maximum' }),
      poolNearLimit,
      ERROR_WINDOW,
      `Lambda functions without reserved concurrency in this account and region reached ${poolNearLimit} concurrent executions ` +
        `(80% of the ${pool} left of the account's quota of ${props.accountConcurrency}) in 2 of the last 5 minutes: throttling is next, for every district in the account. ` +
        'Check first: the dashboard\'s concurrency graph (which function), whether the traffic is real or a flood; ask for a higher quota (Service Quotas, "Concurrent executions").',
    );

    // The 4xx share of all requests: API Gateway's own 403 {"message":"Forbidden"} (in China, an
    // account without an ICP licence association answers every request so), stage throttling's 429,
    // and credential stuffing's 401s all show here; the app's metrics never see the gateway's.
    alarm(
      'ApiClientErrorRate',
      apiShare(props.api, '4xx', CLIENT_ERROR_MIN_REQUESTS, SUSTAINED_WINDOW.period),
      CLIENT_ERROR_RATE_PERCENT,
      SUSTAINED_WINDOW,
      `More than ${CLIENT_ERROR_RATE_PERCENT}% of API requests answered 4xx for 15 minutes. Check first: the access log's status and route fields. ` +
        `403 with route "-" on every path: API Gateway refuses the requests (in China: the account is not associated with an ICP licence); ` +
        `401/429 on POST /api/auth/login: sign-in failures (the dashboard's SignInFailures, SignInLockouts); 429 elsewhere: stage throttling.`,
    );

    alarm(
      'TableThrottledRequests',
      tableOperationsSum(props.table, 'ThrottledRequests', ERROR_WINDOW.period, 'throttled requests'),
      1,
      ERROR_WINDOW,
      'DynamoDB throttled requests to the district table in 2 of the last 5 minutes. ' +
        'Check first: the dashboard\'s table graphs for one hot partition (a counter item under many submissions at once); on-demand tables also throttle above twice their previous peak.',
    );
    alarm(
      'TableSystemErrors',
      tableOperationsSum(props.table, 'SystemErrors', ERROR_WINDOW.period, 'system errors'),
      1,
      ERROR_WINDOW,
      'DynamoDB answered the district table with internal errors (HTTP 500) in 2 of the last 5 minutes: a fault on AWS\'s side, which the apps retry and then answer 503. ' +
        'Check first: the AWS Health Dashboard for DynamoDB in the region, and the apps\' StoreUnavailable count; open a support case quoting a $metadata.requestId from the logs if it lasts.',
    );

    this.pathCheck = new Alarm(this, 'AlarmPathCheck', {
      metric: new Metric({ namespace: METRICS_NAMESPACE, metricName: 'AlarmPathCheck', dimensionsMap: { district: props.districtId }, statistic: 'Maximum', period: Duration.minutes(1) }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
      alarmDescription:
        'A test, not an incident: someone set this alarm by hand (npm run organizer -- test-alarm) to prove that alarms reach this mailbox. It returns to OK within a minute or two, which mails once more.',
    });
    this.pathCheck.addAlarmAction(action);
    this.pathCheck.addOkAction(action);
  }
}
