// The table's shape, defined once: the CDK stack, the local launcher and the tests all read it.
import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';

export const tableDefinition = {
  partitionKey: 'pk',
  sortKey: 'sk',
  /** Lists an access pattern in time order (responses of a survey, surveys of a district). */
  byTimeIndex: { name: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
  /**
   * Finds a response by its id or receipt number (a prefix of the id). Keyed on attributes every
   * response item already carries, so DynamoDB fills it for old responses too; keys only, since a
   * lookup then reads the one item it found.
   */
  byResponseIdIndex: { name: 'gsi2', partitionKey: 'surveyId', sortKey: 'responseId' },
  /** Items with this attribute (epoch seconds) are removed by DynamoDB after that time. */
  ttlAttribute: 'expiresAt',
} as const;

/** The CreateTable request for DynamoDB Local and tests (the CDK stack builds its own from the same definition). */
export function createTableInput(tableName: string): CreateTableCommandInput {
  const { partitionKey, sortKey, byTimeIndex, byResponseIdIndex } = tableDefinition;
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [partitionKey, sortKey, byTimeIndex.partitionKey, byTimeIndex.sortKey, byResponseIdIndex.partitionKey, byResponseIdIndex.sortKey].map((name) => ({
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
      responseIdIndexInput(),
    ],
  };
}

/** The by-response-id index as CreateTable and UpdateTable take it (a local table made before it existed gains it). */
export function responseIdIndexInput() {
  const { byResponseIdIndex } = tableDefinition;
  return {
    IndexName: byResponseIdIndex.name,
    KeySchema: [
      { AttributeName: byResponseIdIndex.partitionKey, KeyType: 'HASH' as const },
      { AttributeName: byResponseIdIndex.sortKey, KeyType: 'RANGE' as const },
    ],
    Projection: { ProjectionType: 'KEYS_ONLY' as const },
  };
}
