// The district's DynamoDB table, built from the one shared key-schema definition.
import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, BillingMode, ProjectionType, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import type { Construct } from 'constructs';
import { tableDefinition } from '../../shared/storage/table-definition.js';

export function districtTable(scope: Construct, id: string): Table {
  const { partitionKey, sortKey, byTimeIndex, byResponseIdIndex, ttlAttribute } = tableDefinition;
  // No tableName: CloudFormation names it from the stack, so districts never collide.
  const table = new Table(scope, id, {
    partitionKey: { name: partitionKey, type: AttributeType.STRING },
    sortKey: { name: sortKey, type: AttributeType.STRING },
    billingMode: BillingMode.PAY_PER_REQUEST,
    pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
    deletionProtection: true,
    // The responses are the district's record: deleting the stack must never delete them.
    removalPolicy: RemovalPolicy.RETAIN,
    timeToLiveAttribute: ttlAttribute,
    encryption: TableEncryption.AWS_MANAGED,
  });
  table.addGlobalSecondaryIndex({
    indexName: byTimeIndex.name,
    partitionKey: { name: byTimeIndex.partitionKey, type: AttributeType.STRING },
    sortKey: { name: byTimeIndex.sortKey, type: AttributeType.STRING },
    projectionType: ProjectionType.ALL,
  });
  table.addGlobalSecondaryIndex({
    indexName: byResponseIdIndex.name,
    partitionKey: { name: byResponseIdIndex.partitionKey, type: AttributeType.STRING },
    sortKey: { name: byResponseIdIndex.sortKey, type: AttributeType.STRING },
    projectionType: ProjectionType.KEYS_ONLY,
  });
  return table;
}
