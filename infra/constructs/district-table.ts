// The district's DynamoDB table, built from the one shared key-schema definition; after a restore,
// the restored table, adopted by the stack (CloudFormation resource import) and configured like the first.
import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, BillingMode, ProjectionType, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import type { Construct } from 'constructs';
import { tableDefinition } from '../../shared/storage/table-definition.js';

/**
 * What DynamoDB gives a restored table, and what it does not: key schema, indexes, items and
 * billing mode are restored; TTL, point-in-time recovery, deletion protection, tags, alarms and
 * auto scaling are not (they are settings of a table, not of its backup).
 */
type TableState = 'configured' | 'as-restored';

function buildTable(scope: Construct, id: string, state: TableState, tableName?: string): Table {
  const { partitionKey, sortKey, byTimeIndex, ttlAttribute } = tableDefinition;
  const configured = state === 'configured';
  const table = new Table(scope, id, {
    // Only a restored table has a name of its own (the operator chose it in the restore);
    // otherwise CloudFormation names it from the stack, so districts never collide.
    ...(tableName ? { tableName } : {}),
    partitionKey: { name: partitionKey, type: AttributeType.STRING },
    sortKey: { name: sortKey, type: AttributeType.STRING },
    billingMode: BillingMode.PAY_PER_REQUEST,
    // The import step describes the restored table as it is, so that the next deploy's template
    // differs from it and CloudFormation switches these on; declaring them at import would record
    // them as already set and nothing would ever set them.
    ...(configured
      ? { pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true }, deletionProtection: true, timeToLiveAttribute: ttlAttribute }
      : {}),
    // The responses are the district's record: deleting the stack must never delete them.
    removalPolicy: RemovalPolicy.RETAIN,
    encryption: TableEncryption.AWS_MANAGED,
  });
  table.addGlobalSecondaryIndex({
    indexName: byTimeIndex.name,
    partitionKey: { name: byTimeIndex.partitionKey, type: AttributeType.STRING },
    sortKey: { name: byTimeIndex.sortKey, type: AttributeType.STRING },
    projectionType: ProjectionType.ALL,
  });
  return table;
}

export interface DistrictTableOptions {
  /** The restored table's name, from the districts file. */
  restoredTable?: string;
  /** `-c restoreStep=import`: add the restored table as it is, keep the app on the current one. */
  importRestoredTable: boolean;
}

/** The table the functions, alarms and backups use. */
export function districtTable(scope: Construct, { restoredTable, importRestoredTable }: DistrictTableOptions): Table {
  if (!restoredTable) {
    if (importRestoredTable) throw new Error('-c restoreStep=import needs "restoredTable" in the district\'s entry of the districts file');
    return buildTable(scope, 'Table', 'configured');
  }
  if (importRestoredTable) {
    // `cdk import` allows no change but the added resource: the app stays on the current table.
    buildTable(scope, 'RestoredTable', 'as-restored', restoredTable);
    return buildTable(scope, 'Table', 'configured');
  }
  // The first table leaves the template and, being retained, stays in the account as it was.
  return buildTable(scope, 'RestoredTable', 'configured', restoredTable);
}
