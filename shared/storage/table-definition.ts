// The table's shape, defined once: the CDK stack, the local launcher and the tests all read it.
import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';

export const tableDefinition = {
  partitionKey: 'pk',
  sortKey: 'sk',
  /** Lists an access pattern in time order (responses of a survey, surveys of a district). */
  byTimeIndex: { name: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
  /** Items with this attribute (epoch seconds) are removed by DynamoDB after that time. */
  ttlAttribute: 'expiresAt',
} as const;

/** The CreateTable request for DynamoDB Local and tests (the CDK stack builds its own from the same definition). */
export function createTableInput(tableName: string): CreateTableCommandInput {
  const { partitionKey, sortKey, byTimeIndex } = tableDefinition;
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [partitionKey, sortKey, byTimeIndex.partitionKey, byTimeIndex.sortKey].map((name) => ({
      AttributeName: name,
      AttributeType: 'S',
    })),
    KeySchema: [
      { AttributeName: partitionKey, KeyType: 'HASH' },
      { AttributeName: sortKey, KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: [
      {
        IndexName: byTimeIndex.name,
        KeySchema: [
          { AttributeName: byTimeIndex.partitionKey, KeyType: 'HASH' },
          { AttributeName: byTimeIndex.sortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      },
    ],
  };
}
