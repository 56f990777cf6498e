// Least privilege on the table, in one place: the exact DynamoDB actions each access mode needs.
import { Fn } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { LECTURE_COUNTERS_SUFFIX, LECTURE_FEEDBACK_SUFFIX, LECTURE_PARTITION_PREFIX, PROGRAMME_PARTITION, SURVEY_PARTITION_PREFIX } from '../shared/storage/keys.js';
import { tableDefinition } from '../shared/storage/table-definition.js';
import type { TableAccess } from './function-specs.js';

// TransactWriteItems has no IAM action of its own: each item in it is authorised as the
// PutItem / UpdateItem / ConditionCheckItem it contains. Keep these lists in step with the
// commands shared/storage/dynamodb/*.ts sends for each app.
export const tableActions: Record<TableAccess, readonly string[]> = {
  // Survey read (GetItem), response Put + counter Update in one transaction, replay read (GetItem);
  // the same for lecture feedback (lecture and feedback form read, feedback Put + shard Update).
  respondent: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem'],
  readWrite: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem', 'dynamodb:BatchGetItem'],
};

/**
 * The partitions the internet-facing respondent function may touch: never accounts, sessions, the
 * catalogue or the audit log. It reads surveys, lectures (their record, a replay's feedback) and the
 * programme's feedback form; it writes only responses, feedback and their counters.
 */
export const respondentPartitions = {
  read: [`${SURVEY_PARTITION_PREFIX}*`, `${LECTURE_PARTITION_PREFIX}*`, PROGRAMME_PARTITION],
  write: [`${SURVEY_PARTITION_PREFIX}*`, `${LECTURE_PARTITION_PREFIX}*${LECTURE_FEEDBACK_SUFFIX}`, `${LECTURE_PARTITION_PREFIX}*${LECTURE_COUNTERS_SUFFIX}`],
};

const leadingKeys = (patterns: readonly string[]) => ({ 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [...patterns] } });

/** The respondent never queries the index, so only readWrite reaches it; named, not `index/*`. */
export function tableAccessStatements(table: ITable, access: TableAccess): PolicyStatement[] {
  if (access === 'respondent') {
    const resources = [table.tableArn];
    return [
      new PolicyStatement({ actions: ['dynamodb:GetItem'], resources, conditions: leadingKeys(respondentPartitions.read) }),
      new PolicyStatement({ actions: ['dynamodb:PutItem', 'dynamodb:UpdateItem'], resources, conditions: leadingKeys(respondentPartitions.write) }),
    ];
  }
  const resources = [table.tableArn, Fn.join('', [table.tableArn, `/index/${tableDefinition.byTimeIndex.name}`])];
  return [new PolicyStatement({ actions: [...tableActions[access]], resources })];
}
