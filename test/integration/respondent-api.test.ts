// The contract's public JSON routes on DynamoDB Local: every bad input gets the one error shape,
// the right status, and writes nothing.
import { randomUUID } from 'node:crypto';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentClient } from '../../shared/storage/dynamodb/client.js';
import { createDynamoStore } from '../../shared/storage/dynamodb/store.js';
import { keys } from '../../shared/storage/keys.js';
import { maxCounterChanges } from '../../shared/survey/counter-deltas.js';
import { definitionIssues } from '../../shared/survey/definition-issues.js';
import { createTestTable, type TestTable } from '../support/dynamo-table.js';
import { everyTypeSurvey, validAnswers } from '../support/fixtures.js';
import { respondentAppFor } from '../support/respondent-app.js';

const PATH = '/api/public/surveys/every-type/responses';

function expectErrorShape(body: unknown, code: string) {
  expect(body).toMatchObject({ error: { code, message: expect.any(String) } });
  const error = (body as { error: Record<string, unknown> }).error;
  expect(Object.keys(error).every((k) => ['code', 'message', 'issues'].includes(k))).toBe(true);
  expect(JSON.stringify(body)).not.toMatch(/\bat .*\.ts:\d+/);
}

describe('public survey API', () => {
  let table: TestTable;
  let app: ReturnType<typeof respondentAppFor>;
  const post = (body: string, headers: Record<string, string> = {}, path = PATH) =>
    app.request(path, { method: 'POST', body, headers: { 'Content-Type': 'application/json', ...headers } });
  const submission = (answers: unknown = validAnswers(), submissionId: unknown = randomUUID()) => JSON.stringify({ submissionId, answers });

  async function storedItems(surveyId = 'every-type') {
    const query = (pk: string) =>
      table.client.send(new QueryCommand({ TableName: table.tableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': pk }, ConsistentRead: true }));
    const [responses, counters] = await Promise.all([query(keys.responsesPartition(surveyId)), query(keys.countersPartition(surveyId))]);
    return [...(responses.Items ?? []), ...(counters.Items ?? [])];
  }

  beforeAll(async () => {
    table = await createTestTable();
    app = respondentAppFor(table.store);
    await table.store.surveys.put(everyTypeSurvey());
    await table.store.surveys.put(everyTypeSurvey({ id: 'a-draft', status: 'draft' }));
    await table.store.surveys.put(everyTypeSurvey({ id: 'a-closed', status: 'closed', closedAt: '2026-11-02T00:00:00.000Z' }));
  });
  afterAll(() => table.drop());

  describe('GET /api/public/surveys/{id}', () => {
    it('returns the published definition with questions in display order', async () => {
      const res = await app.request('/api/public/surveys/every-type');
      expect(res.status).toBe(200);
      const body = (await res.json()) as { id: string; title: string; questions: { id: string; type: string; required: boolean; title: string }[] };
      expect(body.id).toBe('every-type');
      expect(body.title).toBe('全题型测试问卷');
      expect(body.questions.map((q) => [q.id, q.type, q.required])).toEqual(everyTypeSurvey().questions.map((q) => [q.id, q.type, q.required]));
    });

    it.each([
      ['an unknown survey', '/api/public/surveys/nope', 404, 'survey_not_found'],
      ['an unpublished survey', '/api/public/surveys/a-draft', 404, 'survey_not_found'],
      ['a closed survey', '/api/public/surveys/a-closed', 410, 'survey_closed'],
      ['a path-traversal id', '/api/public/surveys/..%2F..%2Fetc', 404, 'survey_not_found'],
      ['an unknown route', '/api/public/nothing', 404, 'not_found'],
    ])('answers %s with %i', async (_, path, status, code) => {
      const res = await app.request(path);
      expect(res.status).toBe(status);
      expectErrorShape(await res.json(), code);
    });
  });

  describe('POST /api/public/surveys/{id}/responses', () => {
    it('stores a valid submission: 201 with a response id', async () => {
      const res = await post(submission());
      expect(res.status).toBe(201);
      expect(await res.json()).toEqual({ responseId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    });

    describe('rejects bad input and writes nothing', () => {
      let before: number;
      beforeAll(async () => {
        before = (await storedItems()).length;
      });
      afterAll(async () => {
        expect((await storedItems()).length).toBe(before);
        expect(await storedItems('a-closed')).toEqual([]);
        expect(await storedItems('a-draft')).toEqual([]);
      });

      it.each([
        ['malformed JSON', '{"submissionId": ', 400, 'malformed_body'],
        ['JSON that is not an object', '[1,2,3]', 400, 'malformed_body'],
        ['NaN, which JSON cannot carry', '{"submissionId":"6d3f0a0e-1f5e-4c3b-9a8e-2b1c0d9e8f7a","answers":{"num":NaN}}', 400, 'malformed_body'],
        ['a submission id that is not a UUID', submission(validAnswers(), 'not-a-uuid'), 400, 'malformed_body'],
        ['a missing submission id', JSON.stringify({ answers: validAnswers() }), 400, 'malformed_body'],
        ['answers that are not an object', submission(['a']), 400, 'malformed_body'],
        ['missing required answers', submission({}), 422, 'invalid_answers'],
        ['unknown question ids', submission({ ...validAnswers(), ghost: 'x' }), 422, 'invalid_answers'],
        ['unknown option ids', submission({ ...validAnswers(), single: 'zzz' }), 422, 'invalid_answers'],
        ['a string for a rating', submission({ ...validAnswers(), rate: 'five' }), 422, 'invalid_answers'],
        ['a rating out of range', submission({ ...validAnswers(), rate: 6 }), 422, 'invalid_answers'],
        ['too many picks', submission({ ...validAnswers(), multi: ['x', 'y', 'z'] }), 422, 'invalid_answers'],
        ['duplicate ids in a ranking', submission({ ...validAnswers(), rank: ['t1', 't1'] }), 422, 'invalid_answers'],
        ['text over its limit', submission({ ...validAnswers(), text: '超'.repeat(11) }), 422, 'invalid_answers'],
        ['a number that overflows to Infinity', `{"submissionId":"${randomUUID()}","answers":${JSON.stringify(validAnswers()).replace('"num":30', '"num":1e999')}}`, 422, 'invalid_answers'],
      ])('%s: %i', async (_, body, status, code) => {
        const res = await post(body);
        expect(res.status).toBe(status);
        expect(res.headers.get('content-type')).toMatch(/^application\/json/);
        expectErrorShape(await res.json(), code);
      });

      it('a body over 64 KB: 413', async () => {
        const res = await post(submission({ ...validAnswers(), text: 'x'.repeat(70 * 1024) }));
        expect(res.status).toBe(413);
        expectErrorShape(await res.json(), 'body_too_large');
      });

      it('an unknown survey: 404; an unpublished one: 404; a closed one: 410', async () => {
        const unknown = await post(submission(), {}, '/api/public/surveys/nope/responses');
        const draft = await post(submission(), {}, '/api/public/surveys/a-draft/responses');
        const closed = await post(submission(), {}, '/api/public/surveys/a-closed/responses');
        expect([unknown.status, draft.status, closed.status]).toEqual([404, 404, 410]);
        expectErrorShape(await closed.json(), 'survey_closed');
      });

      it('names each problem by question id, in the respondent’s language', async () => {
        const res = await post(submission({ unit: 'u1', single: 'a', rank: ['t1', 't1'], rate: '5', ghost: 1 }), { 'Accept-Language': 'en-US,en;q=0.9' });
        expect(res.status).toBe(422);
        expect(await res.json()).toEqual({
          error: {
            code: 'invalid_answers',
            message: 'Some answers do not fit the survey; please correct them and submit again.',
            issues: [
              { field: 'answers', message: 'The answers name a question this survey does not have.' },
              { questionId: 'rank', message: 'Each option can be chosen only once.' },
              { questionId: 'rate', message: 'The answer is not in the right form: expected a whole number from 1 to 5 (a number, not a string).' },
            ],
          },
        });
      });

      it('does not echo a long hostile value back', async () => {
        const hostile = '<script>alert(1)</script>'.repeat(100);
        const res = await post(JSON.stringify({ submissionId: hostile, answers: {} }));
        expect(res.status).toBe(400);
        expect(await res.text()).not.toContain('<script>');
      });
    });

    it('stores a response to the largest survey a definition allows (every counter in one update)', async () => {
      const options = Array.from({ length: 120 }, (_, i) => ({ id: `o${i}`, label: `选项${i}` }));
      const big = everyTypeSurvey({
        id: 'biggest',
        questions: [
          { id: 'm', type: 'multiple_choice', required: true, title: 'M', options },
          { id: 't', type: 'time_slots', required: true, title: 'T', options },
        ],
      });
      expect(maxCounterChanges(big)).toBeGreaterThan(240);
      expect(definitionIssues(big)).toEqual([]);
      await table.store.surveys.put(big);
      const all = options.map((o) => o.id);
      const res = await post(submission({ m: all, t: all }), {}, '/api/public/surveys/biggest/responses');
      expect(res.status).toBe(201);
    });

    it('answers 503 with Retry-After when the store cannot be reached, in the one error shape', async () => {
      const unreachable = createDynamoStore({ client: createDocumentClient({ endpoint: 'http://127.0.0.1:9', maxAttempts: 1 }), tableName: table.tableName });
      const down = respondentAppFor(unreachable);
      const res = await down.request(PATH, { method: 'POST', body: submission() });
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('2');
      expectErrorShape(await res.json(), 'store_unavailable');
    });
  });
});
