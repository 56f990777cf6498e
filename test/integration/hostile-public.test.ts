// Hostile input on every public route: generated bodies, ids, query strings and headers never
// get a 5xx, always get the one error shape, and never write anything.
import { randomUUID } from 'node:crypto';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCatalogue } from '../../shared/demo/demo-catalogue.js';
import { newUnitKey } from '../../shared/unit-links/unit-links.js';
import { keys } from '../../shared/storage/keys.js';
import { createTestTable, type TestTable } from '../support/dynamo-table.js';
import { everyTypeSurvey, validAnswers } from '../support/fixtures.js';
import { respondentAppFor } from '../support/respondent-app.js';

const ERROR_STATUSES = new Set([400, 404, 405, 410, 413, 422]);

function isErrorShape(body: unknown): boolean {
  if (typeof body !== 'object' || body === null) return false;
  const error = (body as { error?: unknown }).error;
  if (typeof error !== 'object' || error === null) return false;
  const e = error as Record<string, unknown>;
  return typeof e.code === 'string' && typeof e.message === 'string' && Object.keys(e).every((k) => ['code', 'message', 'issues'].includes(k));
}

/** Bodies that are almost right, so they get past the first checks and test the later ones. */
const nearlyValidBody = fc
  .record({
    submissionId: fc.oneof(fc.uuid(), fc.string(), fc.integer(), fc.constant(null)),
    answers: fc.oneof(
      fc.dictionary(fc.oneof(fc.constantFrom(...everyTypeSurvey().questions.map((q) => q.id), '__proto__', 'constructor', 'toString'), fc.string()), fc.jsonValue()),
      fc.jsonValue(),
    ),
    accessCode: fc.option(fc.string({ maxLength: 100 }), { nil: undefined }),
  })
  .map((b) => JSON.stringify(b));

const hostileBody = fc.oneof(
  nearlyValidBody,
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.string(),
  fc.constantFrom('', '{', 'null', '[]', '{"answers":{}}', '{"__proto__":{"polluted":true}}', `${'['.repeat(30000)}${']'.repeat(30000)}`),
  fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from([0xff, 0xfe, ...bytes, 0xc3, 0x28])),
);

const hostileId = fc.oneof(fc.string({ maxLength: 80 }), fc.constantFrom('..', '../../etc/passwd', '%2e%2e', 'a/b', 'every-type/../x', '<script>', 'x'.repeat(2000), 'every-type%00'));

describe('hostile input on public routes', () => {
  let table: TestTable;
  let app: ReturnType<typeof respondentAppFor>;
  let logLines: string[];

  async function storedCount() {
    const count = async (pk: string) =>
      (await table.client.send(new QueryCommand({ TableName: table.tableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': pk }, Select: 'COUNT', ConsistentRead: true }))).Count ?? 0;
    return (await count(keys.responsesPartition('every-type'))) + (await count(keys.countersPartition('every-type')));
  }

  beforeAll(async () => {
    table = await createTestTable();
    logLines = [];
    app = respondentAppFor(table.store, { logLines });
    await table.store.surveys.put(everyTypeSurvey());
  });
  afterAll(() => table.drop());

  it('POST responses: never a 5xx, always the error shape, nothing written for a rejected body', async () => {
    const before = await storedCount();
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(hostileBody, fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded', '', 'application/json; charset=gbk'), fc.string({ maxLength: 40 }), async (body, contentType, lang) => {
        const res = await app.request('/api/public/surveys/every-type/responses', { method: 'POST', body, headers: { 'Content-Type': contentType, 'Accept-Language': lang } });
        if (res.status === 201) return void accepted++;
        expect(ERROR_STATUSES.has(res.status), `status ${res.status}`).toBe(true);
        expect(isErrorShape(await res.json())).toBe(true);
      }),
      { numRuns: 1500 },
    );
    // Random bodies never amount to a valid submission, so nothing at all may have been written.
    expect(accepted).toBe(0);
    expect(await storedCount()).toBe(before);
    expect(logLines.filter((l) => l.includes('"level":"ERROR"'))).toEqual([]);
  }, 120_000);

  it('GET survey and survey page: any id or query string gets an answer, never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(hostileId, fc.string({ maxLength: 200 }), fc.constantFrom('/api/public/surveys/', '/s/'), async (id, query, prefix) => {
        const res = await app.request(`${prefix}${encodeURIComponent(id)}?${encodeURIComponent(query)}=${encodeURIComponent(query)}`);
        expect(res.status, id).toBeLessThan(500);
        if (prefix === '/api/public/surveys/' && res.status !== 200) expect(isErrorShape(await res.json())).toBe(true);
        // A person who opened a link gets a page, never the error shape as raw JSON.
        if (prefix === '/s/' && res.status >= 400) expect(res.headers.get('content-type'), id).toContain('text/html');
      }),
      { numRuns: 600 },
    );
  }, 60_000);

  it('the plain form route: any body gets a page or an error, never a 5xx, and nothing is written', async () => {
    const before = await storedCount();
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.webQueryParameters(), fc.constant(`submissionId=${randomUUID()}&q%3Arate=%3Cscript%3E&q%3Atext=%3Cimg%20src%3Dx%3E`)), fc.boolean(), async (body, json) => {
        const res = await app.request('/s/every-type', {
          method: 'POST',
          body,
          headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...(json ? { Accept: 'application/json' } : {}) },
        });
        expect(res.status).toBeLessThan(500);
        // Apart from the page's own (hashed) script, no markup from the body comes back unescaped.
        const text = (await res.text()).replace(/<script>\(function\(\)\{[\s\S]*?<\/script>/, '');
        expect(text).not.toMatch(/<script|<img/i);
      }),
      { numRuns: 400 },
    );
    expect(await storedCount()).toBe(before);
  }, 60_000);

  it('a 10 MB body is refused with 413 before it is read whole', async () => {
    const res = await app.request('/api/public/surveys/every-type/responses', { method: 'POST', body: JSON.stringify({ submissionId: randomUUID(), answers: validAnswers(), pad: 'x'.repeat(10 * 1024 * 1024) }) });
    expect(res.status).toBe(413);
    expect(isErrorShape(await res.json())).toBe(true);
  });

  it('very long strings in every field are refused or stored within their limits', async () => {
    const long = '长'.repeat(20_000);
    const answers = Object.fromEntries(everyTypeSurvey().questions.map((q) => [q.id, long]));
    const res = await app.request('/api/public/surveys/every-type/responses', { method: 'POST', body: JSON.stringify({ submissionId: randomUUID(), answers }) });
    expect(res.status).toBe(413);
    const shorter = Object.fromEntries(everyTypeSurvey().questions.map((q) => [q.id, '长'.repeat(1000)]));
    const res2 = await app.request('/api/public/surveys/every-type/responses', { method: 'POST', body: JSON.stringify({ submissionId: randomUUID(), answers: shorter }) });
    expect(res2.status).toBe(422);
    const body = (await res2.json()) as { error: { issues: unknown[] } };
    expect(body.error.issues).toHaveLength(everyTypeSurvey().questions.length);
  });
});

describe('hostile input on the programme’s public routes (unit pages, menus, requests)', () => {
  let table: TestTable;
  let app: ReturnType<typeof respondentAppFor>;
  let unitKey: string;
  const menuId = 'hostile-menu';

  /** Requests of the menu, current and versions: what a refused request must not touch. */
  async function requestCount() {
    const count = async (pk: string) =>
      (await table.client.send(new QueryCommand({ TableName: table.tableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': pk }, Select: 'COUNT', ConsistentRead: true }))).Count ?? 0;
    return (await count(keys.currentRequestsPartition(menuId))) + (await count(keys.requestVersionBySubmission(menuId, 'x').pk));
  }

  beforeAll(async () => {
    table = await createTestTable();
    app = respondentAppFor(table.store);
    await table.store.catalogue.putAll(demoCatalogue);
    unitKey = newUnitKey();
    await table.store.unitKeys.issue('health', unitKey, new Date().toISOString());
    const item = demoCatalogue.topics[0]!;
    await table.store.menus.create({
      id: menuId,
      title: 'm',
      status: 'published',
      orderDeadline: '2099-01-01T00:00:00.000Z',
      maxPicks: 2,
      formats: ['lecture'],
      items: [{ topicId: item.id, title: item.title, themeId: item.theme, theme: item.theme, experts: [] }],
      createdAt: new Date().toISOString(),
    });
  });
  afterAll(() => table.drop());

  const nearlyValidRequest = fc
    .record({
      submissionId: fc.oneof(fc.uuid(), fc.string(), fc.constant(null)),
      picks: fc.oneof(fc.array(fc.record({ topicId: fc.oneof(fc.constant(demoCatalogue.topics[0]!.id), fc.string()), expertId: fc.option(fc.string(), { nil: undefined }) })), fc.jsonValue()),
      audience: fc.oneof(fc.integer(), fc.double(), fc.string(), fc.constant(null)),
      contact: fc.oneof(fc.record({ name: fc.jsonValue(), phone: fc.jsonValue() }), fc.jsonValue()),
      format: fc.option(fc.jsonValue(), { nil: undefined }),
      preferredTimes: fc.option(fc.jsonValue(), { nil: undefined }),
      note: fc.option(fc.jsonValue(), { nil: undefined }),
    })
    .map((b) => JSON.stringify(b));

  it('PUT a request: never a 5xx, always the error shape, nothing written for a rejected body', async () => {
    const before = await requestCount();
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(fc.oneof(nearlyValidRequest, hostileBody), fc.oneof(fc.constant(unitKey), hostileId), async (body, key) => {
        const res = await app.request(`/api/public/units/${encodeURIComponent(key)}/requests/${menuId}`, { method: 'PUT', body, headers: { 'Content-Type': 'application/json' } });
        if (res.status === 201) return void accepted++;
        expect(ERROR_STATUSES.has(res.status), `status ${res.status}`).toBe(true);
        expect(isErrorShape(await res.json())).toBe(true);
      }),
      { numRuns: 400 },
    );
    expect(await requestCount()).toBe(before + accepted * 2);
  }, 120_000);

  it('GET unit pages, unit and menu JSON: any key, id or query gets an answer, never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(hostileId, fc.string({ maxLength: 100 }), fc.constantFrom('/api/public/units/', '/api/public/menus/', '/u/', `/u/${unitKey}/menus/`), async (id, query, prefix) => {
        const res = await app.request(`${prefix}${encodeURIComponent(id)}?${encodeURIComponent(query)}=1`);
        expect(res.status, id).toBeLessThan(500);
        if (prefix.startsWith('/api/') && res.status !== 200) expect(isErrorShape(await res.json())).toBe(true);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('the request form’s plain POST: any body gets a page or an error, never a 5xx, nothing written', async () => {
    const before = await requestCount();
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.webQueryParameters(), fc.constant(`submissionId=${randomUUID()}&pick%3A1=%3Cscript%3E&q%3Anote=%3Cimg%20src%3Dx%3E`)), fc.boolean(), async (body, json) => {
        const res = await app.request(`/u/${unitKey}/menus/${menuId}`, { method: 'POST', body, headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...(json ? { Accept: 'application/json' } : {}) } });
        expect(res.status).toBeLessThan(500);
        const text = (await res.text()).replace(/<script>\(function\(\)\{[\s\S]*?<\/script>/, '');
        expect(text).not.toMatch(/<script|<img/i);
      }),
      { numRuns: 200 },
    );
    expect(await requestCount()).toBe(before);
  }, 60_000);
});
