// Creates the table where it is missing (local run and tests); in AWS the CDK stack owns it.
import {
  CreateTableCommand,
  DescribeTableCommand,
  ResourceNotFoundException,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
  waitUntilTableExists,
} from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createTableInput, responseIdIndexInput, tableDefinition } from '../table-definition.js';

/** Returns true when the table was created by this call. */
export async function ensureTable(client: DynamoDBDocumentClient, tableName: string): Promise<boolean> {
  try {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    await addMissingIndexes(client, tableName, (Table?.GlobalSecondaryIndexes ?? []).map((i) => i.IndexName ?? ''));
    return false;
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException)) throw error;
  }
  await client.send(new CreateTableCommand(createTableInput(tableName)));
  await waitUntilTableExists({ client, maxWaitTime: 60 }, { TableName: tableName });
  await client.send(
    new UpdateTimeToLiveCommand({
      TableName: tableName,
      TimeToLiveSpecification: { AttributeName: tableDefinition.ttlAttribute, Enabled: true },
    }),
  );
  return true;
}

/** A local table created by an older version gains the indexes added since (AWS tables get them from the stack). */
async function addMissingIndexes(client: DynamoDBDocumentClient, tableName: string, present: string[]): Promise<void> {
  const { byResponseIdIndex } = tableDefinition;
  if (present.includes(byResponseIdIndex.name)) return;
  await client.send(
    new UpdateTableCommand({
      TableName: tableName,
      AttributeDefinitions: [byResponseIdIndex.partitionKey, byResponseIdIndex.sortKey].map((name) => ({ AttributeName: name, AttributeType: 'S' })),
      GlobalSecondaryIndexUpdates: [{ Create: responseIdIndexInput() }],
    }),
  );
}
