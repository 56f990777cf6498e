// The exactly-once write every public submission shares (survey responses, lecture feedback): one
// transaction whose first item is the submission's own record, guarded by its key. A cancellation on
// that item is a replay; a conflict on a counter is retried with backoff, then reported as a 503.
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { StoreUnavailableError } from '../../errors.js';
import type { SubmitOutcome } from '../../responses/response-store.js';
import { guarded } from './sdk-errors.js';

export interface RetryPolicy {
  /** Attempts for a transaction that lost a race on a counter item. */
  attempts: number;
  baseDelayMs: number;
  sleep: (ms: number) => Promise<void>;
}

export const defaultRetry: RetryPolicy = {
  attempts: 8,
  baseDelayMs: 15,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export type TransactItems = NonNullable<TransactWriteCommand['input']['TransactItems']>;

/** Cancellation reasons where the same transaction may succeed a moment later. */
export const TRANSIENT_CANCELLATIONS = new Set(['TransactionConflict', 'ThrottlingError', 'ProvisionedThroughputExceeded', 'RequestLimitExceeded']);

export type CancellationCode = 'ConditionalCheckFailed' | 'TransactionConflict' | string;

export function cancellationCodes(error: TransactionCanceledException): CancellationCode[] {
  return (error.CancellationReasons ?? []).map((r) => r.Code ?? 'None');
}

export interface ExactlyOnceHandlers {
  /** The first item's condition failed: the submission id is stored already. */
  replay: () => Promise<SubmitOutcome>;
  /** A guard item's condition failed: the error to raise, or undefined when this is not a guard's failure. */
  guardFailure?: (codes: string[], error: TransactionCanceledException) => Error | undefined;
}

/**
 * Writes `items` (the submission's record first) once; returns undefined when written, the first
 * outcome on a replay. `items` may be built per attempt (1-based), e.g. to move a retry to another
 * counter shard.
 */
export async function writeExactlyOnce(
  client: DynamoDBDocumentClient,
  items: TransactItems | ((attempt: number) => TransactItems),
  retry: RetryPolicy,
  handlers: ExactlyOnceHandlers,
): Promise<SubmitOutcome | undefined> {
  for (let attempt = 1; ; attempt++) {
    const command = new TransactWriteCommand({ TransactItems: typeof items === 'function' ? items(attempt) : items });
    try {
      await guarded(() => client.send(command));
      return undefined;
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
      const codes = cancellationCodes(error);
      // A replay wins over every guard: the first try already used the code and the quota.
      if (codes[0] === 'ConditionalCheckFailed') return handlers.replay();
      const guardError = handlers.guardFailure?.(codes, error);
      if (guardError) throw guardError;
      const transient = codes.find((code) => TRANSIENT_CANCELLATIONS.has(code));
      if (!transient) throw error;
      // Another submission is updating the same counters, or DynamoDB is throttling:
      // back off and try again; if it persists, the phone is told to retry (503).
      if (attempt >= retry.attempts) throw new StoreUnavailableError(transient, { cause: error });
      await retry.sleep(retry.baseDelayMs * 2 ** (attempt - 1) * (0.5 + Math.random()));
    }
  }
}
