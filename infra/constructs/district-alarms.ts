// The district's alarms (API 5xx rate, function errors and throttles, table throttling), mailed to its alarm address.
import { Duration } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { Alarm, ComparisonOperator, MathExpression, TreatMissingData, type IMetric } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { Operation, type ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';

const PERIOD = Duration.minutes(5);
/** Percent of requests answered 5xx in a period that wakes someone. */
export const SERVER_ERROR_RATE_PERCENT = 5;

export interface DistrictAlarmsProps {
  alarmEmail: string;
  api: HttpApi;
  functions: { id: string; fn: IFunction }[];
  table: ITable;
}

export class DistrictAlarms extends Construct {
  readonly topic: Topic;

  constructor(scope: Construct, id: string, props: DistrictAlarmsProps) {
    super(scope, id);
    this.topic = new Topic(this, 'Topic', { displayName: 'Diancai alarms', enforceSSL: true });
    this.topic.addSubscription(new EmailSubscription(props.alarmEmail));
    const action = new SnsAction(this.topic);

    const alarm = (name: string, metric: IMetric, threshold: number, description: string) => {
      const created = new Alarm(this, name, {
        metric,
        threshold,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        // No traffic is not an outage: a quiet night must not page anyone.
        treatMissingData: TreatMissingData.NOT_BREACHING,
        alarmDescription: description,
      });
      created.addAlarmAction(action);
      created.addOkAction(action);
    };

    // A rate, not a count, so a busy survey day does not page for a handful of errors; below
    // 10 requests the rate is too noisy to mean anything.
    const serverErrorRate = new MathExpression({
      expression: 'IF(requests >= 10, 100 * errors / requests, 0)',
      usingMetrics: {
        errors: props.api.metricServerError({ period: PERIOD, statistic: 'Sum' }),
        requests: props.api.metricCount({ period: PERIOD, statistic: 'Sum' }),
      },
      period: PERIOD,
      label: '5xx %',
    });
    alarm('ApiServerErrorRate', serverErrorRate, SERVER_ERROR_RATE_PERCENT, `More than ${SERVER_ERROR_RATE_PERCENT}% of API requests answered 5xx`);

    for (const { id: name, fn } of props.functions) {
      alarm(`${name}Errors`, fn.metricErrors({ period: PERIOD, statistic: 'Sum' }), 1, `${name} function failed (unhandled error or timeout)`);
      alarm(`${name}Throttles`, fn.metricThrottles({ period: PERIOD, statistic: 'Sum' }), 1, `${name} function was throttled (concurrency limit)`);
    }

    const throttled = props.table.metricThrottledRequestsForOperations({
      operations: [Operation.GET_ITEM, Operation.QUERY, Operation.PUT_ITEM, Operation.UPDATE_ITEM, Operation.DELETE_ITEM, Operation.TRANSACT_WRITE_ITEMS, Operation.BATCH_WRITE_ITEM],
      period: PERIOD,
      statistic: 'Sum',
    });
    alarm('TableThrottledRequests', throttled, 1, 'DynamoDB throttled requests to the district table');
  }
}
