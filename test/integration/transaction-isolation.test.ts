// The conflict-faithful store reproduces DynamoDB's transaction isolation on DynamoDB Local, which
// commits transactions one at a time and would otherwise never show a conflict.
import { TransactionCanceledException, TransactionConflictException } from '@aws-sdk/client-dynamodb';
import { PutCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTable, type TestTable } from '../support/dynamo-table.js';
import { isolateTransactions, type IsolationStats } from '../support/transaction-isolation.js';

describe('the conflict-faithful store', () => {
  let table: TestTable;
  let stats: IsolationStats;
  beforeAll(async () => {
    table = await createTestTable();
    stats = isolateTransactions(table.client, { inFlightMs: 50 });
  });
  afterAll(() => table.drop());

  const addTo = (sk: string, other: string) =>
    table.client.send(
      new TransactWriteCommand({
        TransactItems: [
          { Put: { TableName: table.tableName, Item: { pk: 'T', sk: other } } },
          { Update: { TableName: table.tableName, Key: { pk: 'T', sk }, UpdateExpression: 'ADD n :one', ExpressionAttributeValues: { ':one': 1 } } },
        ],
      }),
    );

  it('Should cancel the later of two concurrent transactions on one item with TransactionConflict at its position', async () => {
    const [first, second] = await Promise.allSettled([addTo('hot', 'a'), addTo('hot', 'b')]);
    expect(first.status).toBe('fulfilled');
    expect(second.status).toBe('rejected');
    const error = (second as PromiseRejectedResult).reason as TransactionCanceledException;
    expect(error).toBeInstanceOf(TransactionCanceledException);
    expect(error.CancellationReasons?.map((r) => r.Code)).toEqual(['None', 'TransactionConflict']);
    expect(stats.conflicts).toBe(1);
  });

  it('Should let transactions on different items run together', async () => {
    const results = await Promise.allSettled([addTo('x', 'c'), addTo('y', 'd')]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled']);
  });

  it('Should refuse a single write to an item a transaction holds with TransactionConflictException', async () => {
    const inFlight = addTo('held', 'e');
    await new Promise((resolve) => setTimeout(resolve, 10));
    await expect(table.client.send(new PutCommand({ TableName: table.tableName, Item: { pk: 'T', sk: 'held' } }))).rejects.toBeInstanceOf(TransactionConflictException);
    await inFlight;
    expect(stats.singleWriteConflicts).toBe(1);
  });
});
