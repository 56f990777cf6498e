// One CloudWatch dashboard per district: what respondents and organizers did (the apps' EMF
// metrics), how the API, functions and table coped, and every alarm's state.
import { Duration } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { AlarmStatusWidget, Dashboard, GraphWidget, type IAlarm, type IMetric } from 'aws-cdk-lib/aws-cloudwatch';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import { METRIC, type MetricName } from '../../functions/http/metrics.js';
import { appMetric, tableOperationsSum, type AlarmedFunction } from './district-alarms.js';

const PERIOD = Duration.minutes(5);

export interface DistrictDashboardProps {
  districtId: string;
  api: HttpApi;
  functions: AlarmedFunction[];
  table: ITable;
  alarms: IAlarm[];
}

export class DistrictDashboard extends Construct {
  readonly dashboard: Dashboard;

  constructor(scope: Construct, id: string, props: DistrictDashboardProps) {
    super(scope, id);
    const { districtId, api, functions, table } = props;
    const app = (name: MetricName, service: string) => appMetric(name, service, districtId, PERIOD).with({ label: name });
    const graph = (title: string, left: IMetric[], right: IMetric[] = []) => new GraphWidget({ title, left, right, width: 12, height: 6 });

    this.dashboard = new Dashboard(this, 'Dashboard', {
      // Named so the console link is predictable; dashboard names are per account, not per region.
      dashboardName: `diancai-${districtId}`,
      defaultInterval: Duration.days(1),
    });
    this.dashboard.addWidgets(new AlarmStatusWidget({ title: 'Alarms', alarms: props.alarms, width: 24, height: 3 }));
    this.dashboard.addWidgets(
      graph('Responses', [app(METRIC.submissions, 'respondent'), app(METRIC.replays, 'respondent'), app(METRIC.refusedAnswers, 'respondent')]),
      graph('Sign-in and exports', [app(METRIC.signInFailures, 'organizer'), app(METRIC.signInLockouts, 'organizer')], [app(METRIC.exportRows, 'organizer')]),
    );
    this.dashboard.addWidgets(
      graph(
        'API requests and errors',
        [api.metricCount({ period: PERIOD, label: 'requests' })],
        [api.metricClientError({ period: PERIOD, label: '4xx (gateway and app)' }), api.metricServerError({ period: PERIOD, label: '5xx (gateway and app)' })],
      ),
      graph(
        'App 5xx and store outages',
        functions.flatMap(({ spec }) => [app(METRIC.serverErrors, spec.service).with({ label: `${spec.id} 5xx` }), app(METRIC.storeUnavailable, spec.service).with({ label: `${spec.id} 503` })]),
      ),
    );
    this.dashboard.addWidgets(
      graph(
        'Function duration (p50, p99); what callers waited at the API (p99)',
        functions.flatMap(({ spec, fn }) => [
          fn.metricDuration({ period: PERIOD, statistic: 'p50', label: `${spec.id} p50` }),
          fn.metricDuration({ period: PERIOD, statistic: 'p99', label: `${spec.id} p99` }),
        ]),
        [api.metricLatency({ period: PERIOD, statistic: 'p99', label: 'API p99 (cold starts included)' })],
      ),
      graph(
        'Concurrency, throttles, errors',
        functions.map(({ spec, fn }) => fn.metric('ConcurrentExecutions', { period: PERIOD, statistic: 'Maximum', label: `${spec.id} concurrency` })),
        functions.flatMap(({ spec, fn }) => [
          fn.metricThrottles({ period: PERIOD, label: `${spec.id} throttles` }),
          fn.metricErrors({ period: PERIOD, label: `${spec.id} errors` }),
        ]),
      ),
    );
    this.dashboard.addWidgets(
      graph(
        'Table capacity and throttling',
        [table.metricConsumedReadCapacityUnits({ period: PERIOD, label: 'read units' }), table.metricConsumedWriteCapacityUnits({ period: PERIOD, label: 'write units' })],
        [tableOperationsSum(table, 'ThrottledRequests', PERIOD, 'throttled'), tableOperationsSum(table, 'SystemErrors', PERIOD, 'system errors')],
      ),
    );
  }
}
