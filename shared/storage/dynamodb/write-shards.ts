// Which write shard a submission counts on. DynamoDB cancels a transaction that touches an item
// another transaction holds (TransactionConflict), so one counter item caps how fast a unit (or a
// survey without a unit question) can take answers; spreading a unit's counters over a few items
// lifts that cap while a report still reads O(units x shards) small items, never the responses.
import { createHash } from 'node:crypto';

/** Write shards per unit. 8 items at ~20 ms in flight each take a lecture hall's burst (see BENCHMARKS.md). */
export const COUNTER_WRITE_SHARDS = 8;

/** Fixed by the submission id, so every retry of one submission touches the same items. */
export function writeShardOf(submissionId: string, shards = COUNTER_WRITE_SHARDS): number {
  return createHash('sha256').update(submissionId).digest().readUInt32BE(0) % shards;
}
