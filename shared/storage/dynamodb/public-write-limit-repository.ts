// Counts one source's public writes in fixed windows, on a few shard items: each write adds one to a
// shard with room (a conditional ADD, refused past the shard's share), trying the next shard when one
// is full, so the total never passes the limit and no single item takes every write of a burst.
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { PublicWriteClaim, PublicWriteLimiter, PublicWritePolicy } from '../../responses/public-write-limit.js';
import { keys } from '../keys.js';
import { tableDefinition } from '../table-definition.js';
import { guarded } from './sdk-errors.js';

export const PUBLIC_WRITE_SHARDS = 4;

export class DynamoPublicWriteLimiter implements PublicWriteLimiter {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async claim(source: string, now: Date, policy: PublicWritePolicy): Promise<PublicWriteClaim> {
    const windowStart = Math.floor(now.getTime() / policy.windowMs) * policy.windowMs;
    const windowEnd = windowStart + policy.windowMs;
    // Shares add up to at least the limit; the last shards take what is left, so the total is exact.
    const shares = Array.from({ length: PUBLIC_WRITE_SHARDS }, (_, i) => Math.floor(policy.perWindow / PUBLIC_WRITE_SHARDS) + (i < policy.perWindow % PUBLIC_WRITE_SHARDS ? 1 : 0));
    const first = Math.floor(Math.random() * PUBLIC_WRITE_SHARDS);
    for (let i = 0; i < PUBLIC_WRITE_SHARDS; i++) {
      const shard = (first + i) % PUBLIC_WRITE_SHARDS;
      if ((shares[shard] ?? 0) === 0) continue;
      try {
        await guarded(() =>
          this.client.send(
            new UpdateCommand({
              TableName: this.tableName,
              Key: keys.publicWriteWindow(source, windowStart, shard),
              UpdateExpression: 'SET #type = :type, #ttl = :ttl ADD #count :one',
              ConditionExpression: 'attribute_not_exists(#count) OR #count < :share',
              ExpressionAttributeNames: { '#type': 'type', '#ttl': tableDefinition.ttlAttribute, '#count': 'count' },
              ExpressionAttributeValues: { ':type': 'public-writes', ':ttl': Math.ceil(windowEnd / 1000) + 60, ':one': 1, ':share': shares[shard] },
            }),
          ),
        );
        return { allowed: true };
      } catch (error) {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
      }
    }
    return { allowed: false, retryAfterMs: windowEnd - now.getTime() };
  }
}
