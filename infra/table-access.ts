// Least privilege on the table, in one place: the exact DynamoDB actions each access mode needs.
import { Fn } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import {
  DIRECTORY_PARTITION,
  keys,
  MENU_PARTITION_PREFIX,
  REQUEST_PARTITION_PREFIX,
  SURVEY_PARTITION_PREFIX,
  UNIT_KEY_PARTITION_PREFIX,
} from '../shared/storage/keys.js';
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

/**
 * The unit pages read (GetItem only) a unit's key, its unit and front records, the directory of
 * open surveys and menus, a menu and the unit's own request; they write requests, and nothing else
 * outside the survey partitions. Leading keys as DynamoDB sees them, patterns for StringLike.
 */
export const respondentProgrammeReads = [
  `${UNIT_KEY_PARTITION_PREFIX}*`,
  keys.cataloguePartition('unit'),
  keys.cataloguePartition('front'),
  DIRECTORY_PARTITION,
  `${MENU_PARTITION_PREFIX}*`,
  `${REQUEST_PARTITION_PREFIX}*`,
] as const;
/** A request version and the unit's current request: two Puts in one transaction. */
export const respondentProgrammeWrites = { actions: ['dynamodb:PutItem'], leadingKeys: [`${REQUEST_PARTITION_PREFIX}*`] } as const;

/** The respondent never queries the index, so only readWrite reaches it; named, not `index/*`. */
export function tableAccessStatements(table: ITable, access: TableAccess): PolicyStatement[] {
  const resources = [table.tableArn];
  if (access === 'readWrite') {
    resources.push(Fn.join('', [table.tableArn, `/index/${tableDefinition.byTimeIndex.name}`]));
    return [new PolicyStatement({ actions: [...tableActions.readWrite], resources })];
  }
  // The internet-facing respondent function may touch survey partitions, read what a unit page
  // shows and write menu requests: never accounts, sessions, the rest of the catalogue or the audit log.
  const leading = (patterns: readonly string[]) => ({ 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [...patterns] } });
  return [
    new PolicyStatement({ actions: [...tableActions.respondent], resources, conditions: leading([`${SURVEY_PARTITION_PREFIX}*`]) }),
    new PolicyStatement({ actions: ['dynamodb:GetItem'], resources, conditions: leading(respondentProgrammeReads) }),
    new PolicyStatement({ actions: [...respondentProgrammeWrites.actions], resources, conditions: leading(respondentProgrammeWrites.leadingKeys) }),
  ];
}
