// A conflict-faithful store for tests and benchmarks: DynamoDB Local commits transactions one at a
// time and never shows a TransactionConflict, so this wraps the SDK client to reproduce DynamoDB's
// documented isolation. While a TransactWriteItems is in flight (for `inFlightMs` after it arrives,
// the prepare-to-commit time), every other transaction touching one of its items is cancelled with
// `TransactionConflict` at that item's position, and a PutItem / UpdateItem / DeleteItem on one of
// its items fails with TransactionConflictException. It can also cancel transactions as throttled.
//
// Modelled (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/transaction-apis.html#transaction-conflict-handling):
// - the incoming request loses: an in-flight transaction is never cancelled by a later one;
// - conflicts are per item (table + key), whatever the item's size or the kind of write.
// Not modelled: conflicts with TransactGetItems (this project uses none), reads (GetItem and Query
// read the last committed value, as in DynamoDB), partition throughput limits and adaptive capacity,
// the SDK's own retries of a throttled single write, and transactions that DynamoDB cancels for
// touching an item twice (DynamoDB Local already refuses those).
import { TransactionCanceledException, TransactionConflictException, type CancellationReason } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export interface IsolationOptions {
  /** How long a transaction holds its items before it commits. */
  inFlightMs: number;
  /** Share of transactions cancelled as throttled (0..1). */
  throttleRate?: number;
  random?: () => number;
}

export interface IsolationStats {
  transactions: number;
  conflicts: number;
  throttled: number;
  singleWriteConflicts: number;
}

type AttributeMap = Record<string, unknown>;
type TransactItem = { Put?: { TableName: string; Item: AttributeMap }; Update?: { TableName: string; Key: AttributeMap }; Delete?: { TableName: string; Key: AttributeMap }; ConditionCheck?: { TableName: string; Key: AttributeMap } };

// Every item of this project's table is addressed by pk + sk (shared/storage/table-definition.ts).
const itemId = (table: string, item: AttributeMap) => `${table}\u0000${JSON.stringify(item.pk)}\u0000${JSON.stringify(item.sk)}`;

function transactItemId(entry: TransactItem): string {
  if (entry.Put) return itemId(entry.Put.TableName, entry.Put.Item);
  const keyed = entry.Update ?? entry.Delete ?? entry.ConditionCheck;
  if (!keyed) throw new Error('unknown transact item');
  return itemId(keyed.TableName, keyed.Key);
}

const cancelled = (reasons: CancellationReason[]) =>
  new TransactionCanceledException({
    message: `Transaction cancelled, please refer cancellation reasons for specific reasons [${reasons.map((r) => r.Code).join(', ')}]`,
    CancellationReasons: reasons,
    $metadata: { httpStatusCode: 400 },
  });

/** Installs the isolation model on `client` (every command sent through it); returns live counts. */
export function isolateTransactions(client: DynamoDBDocumentClient, options: IsolationOptions): IsolationStats {
  const random = options.random ?? Math.random;
  const held = new Set<string>();
  const stats: IsolationStats = { transactions: 0, conflicts: 0, throttled: 0, singleWriteConflicts: 0 };
  client.middlewareStack.add(
    (next, context) => async (args) => {
      // At the build step the document client has marshalled the input: keys are AttributeValues.
      const input = args.input as AttributeMap;
      if (context.commandName === 'TransactWriteItemsCommand') {
        stats.transactions++;
        const ids = (input.TransactItems as TransactItem[]).map(transactItemId);
        if (ids.some((id) => held.has(id))) {
          stats.conflicts++;
          throw cancelled(ids.map((id) => ({ Code: held.has(id) ? 'TransactionConflict' : 'None' })));
        }
        if (options.throttleRate && random() < options.throttleRate) {
          stats.throttled++;
          throw cancelled(ids.map((_, i) => ({ Code: i === 0 ? 'ThrottlingError' : 'None' })));
        }
        // The items are held for `inFlightMs` from arrival, whatever DynamoDB Local's own queue adds
        // (it commits one transaction at a time, which real DynamoDB does not across items).
        ids.forEach((id) => held.add(id));
        const written = next(args);
        // Awaited below; marked handled now so a quick refusal (a failed condition) is not reported
        // as an unhandled rejection while the items are still held.
        written.catch(() => {});
        try {
          await new Promise((resolve) => setTimeout(resolve, options.inFlightMs));
        } finally {
          ids.forEach((id) => held.delete(id));
        }
        return await written;
      }
      if (context.commandName === 'PutItemCommand' || context.commandName === 'UpdateItemCommand' || context.commandName === 'DeleteItemCommand') {
        const table = input.TableName as string;
        const id = itemId(table, (input.Key ?? input.Item) as AttributeMap);
        if (held.has(id)) {
          stats.singleWriteConflicts++;
          throw new TransactionConflictException({ message: 'Transaction is ongoing for the item', $metadata: { httpStatusCode: 400 } });
        }
      }
      return next(args);
    },
    { step: 'build', name: 'conflictFaithfulIsolation' },
  );
  return stats;
}
