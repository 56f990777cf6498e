// Hostile input on every organizer route, signed in as admin: never a 5xx, the one error shape on the API, no unescaped reflection, no write on refusal.
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORGANIZER_BODY_LIMIT } from '../../functions/organizer/app.js';
import { ORGANIZER_ROUTES, type RouteSpec } from '../../functions/organizer/route-table.js';
import { keys } from '../../shared/storage/keys.js';
import { createAccount } from '../../shared/accounts/create-account.js';
import { randomUUID } from 'node:crypto';
import { ADMIN, ORGANIZER, ORIGIN, organizerFixture, type Fixture } from './organizer-fixture.js';
import { previewScript } from '../../functions/respondent/pages/form-script.js';
import { printScript } from '../../functions/organizer/pages/print-script.js';
import { editorScript } from '../../functions/organizer/pages/editor-script.js';

const ROUTES = ORGANIZER_ROUTES as readonly RouteSpec[];
const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(1)>';
const FORMULAS = ['=HYPERLINK("http://evil")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1', '=cmd|"/c calc"!A1'];
const FORMULA_START = /^[=+\-@\t\r]/;

function isErrorShape(body: unknown): boolean {
  if (typeof body !== 'object' || body === null) return false;
  const error = (body as { error?: unknown }).error;
  if (typeof error !== 'object' || error === null || Object.keys(body).length !== 1) return false;
  const e = error as Record<string, unknown>;
  return typeof e.code === 'string' && typeof e.message === 'string' && Object.keys(e).every((k) => ['code', 'message', 'issues'].includes(k));
}

/** Markup that came back as markup: the dashboard has no script or img of its own. */
/** Markup that came from input: any script or image other than the dashboard's own (hashed in the CSP) scripts. */
function reflectsMarkup(html: string): boolean {
  return /<script|<img/i.test(html.replace(`<script>${editorScript}</script>`, '').replace(`<script>${previewScript}</script>`, '').replace(`<script>${printScript}</script>`, ''));
}

const printable = (maxLength: number) => fc.string({ unit: 'grapheme-ascii', maxLength });

const deep = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
const deepObject = (n: number) => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`;

/** Bodies for JSON routes: valid-looking shapes with wrong types, junk, deep nesting, bad bytes. */
const jsonBody = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
  fc
    .record(
      {
        email: fc.oneof(fc.constant('victim@district.cn'), fc.string(), fc.integer(), fc.constant(null)),
        password: fc.oneof(fc.string({ maxLength: 300 }), fc.array(fc.string()), fc.constant({})),
        template: fc.oneof(fc.constantFrom('needs', 'feedback', 'blank', '__proto__', SCRIPT), fc.integer()),
        title: fc.oneof(fc.string(), fc.constant(SCRIPT), fc.constant('x'.repeat(5000)), fc.integer()),
        definition: fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constant(JSON.parse('{"__proto__":{"polluted":true}}') as unknown)),
        id: fc.oneof(fc.constantFrom('../x', '__proto__', SCRIPT, 'constructor'), fc.string()),
        name: fc.oneof(fc.constant(IMG), fc.string(), fc.constant({ toString: 1 })),
        front: fc.oneof(fc.string(), fc.constant('east')),
        questions: fc.oneof(fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }), fc.string()),
        units: fc.oneof(fc.array(fc.record({ unitId: fc.string(), count: fc.oneof(fc.integer(), fc.double()) }), { maxLength: 2 }), fc.constant(-1)),
        opensAt: fc.oneof(fc.string(), fc.constant('2026-13-45T99:99'), fc.constant(null)),
        responseLimit: fc.oneof(fc.integer(), fc.double(), fc.string(), fc.constant(1e309)),
        role: fc.constantFrom('admin', 'organizer', 'root', '__proto__'),
      },
      { requiredKeys: [] },
    )
    .map((b) => JSON.stringify(b)),
  fc.string({ maxLength: 200 }),
  fc.constantFrom('', '{', 'null', '[]', '"x"', '1e309', '{"__proto__":{"polluted":true}}', '{"constructor":{"prototype":{"polluted":true}}}', deep(20_000), deepObject(5_000)),
  fc.uint8Array({ maxLength: 200 }).map((bytes) => new Uint8Array([0xff, 0xfe, ...bytes, 0xc3, 0x28])),
);

/** Bodies for dashboard form posts: form fields the pages read, with markup and junk in them. */
const formBody = fc.oneof(
  fc.webQueryParameters(),
  fc.string({ maxLength: 200 }),
  fc
    .dictionary(
      fc.constantFrom('email', 'password', 'next', 'template', 'title', 'definition', 'type', 'opensAt', 'closesAt', 'responseLimit', 'requireAccessCode', 'count', 'unitId', 'id', 'name', 'nameEn', 'front', 'theme', 'topics', 'retired', '__proto__'),
      fc.oneof(fc.string({ maxLength: 100 }), fc.constantFrom(SCRIPT, IMG, '//evil.example', 'javascript:alert(1)', '-1', '1e309', 'NaN', '{"title":"<script>x</script>"}', 'x'.repeat(3000))),
    )
    .map((d) => new URLSearchParams(Object.entries(d)).toString()),
  fc.uint8Array({ maxLength: 200 }).map((bytes) => new Uint8Array([0xff, 0xfe, ...bytes, 0xc3, 0x28])),
);

const hostileParam = (valid: string) =>
  fc.oneof(
    { arbitrary: fc.constant(valid), weight: 3 },
    { arbitrary: fc.string({ maxLength: 80 }), weight: 2 },
    {
      arbitrary: fc.constantFrom('..', '../../etc/passwd', '..%2f..%2fetc%2fpasswd', '%2e%2e', 'a/b', SCRIPT, IMG, 'x'.repeat(5000), '__proto__', 'constructor', 'prototype', '\u0000', '长'.repeat(300)),
      weight: 2,
    },
  );

/** Page cursors as a client could hand-edit them: base64url JSON naming key attributes with any values. */
const forgedCursor = fc
  .dictionary(fc.constantFrom('pk', 'sk', 'gsi1pk', 'gsi1sk', '__proto__'), fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('', 'AUDIT', 'SURVEYS')), { maxKeys: 4 })
  .map((key) => Buffer.from(JSON.stringify(key)).toString('base64url'));

const queryString = fc
  .dictionary(
    fc.oneof(fc.constantFrom('unit', 'front', 'by', 'question', 'cursor', 'limit', 'lang', 'next', 'saved', '__proto__'), fc.string({ maxLength: 20 })),
    fc.oneof(fc.string({ maxLength: 100 }), forgedCursor, fc.constantFrom('-1', '0', '1.5', '0x10', '1e309', 'NaN', '99999999999', 'unit', 'front', SCRIPT, 'x'.repeat(3000), '//evil.example')),
    { maxKeys: 4 },
  )
  .map((d) => new URLSearchParams(Object.entries(d)).toString());

const headers = fc.record({
  contentType: fc.oneof(fc.constantFrom('application/json', 'application/x-www-form-urlencoded', 'text/plain', 'multipart/form-data; boundary=x', 'application/json; charset=gbk', ''), printable(60)),
  acceptLanguage: fc.oneof(fc.constantFrom('zh-CN,zh;q=0.9', 'en', '*', 'xx-YY;q=abc', ';;;', 'en;q=2'), printable(60)),
  origin: fc.oneof(fc.constantFrom(ORIGIN, 'https://evil.example', 'null'), printable(60)),
});

describe('hostile input on organizer routes', () => {
  let f: Fixture;
  let adminToken: string;
  let draftId: string;
  let unitId: string;
  let frontId: string;
  let menuId: string;
  let templateId: string;

  /** Table items a rejected request must not touch: all but the audit log and login throttles, which change legitimately. */
  async function storedCount(): Promise<number> {
    let total = 0;
    let start: Record<string, unknown> | undefined;
    do {
      const page = await f.table.client.send(
        new ScanCommand({
          TableName: f.table.tableName,
          Select: 'COUNT',
          ConsistentRead: true,
          FilterExpression: 'pk <> :audit AND sk <> :throttle',
          ExpressionAttributeValues: { ':audit': keys.auditPartition(), ':throttle': keys.loginThrottle('x').sk },
          ...(start ? { ExclusiveStartKey: start } : {}),
        }),
      );
      total += page.Count ?? 0;
      start = page.LastEvaluatedKey;
    } while (start);
    return total;
  }

  beforeAll(async () => {
    f = await organizerFixture();
    adminToken = await f.login(ADMIN);
    const created = await f.api('POST', '/api/surveys', { token: adminToken, body: { template: 'needs' } });
    draftId = ((await created.json()) as { survey: { id: string } }).survey.id;
    const catalogue = (await (await f.api('GET', '/api/catalogue', { token: adminToken })).json()) as { units: { id: string; front: string }[] };
    unitId = catalogue.units[0]!.id;
    frontId = catalogue.units[0]!.front;
    const menu = await f.api('POST', '/api/menus', { token: adminToken, body: { title: 'm', orderDeadline: '2026-12-31T18:00', maxPicks: 1, items: [{ topicId: 't-ecology', expertIds: [] }] } });
    menuId = ((await menu.json()) as { menuId: string }).menuId;
    const template = await f.api('POST', `/api/surveys/${draftId}/template`, { token: adminToken, body: { name: '模板' } });
    templateId = ((await template.json()) as { templateId: string }).templateId;
  });
  afterAll(() => f.table.drop());

  async function throwawayAdmin(): Promise<string> {
    const account = { email: `admin-${randomUUID()}@district.cn`, password: 'throwaway-password-1' };
    await createAccount({ accounts: f.table.store.accounts, clock: f.clock }, { ...account, role: 'admin' });
    return f.login(account);
  }

  it('covers every route in the route table', () => {
    expect(ROUTES.length).toBeGreaterThan(40);
  });

  describe.each(ROUTES.map((r) => ({ ...r, name: `${r.method} ${r.path}` })))('$name', (route) => {
    it('never a 5xx, the error shape on the API, no reflected markup, nothing written when refused', async () => {
      const isApi = route.path.startsWith('/api/');
      // Signing out ends the session it is called with, so it gets one of its own.
      // Signing out everywhere ends every session of its account: it gets an account of its own.
      const token = route.path.endsWith('/logout') ? await f.login(ADMIN) : route.path.endsWith('/logout-everywhere') ? await throwawayAdmin() : adminToken;
      const valid: Record<string, string> = { surveyId: draftId, section: 'units', id: unitId, unitId, menuId, templateId, requestId: `${menuId}~${unitId}`, file: 'responses.csv' };
      const params = [...route.path.matchAll(/:(\w+)/g)].map((m) => m[1]!);
      let count = await storedCount();
      await fc.assert(
        fc.asyncProperty(
          fc.tuple(...params.map((p) => hostileParam(valid[p] ?? 'x1'))),
          fc.boolean(),
          queryString,
          headers,
          isApi ? jsonBody : formBody,
          async (values, encode, query, h, body) => {
            let path = route.path;
            params.forEach((p, i) => (path = path.replace(`:${p}`, encode ? encodeURIComponent(values[i]!) : values[i]!)));
            let url: URL;
            try {
              url = new URL(`${ORIGIN}${path}${query ? `?${query}` : ''}`);
            } catch {
              return; // not a URL a client could send
            }
            const hasBody = route.method !== 'GET';
            const res = await f.app.request(url.href, {
              method: route.method,
              headers: {
                authorization: `Bearer ${token}`,
                'accept-language': h.acceptLanguage,
                origin: h.origin,
                ...(hasBody ? { 'content-type': h.contentType } : {}),
              },
              ...(hasBody ? { body } : {}),
            });
            const label = `${route.method} ${url.pathname.slice(0, 120)} -> ${res.status}`;
            expect(res.status, label).toBeLessThan(500);
            const type = res.headers.get('content-type') ?? '';
            const text = await res.text();
            // Dot segments can carry a hostile id out of /api/ (URL normalisation); what was sent decides page or JSON.
            const sentToApi = url.pathname.startsWith('/api/');
            if (sentToApi && res.status >= 400) expect(isErrorShape(JSON.parse(text)), `${label}: ${text.slice(0, 200)}`).toBe(true);
            if (!sentToApi && res.status >= 400) expect(type, `${label}: a page path answers a page`).toContain('text/html');
            if (type.includes('text/html')) expect(reflectsMarkup(text), label).toBe(false);
            const location = res.headers.get('location');
            if (location) expect(location, label).toMatch(/^\/(?!\/)/);
            if (res.status >= 400) expect(await storedCount(), `${label}: a refused request wrote to the table`).toBe(count);
            else if (hasBody) count = await storedCount();
          },
        ),
        { numRuns: 15 },
      );
    }, 30_000);
  });

  it('answers a hand-edited page cursor with 400 invalid_cursor, not a 500 from the store', async () => {
    const cursor = (key: unknown) => Buffer.from(JSON.stringify(key)).toString('base64url');
    const forged = [{ pk: 'x', sk: 'y' }, { pk: 'AUDIT', sk: '' }, { sk: 'y' }, { pk: '' }, { gsi1pk: 'x', gsi1sk: 'y', pk: 'a', sk: 'b' }, { pk: 'AUDIT', sk: 'y', gsi1pk: 'z' }];
    for (const key of forged) {
      for (const path of ['/api/audit', `/api/surveys/${draftId}/text-answers?question=suggestions`, `/api/surveys/${draftId}/text-answers?question=suggestions&unit=${unitId}`]) {
        const res = await f.api('GET', `${path}${path.includes('?') ? '&' : '?'}cursor=${cursor(key)}`, { token: adminToken });
        const body = (await res.json()) as { error: { code: string } };
        expect(res.status, `${path} ${JSON.stringify(key)}`).toBe(400);
        expect(body.error.code).toBe('invalid_cursor');
      }
    }
    // A cursor the API handed out still works.
    const first = (await (await f.api('GET', '/api/audit?limit=1', { token: adminToken })).json()) as { cursor?: string };
    expect(first.cursor).toBeDefined();
    expect((await f.api('GET', `/api/audit?limit=1.5&cursor=${first.cursor!}`, { token: adminToken })).status).toBe(200);
  });

  it('refuses deeply nested JSON on every JSON route without a 5xx or a write', async () => {
    const before = await storedCount();
    // Archiving takes no body and writes the survey's settings item, created on first use: left out here.
    for (const route of ROUTES.filter((r) => r.path.startsWith('/api/') && r.method !== 'GET' && !r.path.endsWith('/logout') && !r.path.endsWith('/logout-everywhere') && !/\/(un)?archive$/.test(r.path))) {
      const path = route.path.replace(':surveyId', draftId).replace(':section', 'units').replace(':id', unitId);
      for (const body of [deep(100_000), deepObject(50_000), `{"definition":${deep(50_000)}}`, `{"name":${deepObject(3_000)}}`]) {
        const res = await f.api(route.method, path, { token: adminToken, body });
        const label = `${route.method} ${route.path}`;
        // Routes that take no body (publish, retire...) may succeed; the rest must refuse.
        expect(res.status, label).toBeLessThan(500);
        if (res.status >= 400) expect(isErrorShape(await res.json()), label).toBe(true);
      }
    }
    // Publishing and retiring legitimately change items but add none; nothing else may have landed.
    expect(await storedCount()).toBe(before);
  }, 30_000);

  it('refuses a body over the organizer limit with 413 on API and page routes, before any write', async () => {
    const before = await storedCount();
    const big = JSON.stringify({ template: 'needs', title: 'x', pad: 'x'.repeat(ORGANIZER_BODY_LIMIT + 1) });
    const api = await f.api('POST', '/api/surveys', { token: adminToken, body: big });
    expect(api.status).toBe(413);
    expect(isErrorShape(await api.json())).toBe(true);
    const tenMb = await f.api('PUT', `/api/surveys/${draftId}/definition`, { token: adminToken, body: `{"title":"${'长'.repeat(10 * 1024 * 1024 / 3)}"}` });
    expect(tenMb.status).toBe(413);
    const page = await f.app.request(`${ORIGIN}/admin/surveys`, {
      method: 'POST',
      headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: `template=needs&title=${'x'.repeat(ORGANIZER_BODY_LIMIT + 1)}`,
    });
    expect(page.status).toBe(413);
    expect(await storedCount()).toBe(before);
  });

  it('treats invalid UTF-8 as text: a 4xx in the error shape, never a 5xx or a write', async () => {
    const before = await storedCount();
    const bad = new Uint8Array([0x7b, 0x22, 0x74, 0x69, 0x74, 0x6c, 0x65, 0x22, 0x3a, 0x22, 0xff, 0xc3, 0x28, 0xed, 0xa0, 0x80, 0x22]); // {"title":"<bad>"
    for (const [method, path] of [['POST', '/api/surveys'], ['PUT', `/api/surveys/${draftId}/definition`], ['POST', '/api/catalogue/units'], ['POST', '/api/auth/login']] as const) {
      const res = await f.api(method, path, { token: adminToken, body: new TextDecoder('latin1').decode(bad) });
      const raw = await f.app.request(`${ORIGIN}${path}`, { method, headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' }, body: bad });
      for (const r of [res, raw]) {
        expect(r.status, path).toBeGreaterThanOrEqual(400);
        expect(r.status, path).toBeLessThan(500);
        expect(isErrorShape(await r.json())).toBe(true);
      }
    }
    expect(await storedCount()).toBe(before);
  });

  it('ignores prototype-pollution keys in survey definitions and catalogue records', async () => {
    const survey = (await (await f.api('POST', '/api/surveys', { token: adminToken, body: { template: 'feedback' } })).json()) as { survey: Record<string, unknown> };
    const def = JSON.stringify({ ...survey.survey, title: '原型' });
    const polluted = `{"__proto__":{"polluted":"yes","status":"published"},"constructor":{"prototype":{"polluted":"yes"}},${def.slice(1)}`;
    const res = await f.api('PUT', `/api/surveys/${String(survey.survey.id)}/definition`, { token: adminToken, body: polluted });
    expect(res.status).toBeLessThan(500);
    const record = `{"__proto__":{"polluted":"yes","retired":true},"constructor":{"prototype":{"polluted":"yes"}},"id":"proto-unit","name":"原型单位","front":"${frontId}"}`;
    const created = await f.api('POST', '/api/catalogue/units', { token: adminToken, body: record });
    expect(created.status).toBeLessThan(500);
    const edited = await f.api('PUT', `/api/catalogue/units/${unitId}`, { token: adminToken, body: record.replace('proto-unit', unitId) });
    expect(edited.status).toBeLessThan(500);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    const stored = await (await f.api('GET', `/api/surveys/${String(survey.survey.id)}`, { token: adminToken })).text();
    expect(stored).not.toContain('polluted');
    expect((JSON.parse(stored) as { survey: { status: string } }).survey.status).toBe('draft');
    const catalogue = await (await f.api('GET', '/api/catalogue', { token: adminToken })).text();
    expect(catalogue).not.toContain('polluted');
    for (const u of (JSON.parse(catalogue) as { units: { id: string; retired?: boolean }[] }).units.filter((u) => u.id === 'proto-unit')) expect(u.retired ?? false).toBe(false);
  });

  /** Every string field of a definition that is text (not an id or an enum), replaced by `make`. */
  function everyTextField(value: unknown, make: (key: string) => string, key = ''): unknown {
    const notText = new Set(['id', 'type', 'kind', 'status', 'aspect', 'front', 'sectionId', 'row', 'column', 'createdAt', 'publishedAt', 'closedAt', 'updatedAt']);
    if (typeof value === 'string') return notText.has(key) ? value : make(key);
    if (Array.isArray(value)) return value.map((v) => everyTextField(v, make, key));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, everyTextField(v, make, k)]));
    return value;
  }

  it('answers 422 listing the problems when every text field of a definition is too long, and stores nothing', async () => {
    const { survey } = (await (await f.api('POST', '/api/surveys', { token: adminToken, body: { template: 'feedback' } })).json()) as { survey: { id: string; title: string } };
    const before = await storedCount();
    const long = everyTextField(survey, () => 'x'.repeat(2001)) as Record<string, unknown>;
    const body = JSON.stringify(long);
    expect(body.length).toBeLessThan(ORGANIZER_BODY_LIMIT);
    const res = await f.api('PUT', `/api/surveys/${survey.id}/definition`, { token: adminToken, body });
    expect(res.status).toBe(422);
    const text = await res.text();
    const error = JSON.parse(text) as { error: { code: string; issues: { message: string }[] } };
    expect(isErrorShape(error)).toBe(true);
    expect(error.error.code).toBe('invalid_survey');
    expect(error.error.issues.length).toBeGreaterThan(1);
    expect(text).not.toContain('x'.repeat(2001));
    expect(await storedCount()).toBe(before);
    const after = (await (await f.api('GET', `/api/surveys/${survey.id}`, { token: adminToken })).json()) as { survey: { title: string } };
    expect(after.survey.title).toBe(survey.title);
  });

  it('stores HTML in every text field of a definition and of catalogue records as text, and the pages render it escaped', async () => {
    const { survey } = (await (await f.api('POST', '/api/surveys', { token: adminToken, body: { template: 'needs' } })).json()) as { survey: { id: string } };
    let n = 0;
    const marked = everyTextField(survey, (key) => (key.endsWith('Label') || key === 'lowLabel' ? `<b>${n++}</b>` : `${n++ % 2 ? SCRIPT : IMG}${n}`));
    const put = await f.api('PUT', `/api/surveys/${survey.id}/definition`, { token: adminToken, body: marked });
    expect(put.status, await put.clone().text()).toBe(200);
    const stored = (await (await f.api('GET', `/api/surveys/${survey.id}`, { token: adminToken })).json()) as { survey: { title: string } };
    expect(stored.survey.title).toMatch(/^<(script|img)/);

    const records: [string, Record<string, unknown>][] = [
      ['fronts', { id: 'xss-front', name: SCRIPT, nameEn: IMG }],
      ['units', { id: 'xss-unit', name: IMG, nameEn: SCRIPT, front: frontId }],
      ['themes', { id: 'xss-theme', name: SCRIPT, nameEn: IMG }],
      ['topics', { id: 'xss-topic', title: IMG, titleEn: SCRIPT, theme: 'xss-theme', summary: SCRIPT }],
      ['experts', { id: 'xss-expert', name: SCRIPT, title: IMG, organisation: SCRIPT, topics: ['xss-topic'] }],
    ];
    for (const [section, record] of records) {
      const res = await f.api('POST', `/api/catalogue/${section}`, { token: adminToken, body: record });
      expect(res.status, `${section}: ${await res.clone().text()}`).toBe(201);
      expect(((await res.json()) as { record: Record<string, unknown> }).record).toMatchObject(record);
    }
    const form = await f.app.request(`${ORIGIN}/admin/catalogue/units`, {
      method: 'POST',
      headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ id: 'xss-form-unit', name: SCRIPT, front: frontId }).toString(),
    });
    expect(form.status).toBe(303);
    const catalogueWithTemplate = (await (await f.api('POST', '/api/surveys', { token: adminToken, body: { template: 'needs', title: SCRIPT } })).json()) as { survey: { id: string } };

    const pages = ['/admin/surveys', `/admin/surveys/${survey.id}`, `/admin/surveys/${survey.id}/report`, `/admin/surveys/${catalogueWithTemplate.survey.id}`, '/admin/catalogue', '/admin/audit'];
    for (const page of pages) {
      const res = await f.app.request(`${ORIGIN}${page}`, { headers: { authorization: `Bearer ${adminToken}` } });
      expect(res.status, page).toBe(200);
      const html = await res.text();
      expect(reflectsMarkup(html), page).toBe(false);
      if (page !== '/admin/audit') expect(html, page).toMatch(/&lt;(script|img)/);
    }
  });

  it('neutralises CSV formula payloads in catalogue names, option labels and answers in every export', async () => {
    const unit = await f.api('POST', '/api/catalogue/units', { token: adminToken, body: { id: 'formula-unit', name: FORMULAS[0], front: frontId } });
    expect(unit.status).toBe(201);
    const definition = {
      kind: 'custom',
      title: '=公式',
      questions: [
        { id: 'u', type: 'unit', required: true, title: '+单位', options: [{ id: 'formula-unit', label: FORMULAS[0], front: frontId }] },
        { id: 'c', type: 'single_choice', required: true, title: '-选择', options: FORMULAS.map((label, i) => ({ id: `o${i}`, label: `${label}${i}` })) },
        { id: 'm', type: 'multiple_choice', required: true, title: '@多选', options: FORMULAS.map((label, i) => ({ id: `m${i}`, label })) },
        { id: 't', type: 'text', required: false, title: '=文本', maxLength: 200 },
      ],
    };
    const created = await f.api('POST', '/api/surveys', { token: adminToken, body: { definition } });
    expect(created.status, await created.clone().text()).toBe(201);
    const id = ((await created.json()) as { survey: { id: string } }).survey.id;
    expect((await f.api('POST', `/api/surveys/${id}/publish`, { token: adminToken })).status).toBe(200);
    for (const [i, text] of FORMULAS.entries()) {
      await f.submit(id, { answers: { u: 'formula-unit', c: `o${i}`, m: i === 0 ? ['m0'] : ['m0', `m${i}`], t: text } });
    }
    const csvs = [`/api/surveys/${id}/report.csv`, `/api/surveys/${id}/responses.csv`, `/api/surveys/${id}/crosstab.csv?by=unit&question=c`, `/api/surveys/${id}/crosstab.csv?by=front&question=m`];
    for (const path of csvs) {
      const res = await f.api('GET', path, { token: adminToken });
      expect(res.status, path).toBe(200);
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer());
      const rows = parse(text, { bom: true, relax_column_count: true }) as string[][];
      const cells = rows.flat();
      expect(cells.length, path).toBeGreaterThan(0);
      const dangerous = cells.filter((cell) => FORMULA_START.test(cell));
      expect(dangerous, path).toEqual([]);
      expect(cells.some((cell) => cell.startsWith("'=")), `${path} still names the payload, neutralised`).toBe(true);
    }
  });

  it('locks an account under 30 concurrent wrong-password sign-ins and keeps it locked, right password included, until the lock expires', async () => {
    const wrong = { email: ORGANIZER.email, password: 'not-the-password' };
    const tries = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        i % 3 === 2
          ? f.app.request(`${ORIGIN}/admin/login`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(wrong).toString() })
          : f.api('POST', '/api/auth/login', { body: wrong }),
      ),
    );
    for (const res of tries) {
      expect([401, 429]).toContain(res.status);
      if (res.headers.get('content-type')?.includes('json')) expect(isErrorShape(await res.json())).toBe(true);
      else expect(reflectsMarkup(await res.text())).toBe(false);
    }
    const right = await f.api('POST', '/api/auth/login', { body: ORGANIZER });
    expect(right.status).toBe(429);
    expect(((await right.json()) as { error: { code: string } }).error.code).toBe('account_locked');
    const rightForm = await f.app.request(`${ORIGIN}/admin/login`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(ORGANIZER).toString() });
    expect(rightForm.status).toBe(429);
    expect(rightForm.headers.get('set-cookie') ?? '').not.toContain('diancai_session=ey');
    f.clock.advance(14 * 60 * 1000);
    const stillLocked = await f.api('POST', '/api/auth/login', { body: ORGANIZER });
    expect(stillLocked.status).toBe(429);
    f.clock.advance(2 * 60 * 1000);
    const afterLock = await f.api('POST', '/api/auth/login', { body: ORGANIZER });
    expect(afterLock.status).toBe(200);
  });
});
