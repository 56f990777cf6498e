// Least privilege on the table, in one place: the exact DynamoDB actions each access mode needs,
// and for the internet-facing respondent, on which partitions.
import { Fn } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Effect, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { ESSAY_READ_PARTITIONS, EXPERT_READ_PARTITIONS, keys, LECTURE_PARTITION_PATTERN, LECTURE_READ_PARTITIONS, NEWS_READ_PARTITIONS, PROGRAMME_READ_PARTITIONS, PUBLIC_READ_PREFIX, PUBLIC_WRITE_PREFIX } from '../shared/storage/keys.js';
import { tableDefinition } from '../shared/storage/table-definition.js';
import type { TableAccess } from './function-specs.js';

// TransactWriteItems has no IAM action of its own: each item in it is authorised as the
// PutItem / UpdateItem / ConditionCheckItem it contains. Keep these lists in step with the
// commands shared/storage/dynamodb/*.ts sends for each app.
export const tableActions = {
  // Survey, settings and replay reads; the lecture and feedback form a feedback page names (GetItem).
  respondentRead: ['dynamodb:GetItem'],
  // Response Put, counter, quota and access-code Updates, in one transaction; lecture feedback Put and counter-shard Update likewise.
  respondentWrite: ['dynamodb:PutItem', 'dynamodb:UpdateItem'],
  readWrite: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem', 'dynamodb:BatchGetItem'],
} as const;

/** The partitions the respondent reads, and the ones it writes (a subset of what it reads). */
export const respondentPartitions = {
  // The unit pages also read a unit's key, its unit and front, the directory and menus; the feedback
  // pages read the lecture and the district's feedback form; the /news pages the published briefings;
  // the essay pages the calls and essays.
  read: [`${PUBLIC_READ_PREFIX}*`, `${PUBLIC_WRITE_PREFIX}*`, ...PROGRAMME_READ_PARTITIONS, ...LECTURE_READ_PARTITIONS, ...NEWS_READ_PARTITIONS, ...ESSAY_READ_PARTITIONS, ...EXPERT_READ_PARTITIONS],
  write: [`${PUBLIC_WRITE_PREFIX}*`],
} as const;

/**
 * An expert's answer (接单 / 婉拒) is the respondent's one write outside its public partitions: an UpdateItem
 * of the lecture item that may name only these attributes (the key, what its condition reads, what it sets)
 * and returns none of them.
 */
export const expertAnswerAttributes = ['pk', 'sk', 'status', 'expertId', 'assignment', 'assignmentAt', 'declineReason'] as const;

/**
 * The audit log is append-only: entries are written with PutItem, never changed or removed. An explicit
 * deny outranks every allow, so no later grant can give the organizer function a way to erase its tracks.
 */
export const auditProtection = {
  partition: keys.auditPartition(),
  deniedActions: ['dynamodb:DeleteItem', 'dynamodb:BatchWriteItem', 'dynamodb:UpdateItem'],
} as const;

export function leadingKeys(patterns: readonly string[]) {
  // ForAllValues: every partition key the request touches must match (a transaction's items too).
  return { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [...patterns] } };
}

/**
 * The respondent never queries the index, so only readWrite reaches it; named, not `index/*`.
 * The respondent reads survey definitions and settings but writes only its own partitions:
 * it can never overwrite a definition or its settings, nor touch accounts, sessions, sign-in
 * throttles, the catalogue or the audit log.
 */
export function tableAccessStatements(table: ITable, access: TableAccess): PolicyStatement[] {
  if (access === 'respondent') {
    return [
      new PolicyStatement({ actions: [...tableActions.respondentRead], resources: [table.tableArn], conditions: leadingKeys(respondentPartitions.read) }),
      new PolicyStatement({ actions: [...tableActions.respondentWrite], resources: [table.tableArn], conditions: leadingKeys(respondentPartitions.write) }),
      new PolicyStatement({
        actions: ['dynamodb:UpdateItem'],
        resources: [table.tableArn],
        conditions: {
          ...leadingKeys([LECTURE_PARTITION_PATTERN]),
          'ForAllValues:StringEquals': { 'dynamodb:Attributes': [...expertAnswerAttributes] },
          StringEqualsIfExists: { 'dynamodb:ReturnValues': 'NONE' },
        },
      }),
      // What a link does is audited (an expert's answer, a unit's essay, an expert's review): entries are put,
      // never changed; the respondent reads none of them.
      new PolicyStatement({ actions: ['dynamodb:PutItem'], resources: [table.tableArn], conditions: leadingKeys([keys.auditPartition()]) }),
    ];
  }
  const indexes = [tableDefinition.byTimeIndex, tableDefinition.byResponseIdIndex].map((index) => Fn.join('', [table.tableArn, `/index/${index.name}`]));
  return [
    new PolicyStatement({ actions: [...tableActions.readWrite], resources: [table.tableArn, ...indexes] }),
    new PolicyStatement({
      effect: Effect.DENY,
      actions: [...auditProtection.deniedActions],
      resources: [table.tableArn],
      // ForAnyValue: a batch that touches the audit partition with one item of many is refused whole.
      conditions: { 'ForAnyValue:StringEquals': { 'dynamodb:LeadingKeys': [auditProtection.partition] } },
    }),
  ];
}
