// Writes stored responses in bulk, for imports and benchmarks only. It bypasses the exactly-once
// guard and the counters, so it is not on the storage port: rebuild the counters afterwards.
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { StoredResponse } from '../../responses/response-store.js';
import { batchWrite } from './batch-write.js';
import { responseItem } from './response-item.js';

export async function importResponses(client: DynamoDBDocumentClient, tableName: string, responses: readonly StoredResponse[]): Promise<void> {
  await batchWrite(client, tableName, responses.map((response) => ({ PutRequest: { Item: responseItem(response) } })), 8);
}
