// A lecture's counters live on a few shard items: a hall of 300 answering at once spreads its
// transactions over them instead of queueing on one item (DynamoDB cancels concurrent transactions
// on the same item). Readers sum the shards; every lecture has all of them from the start (one made
// before there were eight has four until the others take their first count), so a
// scorecard reads the same number of items whatever the feedback. Which shard a feedback counts on is
// chosen like a survey response's (counted-submission.ts).
import { keys } from '../keys.js';

// Eight: four held a hall of 300 within a minute but not 100 sign-ins a second (p99 4.4 s; eight: 0.46 s,
// BENCHMARKS.md); each scorecard reads 1 + shards items per lecture for it.
export const LECTURE_COUNTER_SHARDS = 8;

export function shardKeys(lectureId: string): Record<string, string>[] {
  return Array.from({ length: LECTURE_COUNTER_SHARDS }, (_, shard) => keys.lectureCounterShard(lectureId, shard));
}

/** An empty shard item, created with its lecture. */
export function emptyShard(lectureId: string, shard: number): Record<string, unknown> {
  return { ...keys.lectureCounterShard(lectureId, shard), type: 'lecture-counters', lectureId };
}
