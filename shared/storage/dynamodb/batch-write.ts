// BatchWriteItem in chunks of 25, resending what DynamoDB leaves unprocessed, a few chunks at a time.
import { BatchWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { guarded } from './sdk-errors.js';

type WriteRequest = { PutRequest: { Item: Record<string, unknown> } } | { DeleteRequest: { Key: Record<string, unknown> } };

export async function batchWrite(client: DynamoDBDocumentClient, tableName: string, requests: readonly WriteRequest[], parallel = 4): Promise<void> {
  const chunks: WriteRequest[][] = [];
  for (let i = 0; i < requests.length; i += 25) chunks.push(requests.slice(i, i + 25));
  let next = 0;
  const worker = async () => {
    while (next < chunks.length) {
      let pending: WriteRequest[] | undefined = chunks[next++];
      for (let attempt = 0; pending && pending.length > 0; attempt++) {
        if (attempt > 0) await new Promise((r) => setTimeout(r, Math.min(1000, 25 * 2 ** attempt)));
        const batch: WriteRequest[] = pending;
        const result = await guarded(() => client.send(new BatchWriteCommand({ RequestItems: { [tableName]: batch } })));
        pending = result.UnprocessedItems?.[tableName] as WriteRequest[] | undefined;
      }
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
}
