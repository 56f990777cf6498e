// Hostile input on the lecture feedback routes: generated bodies, ids and form posts never get a 5xx,
// always get the error shape (API) or a page (form), and never write anything.
import { randomUUID } from 'node:crypto';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCatalogue } from '../../shared/demo/demo-catalogue.js';
import { scheduleLecture } from '../../shared/lectures/schedule-lecture.js';
import { keys } from '../../shared/storage/keys.js';
import { createTestTable, type TestTable } from '../support/dynamo-table.js';
import { respondentAppFor } from '../support/respondent-app.js';

const ERROR_STATUSES = new Set([400, 404, 405, 410, 413, 422]);

function isErrorShape(body: unknown): boolean {
  if (typeof body !== 'object' || body === null) return false;
  const error = (body as { error?: unknown }).error;
  if (typeof error !== 'object' || error === null) return false;
  const e = error as Record<string, unknown>;
  return typeof e.code === 'string' && typeof e.message === 'string' && Object.keys(e).every((k) => ['code', 'message', 'issues'].includes(k));
}

const QUESTION_IDS = ['lecture', 'teacher', 'organization', 'lecture-suggestion', 'teacher-suggestion', 'organization-suggestion'];

const hostileBody = fc.oneof(
  fc
    .record({
      submissionId: fc.oneof(fc.uuid(), fc.string(), fc.integer(), fc.constant(null)),
      answers: fc.oneof(fc.dictionary(fc.oneof(fc.constantFrom(...QUESTION_IDS, '__proto__', 'constructor'), fc.string()), fc.jsonValue()), fc.jsonValue()),
    })
    .map((b) => JSON.stringify(b)),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.string(),
  fc.constantFrom('', '{', 'null', '[]', '{"answers":{}}', '{"__proto__":{"polluted":true}}', `${'['.repeat(30000)}${']'.repeat(30000)}`),
  fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from([0xff, 0xfe, ...bytes, 0xc3, 0x28])),
);

const hostileId = fc.oneof(fc.string({ maxLength: 80 }), fc.constantFrom('..', '../../etc/passwd', '%2e%2e', 'a/b', '<script>', 'x'.repeat(2000), 'abc%00'));

describe('hostile input on lecture feedback routes', () => {
  let table: TestTable;
  let app: ReturnType<typeof respondentAppFor>;
  let lectureId: string;
  const clock = { now: () => new Date('2026-03-01T08:00:00Z') };

  async function stored() {
    const count = async (pk: string) =>
      (await table.client.send(new QueryCommand({ TableName: table.tableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': pk }, ConsistentRead: true }))).Items ?? [];
    const feedback = (await count(keys.feedbackPartition(lectureId))).length;
    const counters = JSON.stringify(await count(`LECTURE#${lectureId}#COUNTERS`));
    return { feedback, counters };
  }

  beforeAll(async () => {
    table = await createTestTable();
    await table.store.catalogue.putAll(demoCatalogue);
    app = respondentAppFor(table.store, { clock });
    const lecture = await scheduleLecture(
      { ...table.store, clock, newId: randomUUID, timeZone: 'Asia/Shanghai' },
      { topicId: 't-health', expertId: 'e-zhao', unitIds: ['health'], startsAt: '2026-03-01T14:00', durationMinutes: 90, place: '会议室' },
    );
    lectureId = lecture.id;
  });
  afterAll(() => table.drop());

  it('POST feedback: never a 5xx, always the error shape, nothing written for a rejected body', async () => {
    const before = await stored();
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(hostileBody, fc.constantFrom('application/json', 'text/plain', ''), async (body, contentType) => {
        const res = await app.request(`/api/public/lectures/${lectureId}/feedback`, { method: 'POST', body, headers: { 'Content-Type': contentType } });
        if (res.status === 201) return void accepted++;
        expect(ERROR_STATUSES.has(res.status), `status ${res.status}`).toBe(true);
        expect(isErrorShape(await res.json())).toBe(true);
      }),
      { numRuns: 600 },
    );
    expect(accepted).toBe(0);
    expect(await stored()).toEqual(before);
  }, 120_000);

  it('GET the feedback form and page with any id: never a 5xx; the page route answers pages', async () => {
    await fc.assert(
      fc.asyncProperty(hostileId, fc.constantFrom('/api/public/lectures/', '/f/'), async (id, prefix) => {
        const path = prefix === '/f/' ? `/f/${encodeURIComponent(id)}` : `/api/public/lectures/${encodeURIComponent(id)}/feedback-form`;
        const res = await app.request(path);
        expect(res.status, id).toBeLessThan(500);
        if (prefix !== '/f/' && res.status !== 200) expect(isErrorShape(await res.json())).toBe(true);
        if (prefix === '/f/' && res.status >= 400) expect(res.headers.get('content-type'), id).toContain('text/html');
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('the plain form route: any body gets a page or an error, never a 5xx, no reflected markup, nothing written', async () => {
    const before = await stored();
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.webQueryParameters(), fc.constant(`submissionId=${randomUUID()}&q%3Aorganization=%3Cscript%3E&q%3Alecture-suggestion=%3Cimg%20src%3Dx%3E`)), fc.boolean(), async (body, json) => {
        const res = await app.request(`/f/${lectureId}`, { method: 'POST', body, headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...(json ? { Accept: 'application/json' } : {}) } });
        expect(res.status).toBeLessThan(500);
        const text = (await res.text()).replace(/<script>\(function\(\)\{[\s\S]*?<\/script>/, '');
        expect(text).not.toMatch(/<script|<img/i);
      }),
      { numRuns: 300 },
    );
    expect(await stored()).toEqual(before);
  }, 60_000);
});
