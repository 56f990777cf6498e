// Exactly-once submission on DynamoDB Local, through the production adapter and the real app.
import { randomUUID } from 'node:crypto';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { counterDifferences, recountExact } from '../../shared/report/recount.js';
import { keys } from '../../shared/storage/keys.js';
import { createTestTable, type TestTable } from '../support/dynamo-table.js';
import { everyTypeSurvey, validAnswers } from '../support/fixtures.js';
import { allResponses, respondentAppFor } from '../support/respondent-app.js';

const UNITS = ['u1', 'u2', 'u3'];

describe('submitting responses concurrently', () => {
  let table: TestTable;
  beforeAll(async () => {
    table = await createTestTable();
    await table.store.surveys.put(everyTypeSurvey());
  });
  afterAll(() => table.drop());

  it('stores 200 submissions sent three times each, concurrently, exactly once, with exact counters', async () => {
    // Prepare
    const app = respondentAppFor(table.store);
    const submissions = Array.from({ length: 200 }, (_, i) => ({
      submissionId: randomUUID(),
      answers: { ...validAnswers(), unit: UNITS[i % UNITS.length], rate: (i % 5) + 1, num: i + 0.5 > 100 ? 100 : i + 1 },
    }));
    const send = (body: unknown) =>
      app.request('/api/public/surveys/every-type/responses', { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } });

    // Act
    const replies = await Promise.all(submissions.flatMap((s) => [send(s), send(s), send(s)]));

    // Assess
    const statuses = replies.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(200);
    expect(statuses.filter((s) => s === 200)).toHaveLength(400);
    const ids = await Promise.all(replies.map(async (r) => ((await r.json()) as { responseId: string }).responseId));
    for (let i = 0; i < 200; i++) {
      expect(new Set(ids.slice(i * 3, i * 3 + 3)).size, 'all three tries get the same response id').toBe(1);
    }
    const { Items = [] } = await table.client.send(
      new QueryCommand({ TableName: table.tableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': keys.responsesPartition('every-type') }, ConsistentRead: true }),
    );
    expect(Items).toHaveLength(200);
    expect(new Set(Items.map((i) => i.submissionId))).toEqual(new Set(submissions.map((s) => s.submissionId)));

    const live = await table.store.counters.read('every-type');
    const stored = await allResponses(table.store, 'every-type');
    expect(stored).toHaveLength(200);
    expect(counterDifferences(await table.store.counters.readExact('every-type'), recountExact(everyTypeSurvey(), stored))).toEqual([]);
    expect(live.reduce((sum, unit) => sum + (unit.counters.responses ?? 0), 0)).toBe(200);
    expect(live.find((u) => u.unitId === 'u3')).toMatchObject({ front: 'economy' });
    // 600 concurrent transactions on one DynamoDB Local: on a loaded 2-core machine this took over 30 s.
  }, 180_000);

  it('keeps the first answers when a replay carries different ones', async () => {
    const app = respondentAppFor(table.store);
    const submissionId = randomUUID();
    const first = { submissionId, answers: { ...validAnswers(), text: '第一次' } };
    const second = { submissionId, answers: { ...validAnswers(), text: '第二次', unit: 'u2' } };
    const post = (body: unknown) => app.request('/api/public/surveys/every-type/responses', { method: 'POST', body: JSON.stringify(body) });

    const a = await post(first);
    const before = await table.store.counters.read('every-type');
    const b = await post(second);

    expect(a.status).toBe(201);
    expect(b.status).toBe(200);
    expect(await b.json()).toEqual(await a.clone().json());
    const stored = await table.store.responses.findBySubmission('every-type', submissionId);
    expect(stored?.answers.text).toBe('第一次');
    expect(stored?.unitId).toBe('u1');
    expect(await table.store.counters.read('every-type')).toEqual(before);
  });

  it('answers a replay with the first result even when the replay’s answers are invalid', async () => {
    const app = respondentAppFor(table.store);
    const submissionId = randomUUID();
    const post = (answers: unknown) => app.request('/api/public/surveys/every-type/responses', { method: 'POST', body: JSON.stringify({ submissionId, answers }) });
    const first = await post(validAnswers());
    const replay = await post({ rate: 'bad' });
    expect(replay.status).toBe(200);
    expect(await replay.json()).toEqual(await first.json());
  });
});

describe('the submission id is one id whatever its letter case', () => {
  let table: TestTable;
  beforeAll(async () => {
    table = await createTestTable();
    await table.store.surveys.put(everyTypeSurvey());
  });
  afterAll(() => table.drop());

  it('Should answer an upper-case copy of a stored submission id as a replay, through the API and the form', async () => {
    const app = respondentAppFor(table.store);
    const id = randomUUID();
    const send = (submissionId: string) =>
      app.request('/api/public/surveys/every-type/responses', {
        method: 'POST',
        body: JSON.stringify({ submissionId, answers: validAnswers() }),
        headers: { 'Content-Type': 'application/json' },
      });
    const first = await send(id.toUpperCase());
    const again = await send(id);
    const form = new URLSearchParams({ submissionId: id.replace(/^(.{4})/, (s) => s.toUpperCase()) });
    const posted = await app.request('http://localhost/s/every-type', {
      method: 'POST',
      body: form.toString(),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', accept: 'application/json', origin: 'http://localhost' },
    });

    expect([first.status, again.status, posted.status]).toEqual([201, 200, 200]);
    const ids = await Promise.all([first, again, posted].map(async (r) => ((await r.json()) as { responseId: string }).responseId));
    expect(new Set(ids).size).toBe(1);
    const stored = await allResponses(table.store, 'every-type');
    expect(stored.map((r) => r.submissionId)).toEqual([id]);
  });
});
