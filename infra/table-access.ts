// Least privilege on the table, in one place: the exact DynamoDB actions each access mode needs.
import { Fn } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { SURVEY_PARTITION_PREFIX } from '../shared/storage/keys.js';
import { tableDefinition } from '../shared/storage/table-definition.js';
import type { TableAccess } from './function-specs.js';

// TransactWriteItems has no IAM action of its own: each item in it is authorised as the
// PutItem / UpdateItem / ConditionCheckItem it contains. Keep these lists in step with the
// commands shared/storage/dynamodb/*.ts sends for each app.
export const tableActions: Record<TableAccess, readonly string[]> = {
  // Survey read (GetItem), response Put + counter Update in one transaction, replay read (GetItem).
  respondent: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem'],
  readWrite: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem'],
};

/** The respondent never queries an index, so only readWrite reaches them; named, not `index/*`. */
export function tableAccessStatement(table: ITable, access: TableAccess): PolicyStatement {
  const resources = [table.tableArn];
  if (access === 'readWrite') {
    for (const index of [tableDefinition.byTimeIndex, tableDefinition.byResponseIdIndex]) resources.push(Fn.join('', [table.tableArn, `/index/${index.name}`]));
  }
  // The internet-facing respondent function may touch survey partitions only: never accounts,
  // sessions, the catalogue or the audit log.
  const conditions = access === 'respondent' ? { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [`${SURVEY_PARTITION_PREFIX}*`] } } : undefined;
  return new PolicyStatement({ actions: [...tableActions[access]], resources, ...(conditions ? { conditions } : {}) });
}
