// The export worker: a Lambda function of its own, invoked asynchronously by the organizer function,
// with a long timeout and only the access an export needs; an invocation that fails for good lands
// in a queue that alarms, so no export is lost without someone hearing of it.
import { Duration, Fn, RemovalPolicy } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData, type IMetric } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, Role, ServicePrincipal, type IGrantable } from 'aws-cdk-lib/aws-iam';
import type { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { CATALOGUE_KINDS, EXPORT_PARTITION_PREFIX, keys } from '../../shared/storage/keys.js';
import { tableDefinition } from '../../shared/storage/table-definition.js';
import { nodejsBundling, repoRoot } from '../bundling.js';
import type { District } from '../districts.js';
import { logRetentionOf } from '../log-retention.js';
import { functionSettings } from './app-function.js';
import { recordsAccessStatements } from './records-bucket.js';

/** Lambda's longest: an export of a million responses at a few thousand rows a second fits with room. */
export const EXPORT_WORKER_TIMEOUT_MINUTES = 15;
export const EXPORT_WORKER_MEMORY_MB = 1024;

/** Partitions, as IAM patterns built from the key functions themselves, so they follow any change to keys.ts. */
export const exportWorkerPartitions = {
  /** GetItem: the survey's definition and the job. */
  read: [keys.surveyById('*').pk, `${EXPORT_PARTITION_PREFIX}*`],
  /** UpdateItem: the job only (start, progress, done, failed). */
  write: [`${EXPORT_PARTITION_PREFIX}*`],
  /** Query on the time index: a survey's responses; the year's lectures by start (the year's record). */
  query: [keys.responsesPartition('*'), keys.lecturesByStartPartition()],
  /** Query on the table, for the year's record: each lecture's record (台账) and the catalogue (names of experts, units, fronts). */
  queryTable: [keys.recordPartition('*'), ...CATALOGUE_KINDS.map((kind) => keys.cataloguePartition(kind))],
  /** BatchGetItem, for the year's record: the lectures' counter shards (sign-ins, feedback, scores). */
  batchRead: [keys.lectureCounterShard('*', 0).pk],
} as const;

function leadingKeys(patterns: readonly string[]) {
  return { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [...patterns] } };
}

export interface ExportWorkerProps {
  district: District;
  table: ITable;
  exportBucket: IBucket;
  recordsBucket: IBucket;
}

/** The construct id, which is also the key of its overrides in the districts file (`lambda.functions.ExportWorker`). */
export const EXPORT_WORKER_ID = 'ExportWorker';

export class ExportWorker extends Construct {
  readonly fn: NodejsFunction;
  /** Every invocation that failed for good (error, timeout, crash): its event (the job id) and the error. */
  readonly failed: Queue;

  constructor(scope: Construct, id: string, { district, table, exportBucket, recordsBucket }: ExportWorkerProps) {
    super(scope, id);
    const logGroup = new LogGroup(this, 'Logs', { retention: logRetentionOf(district), removalPolicy: RemovalPolicy.RETAIN });
    const role = new Role(this, 'Role', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    role.addToPolicy(new PolicyStatement({ actions: ['logs:CreateLogStream', 'logs:PutLogEvents'], resources: [logGroup.logGroupArn] }));
    role.addToPolicy(new PolicyStatement({ actions: ['dynamodb:GetItem'], resources: [table.tableArn], conditions: leadingKeys(exportWorkerPartitions.read) }));
    role.addToPolicy(new PolicyStatement({ actions: ['dynamodb:UpdateItem'], resources: [table.tableArn], conditions: leadingKeys(exportWorkerPartitions.write) }));
    role.addToPolicy(
      new PolicyStatement({
        actions: ['dynamodb:Query'],
        resources: [Fn.join('', [table.tableArn, `/index/${tableDefinition.byTimeIndex.name}`])],
        conditions: leadingKeys(exportWorkerPartitions.query),
      }),
    );
    role.addToPolicy(new PolicyStatement({ actions: ['dynamodb:Query'], resources: [table.tableArn], conditions: leadingKeys(exportWorkerPartitions.queryTable) }));
    role.addToPolicy(new PolicyStatement({ actions: ['dynamodb:BatchGetItem'], resources: [table.tableArn], conditions: leadingKeys(exportWorkerPartitions.batchRead) }));
    // Writes the file as a multipart upload and aborts it on failure; never reads or lists the bucket.
    role.addToPolicy(new PolicyStatement({ actions: ['s3:PutObject', 's3:AbortMultipartUpload'], resources: [exportBucket.arnForObjects('*')] }));
    // The year's record streams each lecture's photos and files into its ZIP: reads records, nothing else there.
    for (const statement of recordsAccessStatements(recordsBucket, 'exportWorker')) role.addToPolicy(statement);

    // Kept 14 days (SQS's longest): time to read why a job failed, long after the alarm.
    this.failed = new Queue(this, 'Failed', { retentionPeriod: Duration.days(14), enforceSSL: true, encryption: QueueEncryption.SQS_MANAGED });

    // The district's runtime and architecture, as every other function of it (a region without arm64 runs all on x86_64).
    const settings = functionSettings({ id: EXPORT_WORKER_ID, memoryMb: EXPORT_WORKER_MEMORY_MB }, district);
    this.fn = new NodejsFunction(this, 'Function', {
      entry: `${repoRoot}functions/export-worker/handler.ts`,
      handler: 'handler',
      runtime: settings.runtime,
      architecture: settings.architecture,
      memorySize: settings.memorySize,
      ...(settings.reservedConcurrency !== undefined ? { reservedConcurrentExecutions: settings.reservedConcurrency } : {}),
      timeout: Duration.minutes(EXPORT_WORKER_TIMEOUT_MINUTES),
      // A retry would find the job no longer queued and skip it (the handler is idempotent), so it would
      // only delay the failure; the failed invocation goes to the queue below instead, which alarms.
      retryAttempts: 0,
      onFailure: new SqsDestination(this.failed),
      projectRoot: repoRoot,
      depsLockFilePath: `${repoRoot}package-lock.json`,
      bundling: nodejsBundling(),
      environment: {
        TABLE_NAME: table.tableName,
        EXPORT_BUCKET: exportBucket.bucketName,
        RECORDS_BUCKET: recordsBucket.bucketName,
        LOG_LEVEL: 'info',
        DISTRICT_ID: district.id,
        DIANCAI_TIME_ZONE: district.timeZone,
        NODE_OPTIONS: '--enable-source-maps',
      },
      role,
      logGroup,
    });
  }

  /** Lets the organizer function start exports: InvokeFunction on this function only, and its name in the environment. */
  allowInvokeBy(organizer: LambdaFunction & IGrantable): void {
    organizer.addToRolePolicy(new PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: [this.fn.functionArn] }));
    organizer.addEnvironment('EXPORT_WORKER_FUNCTION', this.fn.functionName);
  }

  /**
   * Every failed export (the handler throws after marking the job failed) and every timeout pages the
   * district; so does an invocation that failed for good and waits in the failure queue. One is enough.
   */
  alarmOnFailures(topic: ITopic): Alarm[] {
    const action = new SnsAction(topic);
    const mailOnFirst = (id: string, metric: IMetric, alarmDescription: string) => {
      const alarm = new Alarm(this, id, {
        metric,
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
        alarmDescription,
      });
      alarm.addAlarmAction(action);
      alarm.addOkAction(action);
      return alarm;
    };
    return [
      mailOnFirst(
        'FailedExports',
        this.fn.metricErrors({ period: Duration.minutes(5), statistic: 'Sum' }),
        'An export job failed (error or timeout in the export worker). Check first: the export worker\'s log group for "export failed" and the job id; the organizer sees the job as failed and can export again.',
      ),
      mailOnFirst(
        'FailedQueueDepth',
        this.failed.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5), statistic: 'Maximum' }),
        'An export invocation failed for good and waits in the export worker\'s failure queue (kept 14 days). Check first: the message in the queue ' +
          '(its requestPayload names the job, responsePayload the error), then the worker\'s log for that job id; delete the message once handled, and the alarm returns to OK.',
      ),
    ];
  }
}
