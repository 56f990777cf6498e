// The district's alarms, mailed to its alarm address: each says what it means and what to check
// first. Errors alarm on any error in 2 of 5 one-minute periods, whatever the traffic (a broken
// page seen by three people still pages; one stray error does not); rates and latency alarm only
// when sustained. Missing data (no traffic) is never an outage.
import { Duration } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { Alarm, ComparisonOperator, MathExpression, Metric, TreatMissingData, type IAlarm, type IMetric } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { Operation, type ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
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

/** The operations the apps send (TransactWriteItems included), whose throttling is reported per operation. */
export const TABLE_OPERATIONS = [Operation.GET_ITEM, Operation.QUERY, Operation.PUT_ITEM, Operation.UPDATE_ITEM, Operation.DELETE_ITEM, Operation.TRANSACT_WRITE_ITEMS, Operation.BATCH_WRITE_ITEM] as const;

export interface AlarmedFunction {
  spec: FunctionSpec;
  fn: IFunction;
  /** Reserved concurrency when set, else the account's quota in the region. */
  concurrencyLimit: number;
}

export interface DistrictAlarmsProps {
  districtId: string;
  alarmEmail: string;
  api: HttpApi;
  functions: AlarmedFunction[];
  table: ITable;
}

/** An app metric (Powertools EMF) with the dimensions the apps publish it under. */
export function appMetric(name: MetricName, service: string, districtId: string, period: Duration = ERROR_WINDOW.period): Metric {
  return new Metric({ namespace: METRICS_NAMESPACE, metricName: name, dimensionsMap: { service, district: districtId }, statistic: 'Sum', period });
}

export class DistrictAlarms extends Construct {
  readonly topic: Topic;
  /** Per function id: the alarms a canary deployment of it rolls back on. */
  readonly rollbackAlarms = new Map<string, IAlarm[]>();
  readonly all: Alarm[] = [];

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

    for (const { spec, fn, concurrencyLimit } of props.functions) {
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
      const nearLimit = Math.max(1, Math.floor(concurrencyLimit * CONCURRENCY_WARNING_SHARE));
      alarm(
        `${name}ConcurrencyNearLimit`,
        fn.metric('ConcurrentExecutions', { period: ERROR_WINDOW.period, statistic: 'Maximum' }),
        nearLimit,
        ERROR_WINDOW,
        `${name} reached ${nearLimit} concurrent executions (80% of its limit of ${concurrencyLimit}) in 2 of the last 5 minutes: throttling is next. ` +
          `Check first: whether the traffic is real (a lecture's QR code on screen) or a flood (access log by source); raise the reserved concurrency or the account quota.`,
      );
      this.rollbackAlarms.set(name, [appErrors, crashes]);
    }

    // The 4xx share of all requests: API Gateway's own 403 {"message":"Forbidden"} (in China, an
    // account without an ICP licence association answers every request so), stage throttling's 429,
    // and credential stuffing's 401s all show here; the app's metrics never see the gateway's.
    const clientErrorRate = new MathExpression({
      expression: `IF(requests >= ${CLIENT_ERROR_MIN_REQUESTS}, 100 * clientErrors / requests, 0)`,
      usingMetrics: {
        clientErrors: props.api.metricClientError({ period: SUSTAINED_WINDOW.period, statistic: 'Sum' }),
        requests: props.api.metricCount({ period: SUSTAINED_WINDOW.period, statistic: 'Sum' }),
      },
      period: SUSTAINED_WINDOW.period,
      label: '4xx %',
    });
    alarm(
      'ApiClientErrorRate',
      clientErrorRate,
      CLIENT_ERROR_RATE_PERCENT,
      SUSTAINED_WINDOW,
      `More than ${CLIENT_ERROR_RATE_PERCENT}% of API requests answered 4xx for 15 minutes. Check first: the access log's status and route fields. ` +
        `403 with route "-" on every path: API Gateway refuses the requests (in China: the account is not associated with an ICP licence); ` +
        `401/429 on POST /api/auth/login: sign-in failures (the dashboard's SignInFailures, SignInLockouts); 429 elsewhere: stage throttling.`,
    );

    const throttled = props.table.metricThrottledRequestsForOperations({
      operations: [...TABLE_OPERATIONS],
      period: ERROR_WINDOW.period,
      statistic: 'Sum',
    });
    alarm(
      'TableThrottledRequests',
      throttled,
      1,
      ERROR_WINDOW,
      'DynamoDB throttled requests to the district table in 2 of the last 5 minutes. ' +
        'Check first: the dashboard\'s table graphs for one hot partition (a counter item under many submissions at once); on-demand tables also throttle above twice their previous peak.',
    );
  }
}
