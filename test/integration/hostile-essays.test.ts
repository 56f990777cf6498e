// Hostile input on the essay call's public routes (征文, 专家点评): generated bodies, keys, ids and
// form posts never get a 5xx, always the error shape (API) or a page (forms), never reflected markup;
// what is stored is what was acknowledged (an essay's version counts its acknowledged saves, an
// expert has at most one review per essay).
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCatalogue } from '../../shared/demo/demo-catalogue.js';
import { createEssayCall, stepEssayCall } from '../../shared/essays/essay-calls.js';
import { issueExpertKey } from '../../shared/experts/expert-links.js';
import { issueUnitKey } from '../../shared/unit-links/unit-links.js';
import { createTestTable, type TestTable } from '../support/dynamo-table.js';
import { respondentAppFor } from '../support/respondent-app.js';

const ERROR_STATUSES = new Set([400, 404, 405, 409, 410, 413, 415, 422]);

function isErrorShape(body: unknown): boolean {
  const error = (body as { error?: Record<string, unknown> } | null)?.error;
  return typeof error === 'object' && error !== null && typeof error.code === 'string' && typeof error.message === 'string' && Object.keys(error).every((k) => ['code', 'message', 'issues'].includes(k));
}

const hostileText = fc.oneof(fc.string({ maxLength: 60 }), fc.constantFrom('<script>alert(1)</script>', '', ' ', 'x'.repeat(40_000), '=CMD|calc!A1'), fc.jsonValue());
const hostileEssay = fc.oneof(
  fc.record({ themeId: fc.oneof(fc.constantFrom('party-cause', 'economy', '__proto__', '../x'), fc.string()), title: hostileText, authors: hostileText, text: hostileText }, { requiredKeys: [] }).map((b) => JSON.stringify(b)),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.string(),
  fc.constantFrom('', '{', 'null', '[]', '{"__proto__":{"polluted":true}}', `${'['.repeat(30000)}${']'.repeat(30000)}`),
);
const hostileReview = fc.oneof(
  fc.record({ score: fc.oneof(fc.integer({ min: -5, max: 105 }), fc.double(), fc.string(), fc.constant(null)), comment: hostileText }, { requiredKeys: [] }).map((b) => JSON.stringify(b)),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.string(),
  fc.constantFrom('', '{', 'null', '[]'),
);
const hostileId = fc.oneof(fc.string({ maxLength: 80 }), fc.constantFrom('..', '../../etc/passwd', '%2e%2e', 'a/b', '<script>', 'x'.repeat(2000), 'abc%00'));

describe('hostile input on the essay call routes', () => {
  let table: TestTable;
  let app: ReturnType<typeof respondentAppFor>;
  let at = Date.parse('2026-03-01T00:00:00Z');
  const clock = { now: () => new Date(at) };
  let callId: string;
  let unitKey: string;
  let expertKey: string;

  beforeAll(async () => {
    table = await createTestTable();
    await table.store.catalogue.putAll(demoCatalogue);
    app = respondentAppFor(table.store, { clock });
    const deps = { essays: table.store.essays, catalogueRecords: table.store.catalogueRecords, clock, newId: randomUUID, timeZone: 'Asia/Shanghai' };
    callId = (await createEssayCall(deps, { title: '征文', themeIds: ['party-cause'], deadline: '2026-03-10T18:00', rules: '' }, 'admin@district.cn')).id;
    await stepEssayCall(deps, callId, 'open');
    unitKey = (await issueUnitKey({ ...table.store, clock }, 'dongfeng-st')).key;
    expertKey = (await issueExpertKey({ ...table.store, clock }, 'e-wang')).key;
  });
  afterAll(() => table.drop());

  it('PUT an essay: never a 5xx, the error shape for every refusal; the stored version counts the acknowledged saves', async () => {
    let saves = 0;
    await fc.assert(
      fc.asyncProperty(hostileEssay, fc.constantFrom('application/json', 'text/plain', ''), async (body, contentType) => {
        const res = await app.request(`/api/public/units/${unitKey}/essay-calls/${callId}/essay`, { method: 'PUT', body, headers: { 'Content-Type': contentType } });
        if (res.status === 201 || res.status === 200) return void (saves += 1);
        expect(ERROR_STATUSES.has(res.status), `status ${res.status}`).toBe(true);
        expect(isErrorShape(await res.json())).toBe(true);
      }),
      { numRuns: 300 },
    );
    const essay = await table.store.essays.essayOfUnit(callId, 'dongfeng-st');
    expect(essay?.version ?? 0).toBe(saves);
  });

  it('the essay form post: any body gets a page, never a 5xx and never reflected markup', async () => {
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.constantFrom('themeId', 'title', 'authors', 'text', 'x'), fc.oneof(fc.string({ maxLength: 40 }), fc.constant('<script>alert(1)</script>'))), async (fields) => {
        const res = await app.request(`/u/${unitKey}/essay-calls/${callId}`, { method: 'POST', body: new URLSearchParams(fields).toString(), headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'http://localhost' } });
        expect(res.status, `status ${res.status}`).toBeLessThan(500);
        expect(await res.text()).not.toContain('<script>alert(1)');
      }),
      { numRuns: 120 },
    );
  });

  it('GET every essay route with any key or id: an answer, never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(hostileId, hostileId, async (a, b) => {
        const paths = [
          `/api/public/units/${encodeURIComponent(a)}/essay-calls`,
          `/u/${unitKey}/essay-calls/${encodeURIComponent(a)}`,
          `/api/public/experts/${encodeURIComponent(a)}/essay-calls`,
          `/api/public/experts/${expertKey}/essay-calls/${encodeURIComponent(a)}/essays/${encodeURIComponent(b)}`,
          `/e/${expertKey}/essay-calls/${callId}/essays/${encodeURIComponent(b)}`,
        ];
        for (const path of paths) expect((await app.request(path)).status, path).toBeLessThan(500);
      }),
      { numRuns: 60 },
    );
  });

  it('POST a review (JSON and form): never a 5xx, the error shape on the API, at most one stored review', async () => {
    at = Date.parse('2026-03-11T00:00:00Z'); // after the deadline: under review
    const essay = await table.store.essays.essayOfUnit(callId, 'dongfeng-st');
    const essayId = essay?.id ?? randomUUID();
    let added = 0;
    await fc.assert(
      fc.asyncProperty(hostileReview, hostileId, async (body, id) => {
        const target = id.length % 3 === 0 ? essayId : encodeURIComponent(id);
        const res = await app.request(`/api/public/experts/${expertKey}/essay-calls/${callId}/essays/${target}/review`, { method: 'POST', body, headers: { 'Content-Type': 'application/json' } });
        if (res.status === 201) return void (added += 1);
        if (res.status === 200) return;
        expect(ERROR_STATUSES.has(res.status), `status ${res.status}`).toBe(true);
        expect(isErrorShape(await res.json())).toBe(true);
      }),
      { numRuns: 300 },
    );
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.constantFrom('score', 'comment'), fc.oneof(fc.string({ maxLength: 8 }), fc.constant('<script>alert(1)</script>'))), async (fields) => {
        const res = await app.request(`/e/${expertKey}/essay-calls/${callId}/essays/${essayId}/review`, { method: 'POST', body: new URLSearchParams(fields).toString(), headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'http://localhost' } });
        expect(res.status, `status ${res.status}`).toBeLessThan(500);
        expect(await res.text()).not.toContain('<script>alert(1)');
      }),
      { numRuns: 80 },
    );
    const reviews = (await table.store.essays.reviews(callId)).filter((r) => r.expertId === 'e-wang');
    expect(reviews.length).toBeLessThanOrEqual(1);
    expect(added).toBeLessThanOrEqual(1);
  });
});
