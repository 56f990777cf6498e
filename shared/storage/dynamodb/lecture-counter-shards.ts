// A lecture's counters live on a few shard items: a hall of 300 answering at once spreads its
// transactions over them instead of queueing on one item (DynamoDB cancels concurrent transactions
// on the same item). Readers sum the shards; every lecture has all of them from the start, so a
// scorecard reads the same number of items whatever the feedback.
import type { CounterDeltas } from '../../survey/counter-deltas.js';
import { keys } from '../keys.js';

export const LECTURE_COUNTER_SHARDS = 4;

/** The shard a submission counts on: fixed by its id, so a replay would touch the same item. */
export function shardOf(submissionId: string): number {
  let h = 0;
  for (let i = 0; i < submissionId.length; i++) h = (h * 31 + submissionId.charCodeAt(i)) >>> 0;
  return h % LECTURE_COUNTER_SHARDS;
}

export function shardKeys(lectureId: string): Record<string, string>[] {
  return Array.from({ length: LECTURE_COUNTER_SHARDS }, (_, shard) => keys.lectureCounterShard(lectureId, shard));
}

/** An empty shard item, created with its lecture. */
export function emptyShard(lectureId: string, shard: number): Record<string, unknown> {
  return { ...keys.lectureCounterShard(lectureId, shard), type: 'lecture-counters', lectureId };
}

/** Counter names are data (question and row ids), so they always go through placeholders. */
export interface ShardUpdate {
  TableName: string;
  Key: Record<string, string>;
  UpdateExpression: string;
  ExpressionAttributeNames: Record<string, string>;
  ExpressionAttributeValues: Record<string, number>;
}

export function shardUpdate(tableName: string, lectureId: string, shard: number, deltas: CounterDeltas): ShardUpdate {
  const names: Record<string, string> = {};
  const values: Record<string, number> = {};
  const adds = Object.entries(deltas).map(([name, delta], i) => {
    names[`#c${i}`] = name;
    values[`:c${i}`] = delta;
    return `#c${i} :c${i}`;
  });
  return {
    TableName: tableName,
    Key: keys.lectureCounterShard(lectureId, shard),
    UpdateExpression: `ADD ${adds.join(', ')}`,
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
  };
}

