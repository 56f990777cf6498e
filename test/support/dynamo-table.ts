// A fresh table on the shared DynamoDB Local for one test file, through the production adapter.
import { randomUUID } from 'node:crypto';
import { DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { inject } from 'vitest';
import { createDocumentClient } from '../../shared/storage/dynamodb/client.js';
import { createDynamoStore, type StoreOptions } from '../../shared/storage/dynamodb/store.js';
import type { Store } from '../../shared/store.js';
import { ensureTable } from '../../shared/storage/dynamodb/table-setup.js';

export interface TestTable {
  client: DynamoDBDocumentClient;
  tableName: string;
  store: Store;
  drop(): Promise<void>;
}

export async function createTestTable(options: Partial<StoreOptions> = {}): Promise<TestTable> {
  const client = options.client ?? createDocumentClient({ endpoint: inject('dynamoEndpoint') });
  const tableName = `test-${randomUUID()}`;
  await ensureTable(client, tableName);
  return {
    client,
    tableName,
    store: createDynamoStore({ ...options, client, tableName }),
    drop: async () => {
      await client.send(new DeleteTableCommand({ TableName: tableName }));
    },
  };
}
