// Hostile and out-of-order input on the briefing routes (学习动态): generated bodies on the organizer's
// API, generated ids and queries on the public /news pages, and publish / withdraw / edit in any order.
// Never a 5xx, always the one error shape (a page for a person), nothing written for a refused body,
// and a briefing is on the public list exactly while it is published.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { respondentAppFor } from '../support/respondent-app.js';
import { organizerFixture, type Fixture } from './organizer-fixture.js';

function isErrorShape(body: unknown): boolean {
  const error = (body as { error?: Record<string, unknown> } | null)?.error;
  return !!error && typeof error.code === 'string' && typeof error.message === 'string' && Object.keys(error).every((k) => ['code', 'message', 'issues'].includes(k));
}

const hostileText = fc.oneof(fc.string({ maxLength: 80 }), fc.constantFrom('', ' ', '<script>alert(1)</script>', '=HYPERLINK("x")', 'x'.repeat(70), '中'.repeat(6000), '\u0000\u202e'));
const nearlyValid = fc
  .record(
    {
      title: fc.oneof(hostileText, fc.integer(), fc.constant(null)),
      date: fc.oneof(fc.constantFrom('2026-12-06', '2026-02-30', '1999-01-01', '2101-01-01', '2026-13-01', '20261206', ''), fc.string({ maxLength: 12 }), fc.integer()),
      text: fc.oneof(hostileText, fc.array(fc.string(), { maxLength: 3 })),
      eventId: fc.oneof(fc.constantFrom('no-such-event', '../x', 'x'.repeat(70)), fc.string({ maxLength: 20 }), fc.integer()),
      photoIds: fc.oneof(fc.array(fc.string({ maxLength: 10 }), { maxLength: 12 }), fc.string(), fc.constant(Array.from({ length: 1000 }, (_, i) => `p${i}`))),
      version: fc.oneof(fc.integer({ min: -2, max: 5 }), fc.string({ maxLength: 3 }), fc.double()),
    },
    { requiredKeys: [] },
  )
  .map((b) => JSON.stringify(b));
const hostileBody = fc.oneof(nearlyValid, fc.jsonValue().map((v) => JSON.stringify(v)), fc.string(), fc.constantFrom('', '{', 'null', '[]', '{"__proto__":{"polluted":true}}', `${'['.repeat(20000)}${']'.repeat(20000)}`));
const hostileId = fc.oneof(fc.string({ maxLength: 80 }), fc.constantFrom('..', '../../etc/passwd', '%2e%2e', 'a/b', '<script>', 'x'.repeat(2000), 'x%00', '学习动态'));

describe('hostile input on briefings', () => {
  let f: Fixture;
  let token: string;
  let respondent: ReturnType<typeof respondentAppFor>;

  beforeAll(async () => {
    f = await organizerFixture();
    token = await f.login({ email: 'staff@district.cn', password: 'staff-password-1' });
    respondent = respondentAppFor(f.table.store);
  }, 60_000);
  afterAll(() => f.table.drop());

  it('POST and PUT /api/briefings: never a 5xx, the error shape, and nothing stored for a refused body', async () => {
    const draft = ((await (await f.api('POST', '/api/briefings', { token, body: { title: '靶子', date: '2026-12-06', text: '正文' } })).json()) as { briefing: { briefingId: string } }).briefing.briefingId;
    let created = 1;
    await fc.assert(
      fc.asyncProperty(hostileBody, fc.boolean(), async (body, put) => {
        const res = await f.app.request(`http://localhost/api/briefings${put ? `/${draft}` : ''}`, { method: put ? 'PUT' : 'POST', body, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' } });
        expect(res.status, body.slice(0, 200)).toBeLessThan(500);
        if (res.status === 201) return void created++;
        if (res.status === 200) return;
        expect([400, 404, 409, 413, 422]).toContain(res.status);
        expect(isErrorShape(await res.json())).toBe(true);
      }),
      { numRuns: 400 },
    );
    expect(await f.table.store.briefings.list()).toHaveLength(created);
  }, 180_000);

  it('the public pages: any id, photo id or query gets an answer, never a 5xx; a person gets a page', async () => {
    await fc.assert(
      fc.asyncProperty(hostileId, hostileId, fc.string({ maxLength: 60 }), fc.constantFrom('', '/photos/', '/briefing.docx'), async (id, photo, query, tail) => {
        const path = `/news/${encodeURIComponent(id)}${tail === '/photos/' ? `/photos/${encodeURIComponent(photo)}` : tail}?page=${encodeURIComponent(query)}&lang=${encodeURIComponent(query)}`;
        const res = await respondent.request(`http://localhost${path}`);
        expect(res.status, path).toBeLessThan(500);
        if (res.status >= 400) expect(res.headers.get('content-type'), path).toContain('text/html');
      }),
      { numRuns: 300 },
    );
    for (const page of ['0', '-1', '999999', 'abc', '1e3', '2.5']) expect((await respondent.request(`http://localhost/news?page=${page}`)).status).toBe(200);
  }, 120_000);

  it('publish, withdraw and edit in any order: only 200, 409 or 422, and listed exactly while published', async () => {
    const ids = await Promise.all(
      ['甲', '乙', '丙'].map(async (title) => ((await (await f.api('POST', '/api/briefings', { token, body: { title, date: '2026-12-01', text: `${title}的正文` } })).json()) as { briefing: { briefingId: string } }).briefing.briefingId),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.record({ which: fc.constantFrom(0, 1, 2), action: fc.constantFrom('publish', 'withdraw', 'edit', 'stale-edit') }), { minLength: 1, maxLength: 12 }), async (steps) => {
        await Promise.all(
          steps.map(async ({ which, action }) => {
            const id = ids[which]!;
            const current = ((await (await f.api('GET', `/api/briefings/${id}`, { token })).json()) as { briefing: { version: number } }).briefing;
            const res =
              action === 'publish' || action === 'withdraw'
                ? await f.api('POST', `/api/briefings/${id}/${action}`, { token })
                : await f.api('PUT', `/api/briefings/${id}`, { token, body: { title: `改 ${which}`, date: '2026-12-02', text: '改过的正文', version: action === 'edit' ? current.version : 1 } });
            expect([200, 409, 422], `${action} ${res.status}`).toContain(res.status);
            if (res.status !== 200) expect(isErrorShape(await res.json())).toBe(true);
          }),
        );
        const listed = new Set((await f.table.store.news.list()).map((e) => e.briefingId));
        for (const id of ids) {
          const { status } = ((await (await f.api('GET', `/api/briefings/${id}`, { token })).json()) as { briefing: { status: string } }).briefing;
          expect(listed.has(id), `${id} ${status}`).toBe(status === 'published');
          expect((await respondent.request(`http://localhost/news/${id}`)).status).toBe(status === 'published' ? 200 : 404);
        }
      }),
      { numRuns: 25 },
    );
  }, 240_000);
});
