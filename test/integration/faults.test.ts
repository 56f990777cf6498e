// Faults: a throttling or unreachable store answers 503 + Retry-After and loses nothing; a
// transaction that loses a race on a counter is retried.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { ProvisionedThroughputExceededException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startDynamoLocal } from '../../functions/local/dynamodb-local.js';
import { rebuildCounters } from '../../shared/report/rebuild-counters.js';
import { createDocumentClient } from '../../shared/storage/dynamodb/client.js';
import { createDynamoStore } from '../../shared/storage/dynamodb/store.js';
import { ensureTable } from '../../shared/storage/dynamodb/table-setup.js';
import { createTestTable, type TestTable } from '../support/dynamo-table.js';
import { everyTypeSurvey, validAnswers } from '../support/fixtures.js';
import { allResponses, respondentAppFor } from '../support/respondent-app.js';

/** Makes the next `times` calls of one DynamoDB operation fail with `error()`, then lets calls through. */
function failNext(client: DynamoDBDocumentClient, commandName: string, times: number, error: () => Error) {
  let remaining = times;
  client.middlewareStack.add(
    (next, context) => async (args) => {
      if (context.commandName === commandName && remaining > 0) {
        remaining--;
        throw error();
      }
      return next(args);
    },
    { step: 'initialize', name: `fail-${commandName}-${randomUUID()}` },
  );
  return { get remaining() { return remaining; } };
}

const post = (app: ReturnType<typeof respondentAppFor>, body: string) => app.request('/api/public/surveys/every-type/responses', { method: 'POST', body });

describe('faults in the store', () => {
  let table: TestTable;
  beforeAll(async () => {
    table = await createTestTable();
    await table.store.surveys.put(everyTypeSurvey());
  });
  afterAll(() => table.drop());

  it('answers 503 with Retry-After in the one error shape when DynamoDB throttles, logs the cause, and stores the retry once', async () => {
    // Prepare: a client whose transactions are throttled for longer than the SDK's own retries.
    const client = createDocumentClient({ endpoint: inject('dynamoEndpoint'), maxAttempts: 1 });
    const store = createDynamoStore({ client, tableName: table.tableName });
    const logLines: string[] = [];
    const app = respondentAppFor(store, { logLines });
    const fault = failNext(client, 'TransactWriteItemsCommand', 1, () => new ProvisionedThroughputExceededException({ message: 'Rate exceeded', $metadata: { httpStatusCode: 400 } }));
    const body = JSON.stringify({ submissionId: randomUUID(), answers: validAnswers() });

    // Act
    const refused = await post(app, body);
    const retried = await post(app, body);

    // Assess
    expect(fault.remaining).toBe(0);
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('2');
    expect(await refused.json()).toEqual({ error: { code: 'store_unavailable', message: expect.any(String) } });
    const requestId = refused.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    const warning = logLines.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.level === 'WARN');
    expect(warning).toMatchObject({ message: 'store unavailable', requestId, cause: { message: expect.stringContaining('ProvisionedThroughputExceededException') } });
    expect(retried.status).toBe(201);
  });

  it('retries a transaction that lost a race on a counter item, and stores the response once', async () => {
    const client = createDocumentClient({ endpoint: inject('dynamoEndpoint') });
    const store = createDynamoStore({ client, tableName: table.tableName, retry: { attempts: 5, baseDelayMs: 1, sleep: async () => {} } });
    const fault = failNext(client, 'TransactWriteItemsCommand', 2, () =>
      new TransactionCanceledException({ message: 'Transaction cancelled', $metadata: {}, CancellationReasons: [{ Code: 'None' }, { Code: 'TransactionConflict' }] }),
    );
    const submissionId = randomUUID();
    const res = await post(respondentAppFor(store), JSON.stringify({ submissionId, answers: validAnswers() }));
    expect(fault.remaining).toBe(0);
    expect(res.status).toBe(201);
    expect(await store.responses.findBySubmission('every-type', submissionId)).toBeDefined();
    expect((await rebuildCounters(table.store, 'every-type')).differences).toEqual([]);
  });

  it('gives up on a transaction that keeps conflicting with a retryable 503, writing nothing', async () => {
    const client = createDocumentClient({ endpoint: inject('dynamoEndpoint') });
    const store = createDynamoStore({ client, tableName: table.tableName, retry: { attempts: 3, baseDelayMs: 1, sleep: async () => {} } });
    failNext(client, 'TransactWriteItemsCommand', 3, () =>
      new TransactionCanceledException({ message: 'Transaction cancelled', $metadata: {}, CancellationReasons: [{ Code: 'None' }, { Code: 'TransactionConflict' }] }),
    );
    const submissionId = randomUUID();
    const res = await post(respondentAppFor(store), JSON.stringify({ submissionId, answers: validAnswers() }));
    expect(res.status).toBe(503);
    expect(await store.responses.findBySubmission('every-type', submissionId)).toBeUndefined();
  });
});

describe('a transaction DynamoDB cancels for throttling', () => {
  let table: TestTable;
  beforeAll(async () => {
    table = await createTestTable();
    await table.store.surveys.put(everyTypeSurvey());
  });
  afterAll(() => table.drop());

  it('is retried, and answered 503 with Retry-After when the throttling lasts', async () => {
    const client = createDocumentClient({ endpoint: inject('dynamoEndpoint') });
    const store = createDynamoStore({ client, tableName: table.tableName, retry: { attempts: 3, baseDelayMs: 1, sleep: async () => {} } });
    const throttled = () => new TransactionCanceledException({ message: 'Transaction cancelled', $metadata: {}, CancellationReasons: [{ Code: 'None' }, { Code: 'ThrottlingError' }] });
    failNext(client, 'TransactWriteItemsCommand', 2, throttled);
    const ok = await post(respondentAppFor(store), JSON.stringify({ submissionId: randomUUID(), answers: validAnswers() }));
    expect(ok.status).toBe(201);
    failNext(client, 'TransactWriteItemsCommand', 3, throttled);
    const refused = await post(respondentAppFor(store), JSON.stringify({ submissionId: randomUUID(), answers: validAnswers() }));
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('2');
  });
});

describe('DynamoDB Local stopped in the middle of submissions', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'diancai-fault-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('answers 503 while it is down; every submission acknowledged is stored exactly once after it returns', async () => {
    let dynamo = await startDynamoLocal({ dataDir });
    const port = dynamo.port;
    const client = createDocumentClient({ endpoint: dynamo.endpoint, credentials: dynamo.credentials, maxAttempts: 1, requestTimeoutMs: 2000, connectionTimeoutMs: 2000 });
    try {
      await ensureTable(client, 'fault-table');
      const store = createDynamoStore({ client, tableName: 'fault-table' });
      await store.surveys.put(everyTypeSurvey());
      const app = respondentAppFor(store);
      const bodies = Array.from({ length: 30 }, () => JSON.stringify({ submissionId: randomUUID(), answers: validAnswers() }));

      const before = await Promise.all(bodies.slice(0, 15).map((b) => post(app, b)));
      await dynamo.stop();
      const during = await Promise.all(bodies.slice(15).map((b) => post(app, b)));
      dynamo = await startDynamoLocal({ dataDir, port });
      // A phone retries everything it was not told succeeded, and replays some that it was.
      const after = await Promise.all([...bodies.slice(15), ...bodies.slice(0, 5)].map((b) => post(app, b)));

      expect(before.map((r) => r.status)).toEqual(Array(15).fill(201));
      expect(during.map((r) => r.status)).toEqual(Array(15).fill(503));
      for (const r of during) expect(r.headers.get('retry-after')).toBe('2');
      expect(after.map((r) => r.status)).toEqual([...Array(15).fill(201), ...Array(5).fill(200)]);
      const stored = await allResponses(store, 'every-type');
      expect(stored).toHaveLength(30);
      expect((await rebuildCounters(store, 'every-type')).differences).toEqual([]);
    } finally {
      client.destroy();
      await dynamo.stop();
    }
  }, 120_000);
});
