// The notifier: a Lambda function of its own, the one that reads the district's robots (a Secrets
// Manager secret named in the districts file) and sends notices. The organizer function invokes it
// asynchronously with each new notice; an EventBridge schedule runs its sweep every 15 minutes
// (deadlines within 24 hours, experts' declines, notices due another try). Its table access is its own: notices and the robots'
// sending slots, and the few reads the sweep makes.
import { Duration, Fn, RemovalPolicy } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData, type IMetric } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Rule, RuleTargetInput, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction as LambdaTarget } from 'aws-cdk-lib/aws-events-targets';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import { keys, NOTICE_PARTITION_PREFIX, NOTICE_RATE_PARTITION_PREFIX } from '../../shared/storage/keys.js';
import { tableDefinition } from '../../shared/storage/table-definition.js';
import { nodejsBundling, repoRoot } from '../bundling.js';
import type { District } from '../districts.js';
import { logRetentionOf } from '../log-retention.js';
import { leadingKeys } from '../table-access.js';
import { functionSettings } from './app-function.js';

/** The construct id, which is also the key of its overrides in the districts file (`lambda.functions.Notifier`). */
export const NOTIFIER_ID = 'Notifier';
/** A round waits up to 70 s per robot for its sending slot and retries with backoff; a sweep sends every due notice in turn. */
export const NOTIFIER_TIMEOUT_MINUTES = 10;
export const NOTIFIER_MEMORY_MB = 256;
/** How often the schedule sweeps (the notices' design: every 15 minutes). */
export const SWEEP_EVERY_MINUTES = 15;

/** Partitions, as IAM patterns built from the key functions themselves, so they follow any change to keys.ts. */
export const notifierPartitions = {
  /** GetItem: a notice; a survey's settings (its closing time); a declined lecture. */
  read: [`${NOTICE_PARTITION_PREFIX}*`, keys.surveySettings('*').pk, keys.lectureById('*').pk],
  /** PutItem / UpdateItem: notices (made, claimed, released) and each robot's next free slot. */
  write: [`${NOTICE_PARTITION_PREFIX}*`, `${NOTICE_RATE_PARTITION_PREFIX}*`],
  /** Query on the time index: recent notices, surveys and menus by creation, lectures by start. */
  query: [keys.noticesByTimePartition(), keys.surveysByCreationPartition(), keys.menusByCreationPartition(), keys.lecturesByStartPartition()],
} as const;

export interface NotifierProps {
  district: District;
  table: ITable;
}

export class Notifier extends Construct {
  readonly fn: NodejsFunction;
  readonly schedule: Rule;

  constructor(scope: Construct, id: string, { district, table }: NotifierProps) {
    super(scope, id);
    const logGroup = new LogGroup(this, 'Logs', { retention: logRetentionOf(district), removalPolicy: RemovalPolicy.RETAIN });
    const role = new Role(this, 'Role', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    role.addToPolicy(new PolicyStatement({ actions: ['logs:CreateLogStream', 'logs:PutLogEvents'], resources: [logGroup.logGroupArn] }));
    role.addToPolicy(new PolicyStatement({ actions: ['dynamodb:GetItem'], resources: [table.tableArn], conditions: leadingKeys(notifierPartitions.read) }));
    role.addToPolicy(new PolicyStatement({ actions: ['dynamodb:PutItem', 'dynamodb:UpdateItem'], resources: [table.tableArn], conditions: leadingKeys(notifierPartitions.write) }));
    role.addToPolicy(
      new PolicyStatement({
        actions: ['dynamodb:Query'],
        resources: [Fn.join('', [table.tableArn, `/index/${tableDefinition.byTimeIndex.name}`])],
        conditions: leadingKeys(notifierPartitions.query),
      }),
    );

    const environment: Record<string, string> = {
      TABLE_NAME: table.tableName,
      LOG_LEVEL: 'info',
      DISTRICT_ID: district.id,
      DIANCAI_TIME_ZONE: district.timeZone,
      NODE_OPTIONS: '--enable-source-maps',
    };
    if (district.webhooks) {
      // The robots' URLs carry their keys: the list is the district's secret, read by this function alone.
      const webhooks = Secret.fromSecretNameV2(this, 'Webhooks', district.webhooks.secretName);
      webhooks.grantRead(role);
      environment.WEBHOOKS_SECRET_ID = district.webhooks.secretName;
    }

    const settings = functionSettings({ id: NOTIFIER_ID, memoryMb: NOTIFIER_MEMORY_MB }, district);
    this.fn = new NodejsFunction(this, 'Function', {
      entry: `${repoRoot}functions/notifier/handler.ts`,
      handler: 'handler',
      runtime: settings.runtime,
      architecture: settings.architecture,
      memorySize: settings.memorySize,
      ...(settings.reservedConcurrency !== undefined ? { reservedConcurrentExecutions: settings.reservedConcurrency } : {}),
      timeout: Duration.minutes(NOTIFIER_TIMEOUT_MINUTES),
      // A failed invocation is not lost: the notice is recorded before the invoke, and the next sweep sends it.
      retryAttempts: 0,
      projectRoot: repoRoot,
      depsLockFilePath: `${repoRoot}package-lock.json`,
      bundling: nodejsBundling(),
      environment,
      role,
      logGroup,
    });

    this.schedule = new Rule(this, 'Sweep', {
      description: `Diancai ${district.id}: notices for deadlines within 24 hours, and another try for notices due one`,
      schedule: Schedule.rate(Duration.minutes(SWEEP_EVERY_MINUTES)),
      targets: [new LambdaTarget(this.fn, { event: RuleTargetInput.fromObject({ sweep: true }), retryAttempts: 0 })],
    });
  }

  /** Where the district's people reach it (its custom domain or the API's URL): the links the sweep's notices carry. */
  linkTo(baseUrl: string): void {
    this.fn.addEnvironment('PUBLIC_BASE_URL', baseUrl);
  }

  /** Lets a function hand the notifier work: InvokeFunction on this function only, and its name in the environment. */
  allowInvokeBy(caller: LambdaFunction): void {
    caller.addToRolePolicy(new PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: [this.fn.functionArn] }));
    caller.addEnvironment('NOTIFIER_FUNCTION', this.fn.functionName);
  }

  /**
   * A failing notifier (it throws only when it cannot work at all: the secret unreadable, the table
   * unreachable) and a schedule that stopped both page the district: either way notices wait unsent.
   * A robot's own failure is the notice's, shown on the dashboard's notices page, and pages no one.
   */
  alarmOnFailures(topic: ITopic): Alarm[] {
    const action = new SnsAction(topic);
    const mail = (id: string, metric: IMetric, threshold: number, comparisonOperator: ComparisonOperator, treatMissingData: TreatMissingData, evaluationPeriods: number, alarmDescription: string) => {
      const alarm = new Alarm(this, id, { metric, threshold, evaluationPeriods, comparisonOperator, treatMissingData, alarmDescription });
      alarm.addAlarmAction(action);
      alarm.addOkAction(action);
      return alarm;
    };
    return [
      mail(
        'Errors',
        this.fn.metricErrors({ period: Duration.minutes(15), statistic: 'Sum' }),
        1,
        ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        TreatMissingData.NOT_BREACHING,
        1,
        'The notifier failed (it could not read the webhooks secret or reach the table, or timed out). Check first: the notifier\'s log group; notices wait as pending or failed on /admin/notices until it works again.',
      ),
      mail(
        'SweepStopped',
        this.fn.metricInvocations({ period: Duration.minutes(SWEEP_EVERY_MINUTES * 2), statistic: 'Sum' }),
        1,
        ComparisonOperator.LESS_THAN_THRESHOLD,
        TreatMissingData.BREACHING,
        3,
        'The notifier has not run for 90 minutes although its schedule asks every 15: deadline notices and retries are not made. Check first: the EventBridge rule of the notifier (enabled?) and the function\'s throttles.',
      ),
    ];
  }
}
