// The one way a public submission is written, survey response or lecture feedback: one transaction
// whose first item is the submission's own record, put only if its key is new (the exactly-once
// guard: a cancellation there is a replay), then its counter deltas ADDed on a write shard chosen from
// its id (the next shard on each retry, so a burst spreads), then the caller's own items (guards, side
// records). Which shard counts a submission never matters for exactness: readers sum every shard.
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { StoreUnavailableError } from '../../errors.js';
import type { SubmitOutcome } from '../../responses/response-store.js';
import type { CounterDeltas } from '../../survey/counter-deltas.js';
import { counterUpdate } from './counter-update.js';
import { writeExactlyOnce, type ExactlyOnceHandlers, type RetryPolicy, type TransactItems } from './exactly-once.js';
import { writeShardOf } from './write-shards.js';

/** Where a submission's counters live: one item per write shard. */
export interface CounterTarget {
  key: (shard: number) => Record<string, string>;
  shards: number;
  /** Attributes set on the counter item along with the deltas (a survey's unit, front and latest arrival). */
  set?: Readonly<Record<string, string | number>>;
}

export interface CountedSubmission {
  /** The submission's stored record (its key is the submission id's). */
  record: Record<string, unknown>;
  submissionId: string;
  /** The record's response id, answered when this write stores it. */
  responseId: string;
  target: CounterTarget;
  deltas: CounterDeltas;
  /** Another submission's deltas taken out in the same transaction (a phone's feedback replacing its earlier one). */
  takeBack?: { submissionId: string; deltas: CounterDeltas };
  /** Items after the counters for this attempt (1-based); `first` is the position the first of them takes. */
  more?: (first: number, attempt: number) => TransactItems;
}

export interface CountedWriteDeps {
  client: DynamoDBDocumentClient;
  tableName: string;
  retry: RetryPolicy;
}

/**
 * Stores the submission and its counts exactly once. A replay answers the first submission's response
 * id, read back consistently; `guardFailure` turns a failed condition of the caller's items into an error.
 */
export async function writeCountedSubmission(
  deps: CountedWriteDeps,
  submission: CountedSubmission,
  findFirst: () => Promise<{ responseId: string } | undefined>,
  guardFailure?: ExactlyOnceHandlers['guardFailure'],
): Promise<SubmitOutcome> {
  const replayed = await writeExactlyOnce(
    deps.client,
    (attempt) => {
      const items: TransactItems = [
        { Put: { TableName: deps.tableName, Item: submission.record, ConditionExpression: 'attribute_not_exists(pk)' } },
        ...counterItems(deps.tableName, submission, attempt),
      ];
      return [...items, ...(submission.more?.(items.length, attempt) ?? [])];
    },
    deps.retry,
    {
      replay: async () => {
        const first = await findFirst();
        if (!first) throw new StoreUnavailableError('ReplayNotVisible');
        return { responseId: first.responseId, replayed: true };
      },
      ...(guardFailure ? { guardFailure } : {}),
    },
  );
  return replayed ?? { responseId: submission.responseId, replayed: false };
}

/** The shard a submission counts on at this attempt: fixed by its id, moved along by each retry. */
export function countingShard(submissionId: string, shards: number, attempt = 1): number {
  return (writeShardOf(submissionId, shards) + attempt - 1) % shards;
}

/** One update per shard touched: a take-back that lands on the submission's own shard is netted (a transaction touches an item once). */
function counterItems(tableName: string, submission: CountedSubmission, attempt: number): TransactItems {
  const { target } = submission;
  const perShard = new Map<number, CounterDeltas>([[countingShard(submission.submissionId, target.shards, attempt), { ...submission.deltas }]]);
  if (submission.takeBack) {
    const shard = countingShard(submission.takeBack.submissionId, target.shards, attempt);
    const into = perShard.get(shard) ?? {};
    for (const [name, delta] of Object.entries(submission.takeBack.deltas)) into[name] = (into[name] ?? 0) - delta;
    perShard.set(shard, into);
  }
  return [...perShard].flatMap(([shard, changes]) => {
    // An ADD of 0 changes no count: left out, and a shard left with nothing is not touched at all.
    const nonZero = Object.fromEntries(Object.entries(changes).filter(([, n]) => n !== 0));
    if (Object.keys(nonZero).length === 0) return [];
    return [{ Update: { TableName: tableName, Key: target.key(shard), ...counterUpdate(nonZero, target.set ?? {}) } }];
  });
}
