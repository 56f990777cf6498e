// The Lambda entry, invoked with API Gateway HTTP API v2 events, answers as the Hono app does.
import { randomUUID } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestTable, type TestTable } from '../support/dynamo-table.js';
import { v2Event, type V2Result } from '../support/apigw-event.js';
import { everyTypeSurvey, validAnswers } from '../support/fixtures.js';

type Handler = (event: unknown, context: unknown) => Promise<V2Result>;

describe('respondent Lambda handler', () => {
  let table: TestTable;
  let handler: Handler;
  let app: { request: (path: string, init?: RequestInit) => Response | Promise<Response> };
  const invoke = (event: unknown) => handler(event, { awsRequestId: randomUUID() });

  beforeAll(async () => {
    table = await createTestTable();
    await table.store.surveys.put(everyTypeSurvey());
    process.env.TABLE_NAME = table.tableName;
    process.env.DYNAMODB_ENDPOINT = inject('dynamoEndpoint');
    const module = (await import('../../functions/respondent/handler.js')) as unknown as { handler: Handler; app: typeof app };
    handler = module.handler;
    app = module.app;
  });
  afterAll(() => table.drop());

  it('serves the published survey definition like the app does', async () => {
    const result = await invoke(v2Event('GET', '/api/public/surveys/every-type'));
    const direct = await app.request('/api/public/surveys/every-type');
    expect(result.statusCode).toBe(200);
    expect(JSON.parse(result.body)).toEqual(await direct.json());
  });

  it('stores a submission (201) and answers its replay with the same response id (200)', async () => {
    const body = JSON.stringify({ submissionId: randomUUID(), answers: validAnswers() });
    const event = () => v2Event('POST', '/api/public/surveys/every-type/responses', { body, headers: { 'content-type': 'application/json' } });
    const first = await invoke(event());
    const replay = await invoke(event());
    expect([first.statusCode, replay.statusCode]).toEqual([201, 200]);
    expect(JSON.parse(replay.body)).toEqual(JSON.parse(first.body));
  });

  it('answers bad input in the one error shape', async () => {
    const result = await invoke(v2Event('POST', '/api/public/surveys/every-type/responses', { body: '{oops' }));
    expect(result.statusCode).toBe(400);
    expect(JSON.parse(result.body)).toMatchObject({ error: { code: 'malformed_body' } });
  });

  it('serves the survey page gzipped and base64-encoded when the phone accepts gzip', async () => {
    const result = await invoke(v2Event('GET', '/s/every-type', { headers: { 'accept-encoding': 'gzip' } }));
    expect(result.statusCode).toBe(200);
    expect(result.isBase64Encoded).toBe(true);
    expect(result.headers['content-encoding']).toBe('gzip');
    const html = gunzipSync(Buffer.from(result.body, 'base64')).toString('utf8');
    expect(html).toContain('全题型测试问卷');
  });
});
