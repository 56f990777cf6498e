// Hostile input on the sign-in routes (签到): generated bodies, ids and form posts never get a 5xx,
// always the error shape (API) or a page (form), never reflected markup; what is stored equals what
// was acknowledged, and the count on the shards equals the stored sign-ins.
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCatalogue } from '../../shared/demo/demo-catalogue.js';
import { signInCount } from '../../shared/lectures/feedback-counters.js';
import { scheduleLecture } from '../../shared/lectures/schedule-lecture.js';
import { createTestTable, type TestTable } from '../support/dynamo-table.js';
import { respondentAppFor } from '../support/respondent-app.js';

const ERROR_STATUSES = new Set([400, 404, 405, 410, 413, 415, 422]);

function isErrorShape(body: unknown): boolean {
  const error = (body as { error?: Record<string, unknown> } | null)?.error;
  return typeof error === 'object' && error !== null && typeof error.code === 'string' && typeof error.message === 'string' && Object.keys(error).every((k) => ['code', 'message', 'issues'].includes(k));
}

const hostileBody = fc.oneof(
  fc
    .record(
      {
        signInId: fc.oneof(fc.uuid(), fc.string(), fc.integer(), fc.constant(null)),
        name: fc.oneof(fc.string({ maxLength: 60 }), fc.constant('<script>alert(1)</script>'), fc.jsonValue()),
        unitId: fc.oneof(fc.constantFrom('health', 'dongfeng-st', '__proto__', '../x'), fc.string()),
        unitName: fc.oneof(fc.string({ maxLength: 100 }), fc.integer()),
      },
      { requiredKeys: [] },
    )
    .map((b) => JSON.stringify(b)),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.string(),
  fc.constantFrom('', '{', 'null', '[]', '{"__proto__":{"polluted":true}}', `${'['.repeat(30000)}${']'.repeat(30000)}`),
);

const hostileId = fc.oneof(fc.string({ maxLength: 80 }), fc.constantFrom('..', '../../etc/passwd', '%2e%2e', 'a/b', '<script>', 'x'.repeat(2000), 'abc%00'));

describe('hostile input on the sign-in routes', () => {
  let table: TestTable;
  let app: ReturnType<typeof respondentAppFor>;
  let lectureId: string;
  const clock = { now: () => new Date('2026-03-01T06:00:00Z') }; // 14:00 district time, the lecture's start

  const stored = async () => {
    const ids: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await table.store.signIns.list(lectureId, { cursor });
      ids.push(...page.items.map((s) => s.signInId));
      cursor = page.cursor;
    } while (cursor);
    return ids;
  };

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

  it('POST sign-ins: never a 5xx, the error shape for every refusal; stored = acknowledged = counted', async () => {
    const acknowledged = new Set<string>();
    await fc.assert(
      fc.asyncProperty(hostileBody, fc.constantFrom('application/json', 'text/plain', ''), async (body, contentType) => {
        const res = await app.request(`/api/public/lectures/${lectureId}/sign-ins`, { method: 'POST', body, headers: { 'Content-Type': contentType } });
        if (res.status === 201 || res.status === 200) return void acknowledged.add(((await res.json()) as { signInId: string }).signInId);
        expect(ERROR_STATUSES.has(res.status), `status ${res.status}`).toBe(true);
        expect(isErrorShape(await res.json())).toBe(true);
      }),
      { numRuns: 500 },
    );
    const ids = await stored();
    expect(new Set(ids)).toEqual(acknowledged);
    expect(Number(signInCount((await table.store.lectures.counters([lectureId])).get(lectureId) ?? {}))).toBe(ids.length);
  }, 120_000);

  it('GET the sign-in page and form with any id: never a 5xx; pages answer pages, the API the error shape', async () => {
    await fc.assert(
      fc.asyncProperty(hostileId, fc.constantFrom('/sign-in/', '/api/public/lectures/'), async (id, prefix) => {
        const path = prefix === '/sign-in/' ? `/sign-in/${encodeURIComponent(id)}` : `/api/public/lectures/${encodeURIComponent(id)}/sign-in`;
        const res = await app.request(path);
        expect(res.status, id).toBeLessThan(500);
        if (prefix !== '/sign-in/' && res.status !== 200) expect(isErrorShape(await res.json())).toBe(true);
        if (prefix === '/sign-in/' && res.status >= 400) expect(res.headers.get('content-type'), id).toContain('text/html');
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('the plain form route: any body gets a page or an error, never a 5xx, no reflected markup', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.webQueryParameters(), fc.constant(`signInId=${randomUUID()}&name=%3Cscript%3E&unitName=%3Cimg%20src%3Dx%3E`)), async (body) => {
        const res = await app.request(`/sign-in/${lectureId}`, { method: 'POST', body, headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
        expect(res.status).toBeLessThan(500);
        const text = (await res.text()).replace(/<script>\(function\(\)\{[\s\S]*?<\/script>/, '');
        expect(text).not.toMatch(/<script|<img/i);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
