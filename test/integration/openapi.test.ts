// The served OpenAPI document: Redocly's recommended ruleset finds nothing, every organizer and public
// JSON route is in it with an operationId and a documented answer, and the documented answers are the
// ones the routes really give (their valibot schemas parse the live bodies).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operationIdOf } from '../../functions/organizer/openapi-document.js';
import { ORGANIZER_ROUTES, type ApiRouteSpec, type RouteSpec } from '../../functions/organizer/route-table.js';
import { PUBLIC_API_ROUTES, PublishedSurvey, UnitHome } from '../../functions/respondent/public-routes.js';
import { apiPathOf } from '../../infra/route-keys.js';
import { respondentFunction } from '../../infra/function-specs.js';
import { respondentAppFor } from '../support/respondent-app.js';
import { ADMIN, organizerFixture, type Fixture } from './organizer-fixture.js';

type Operation = { operationId?: string; tags?: string[]; parameters?: { name?: string; in?: string; $ref?: string }[]; responses: Record<string, { content?: Record<string, { schema?: object }> }> };
type Document = { paths: Record<string, Record<string, Operation>>; servers?: unknown[] };

let f: Fixture;
let admin: string;
let doc: Document;
let served: string;

beforeAll(async () => {
  f = await organizerFixture();
  admin = await f.login(ADMIN);
  const response = await f.api('GET', '/api/openapi.json', { token: admin });
  expect(response.status).toBe(200);
  served = await response.text();
  doc = JSON.parse(served) as Document;
});
afterAll(() => f.table.drop());

const apiRoutes = (ORGANIZER_ROUTES as readonly RouteSpec[]).filter((r): r is ApiRouteSpec => !r.page);
const operationOf = (method: string, honoPath: string) => doc.paths[apiPathOf(honoPath)]?.[method.toLowerCase()];

describe('GET /api/openapi.json', () => {
  it('Should pass redocly lint (recommended ruleset) with no error and no warning', () => {
    // Prepare: the served bytes, in a folder of their own so no config file of the repo applies.
    const dir = mkdtempSync(join(tmpdir(), 'diancai-openapi-'));
    const file = join(dir, 'openapi.json');
    writeFileSync(file, served);
    const cli = createRequire(import.meta.url).resolve('@redocly/cli/bin/cli.js');
    // Act: the real CLI, offline.
    const run = spawnSync(process.execPath, [cli, 'lint', file, '--extends=recommended', '--format=json'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
      timeout: 60_000,
    });
    // Assess: the JSON report on stdout.
    const report = JSON.parse(run.stdout.slice(run.stdout.indexOf('{'))) as { totals: { errors: number; warnings: number }; problems: unknown[] };
    expect(report.problems).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
    expect(run.status).toBe(0);
  });

  it('Should document every API route of the route table with an operationId, a tag and its successful answer', () => {
    const missing: string[] = [];
    for (const route of apiRoutes) {
      const op = operationOf(route.method, route.path);
      if (!op?.operationId || !op.tags?.length) {
        missing.push(`${route.method} ${route.path}`);
        continue;
      }
      expect(op.operationId).toBe(operationIdOf(route));
      const [status, success] = Object.entries(op.responses).find(([s]) => s.startsWith('2')) ?? [];
      expect(status, `${route.method} ${route.path}`).toBe(String(route.response.status));
      // 204 has no body; every other success names its content's schema.
      if (status !== '204') expect(Object.values(success?.content ?? {})[0]?.schema, `${route.method} ${route.path}`).toBeDefined();
    }
    expect(missing).toEqual([]);
    expect(Object.keys(doc.paths).some((p) => p.startsWith('/admin'))).toBe(false);
  });

  it('Should document every public respondent API route infra gives the respondent function', () => {
    const publicKeys = respondentFunction.routes.filter((key) => key.split(' ')[1]!.startsWith('/api/'));
    expect(publicKeys.length).toBeGreaterThan(0);
    expect(PUBLIC_API_ROUTES.map((r) => `${r.method} ${apiPathOf(r.path)}`).sort()).toEqual([...publicKeys].sort());
    for (const key of publicKeys) {
      const [method, path] = key.split(' ') as [string, string];
      const op = doc.paths[path]?.[method.toLowerCase()];
      expect(op?.operationId, key).toMatch(/^[a-z][A-Za-z]+$/);
      const success = Object.entries(op?.responses ?? {}).find(([s]) => s.startsWith('2'));
      expect(Object.values(success?.[1].content ?? {})[0]?.schema, key).toBeDefined();
    }
  });

  it('Should give every operation a unique operationId', () => {
    const ids = Object.values(doc.paths).flatMap((ops) => Object.values(ops).map((op) => op.operationId));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('Should list the query parameters the handlers read', () => {
    const queryOf = (path: string) => (operationOf('GET', path)?.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
    expect(queryOf('/api/surveys/:surveyId/report')).toEqual(['unit', 'front']);
    expect(queryOf('/api/surveys/:surveyId/crosstab')).toEqual(['by', 'question']);
    expect(queryOf('/api/surveys/:surveyId/text-answers')).toEqual(['question', 'cursor', 'unit', 'front']);
    expect(queryOf('/api/surveys/:surveyId/responses')).toEqual(['receipt', 'unit', 'from', 'to', 'cursor']);
    // ?lang= applies to every route's messages: one shared parameter.
    expect(operationOf('GET', '/api/surveys/:surveyId/report')?.parameters).toContainEqual({ $ref: '#/components/parameters/lang' });
  });

  it('Should list only the error statuses a route can answer', () => {
    const statuses = (method: string, path: string) => Object.keys(operationOf(method, path)?.responses ?? {}).filter((s) => Number(s) >= 400);
    // Signed in, read-only, no id: not signed in, or the store is busy.
    expect(statuses('GET', '/api/me')).toEqual(['401', '503']);
    // Admin, a body, a conflict.
    expect(statuses('POST', '/api/accounts')).toEqual(['400', '401', '403', '409', '413', '503']);
    // Public sign-in: a refused origin, a bad body, wrong credentials, a lockout.
    expect(statuses('POST', '/api/auth/login')).toEqual(['400', '401', '403', '413', '429', '503']);
    // The respondent's JSON API takes changes from any client: no 403 for another site; 410 once ordering closed.
    expect(statuses('PUT', '/api/public/units/:unitKey/requests/:menuId')).toEqual(['400', '404', '409', '410', '413', '422', '503']);
  });
});

describe('documented answers are the real ones', () => {
  it('Should answer every GET route with a body its documented schema accepts', async () => {
    // Prepare: one of each record a path can name (a published survey, a menu, a lecture, an export job).
    const created = await f.api('POST', '/api/surveys', { token: admin, body: { template: 'needs' } });
    const { survey } = (await created.json()) as { survey: { id: string } };
    expect((await f.api('POST', `/api/surveys/${survey.id}/publish`, { token: admin })).status).toBe(200);
    const menu = await f.api('POST', '/api/menus', { token: admin, body: { title: '菜单', orderDeadline: '2026-12-31T18:00', maxPicks: 1, formats: ['lecture'], items: [{ topicId: 't-ecology', expertIds: [] }] } });
    expect(menu.status).toBe(201);
    const { menuId } = (await menu.json()) as { menuId: string };
    const lecture = await f.api('POST', '/api/lectures', {
      token: admin,
      body: { topicId: 't-party-history', expertId: 'e-wang', unitIds: ['dongfeng-st'], startsAt: '2026-04-01T09:00', durationMinutes: 90, place: '区委党校报告厅' },
    });
    expect(lecture.status).toBe(201);
    const { lectureId } = (await lecture.json()) as { lectureId: string };
    const job = await f.api('POST', `/api/surveys/${survey.id}/exports`, { token: admin });
    expect(job.status).toBe(202);
    const { exportId } = (await job.json()) as { exportId: string };
    const session = await f.api('POST', '/api/study-sessions', { token: admin, body: { themeId: 'party-cause', form: '集中学习', startsAt: '2026-04-15T09:00', durationMinutes: 120, place: '区委常委会议室', speaker: { kind: 'expert', expertId: 'e-wang' } } });
    expect(session.status).toBe(201);
    const { sessionId } = (await session.json()) as { sessionId: string };
    
    const briefing = await f.api('POST', '/api/briefings', { token: admin, body: { title: '学习动态', date: '2026-12-06', text: '正文', eventId: lectureId } });
    expect(briefing.status).toBe(201);
    const { briefingId } = ((await briefing.json()) as { briefing: { briefingId: string } }).briefing;
    const call = await f.api('POST', '/api/essay-calls', { token: admin, body: { title: '征文', themeIds: ['party-cause'], deadline: '2026-12-31T18:00' } });
    const { callId } = ((await call.json()) as { call: { callId: string } }).call;
    expect((await f.api('POST', `/api/essay-calls/${callId}/open`, { token: admin })).status).toBe(200);
    await f.table.store.essays.saveEssay({ id: 'essay-1', callId, unitId: 'dongfeng-st', unitName: '东风街道', front: 'street', themeId: 'party-cause', title: '体会', authors: '某人', text: '正文', submittedAt: '2026-03-01T00:00:00.000Z', updatedAt: '2026-03-01T00:00:00.000Z', version: 1 }, undefined);
    const meeting = await f.api('POST', `/api/essay-calls/${callId}/meetings`, { token: admin, body: { themeId: 'party-cause', frontId: 'street', startsAt: '2026-04-02T14:00', durationMinutes: 120, place: '党校', essayIds: ['essay-1'] } });
    expect(meeting.status).toBe(201);
    const { eventId } = (await meeting.json()) as { eventId: string };
    const ids: Record<string, string> = { surveyId: survey.id, menuId, lectureId, exportId, requestId: `${menuId}~dongfeng-st`, sessionId, briefingId, callId, eventId };
    const required: Record<string, string> = { id: 'e-wang' };
    const checked: string[] = [];
    for (const route of apiRoutes) {
      if (route.method !== 'GET' || !('json' in route.response) || route.path === '/api/openapi.json') continue;
      const path = route.path.replace(/:(\w+)/g, (_, name: string) => ids[name] ?? `unknown-${name}`);
      const query = Object.entries(route.query?.entries ?? {}).filter(([name, entry]) => entry.type !== 'optional' && required[name]);
      if (path.includes('unknown-') || Object.entries(route.query?.entries ?? {}).some(([name, entry]) => entry.type !== 'optional' && !required[name])) continue;
      // Act
      const response = await f.api('GET', `${path}${query.length > 0 ? `?${new URLSearchParams(query.map(([name]) => [name, required[name]!]))}` : ''}`, { token: admin });
      // Assess
      expect(response.status, route.path).toBe(200);
      const parsed = v.safeParse(route.response.json, await response.json());
      expect(parsed.success ? [] : parsed.issues.map((i) => `${v.getDotPath(i)}: ${i.message}`), route.path).toEqual([]);
      checked.push(route.path);
    }
    // Every GET JSON route but the document itself and text-answers (it needs a text question's id).
    const skipped = apiRoutes.filter((r) => r.method === 'GET' && 'json' in r.response && !checked.includes(r.path)).map((r) => r.path);
    expect(skipped).toEqual(['/api/openapi.json', '/api/surveys/:surveyId/text-answers']);
  });

  it('Should answer the survey life and account changes with bodies their documented schemas accept', async () => {
    const documented = async (key: string, response: Response, status = 200) => {
      const route = apiRoutes.find((r) => `${r.method} ${r.path}` === key)!;
      expect(response.status, key).toBe(status);
      expect('json' in route.response && route.response.status === status, key).toBe(true);
      const parsed = v.safeParse((route.response as { json: v.GenericSchema }).json, await response.json());
      expect(parsed.success ? [] : parsed.issues.map((i) => `${v.getDotPath(i)}: ${i.message}`), key).toEqual([]);
    };
    await documented('POST /api/auth/login', await f.api('POST', '/api/auth/login', { body: ADMIN }));
    const created = await f.api('POST', '/api/surveys', { token: admin, body: { template: 'feedback' } });
    const { survey } = (await created.clone().json()) as { survey: { id: string } };
    await documented('POST /api/surveys', created, 201);
    const at = (action: string) => `/api/surveys/${survey.id}/${action}`;
    await documented('PUT /api/surveys/:surveyId/settings', await f.api('PUT', at('settings'), { token: admin, body: { responseLimit: 100 } }));
    await documented('POST /api/surveys/:surveyId/publish', await f.api('POST', at('publish'), { token: admin }));
    await documented('POST /api/surveys/:surveyId/close', await f.api('POST', at('close'), { token: admin }));
    await documented('POST /api/surveys/:surveyId/reopen', await f.api('POST', at('reopen'), { token: admin }));
    await documented('POST /api/surveys/:surveyId/archive', await f.api('POST', at('archive'), { token: admin }));
    await documented('POST /api/surveys/:surveyId/copy', await f.api('POST', at('copy'), { token: admin }), 201);
    await documented('POST /api/accounts', await f.api('POST', '/api/accounts', { token: admin, body: { email: 'doc@district.cn', role: 'viewer' } }), 201);
    await documented('POST /api/accounts/:email/reset-password', await f.api('POST', '/api/accounts/doc@district.cn/reset-password', { token: admin }));
    await documented('POST /api/accounts/:email/disable', await f.api('POST', '/api/accounts/doc@district.cn/disable', { token: admin }));
  });

  it('Should answer the public survey and unit routes with bodies their documented schemas accept', async () => {
    const respondent = respondentAppFor(f.table.store);
    const created = await f.api('POST', '/api/surveys', { token: admin, body: { template: 'needs' } });
    const { survey } = (await created.json()) as { survey: { id: string } };
    await f.api('POST', `/api/surveys/${survey.id}/publish`, { token: admin });
    const published = await respondent.request(`/api/public/surveys/${survey.id}`);
    expect(published.status).toBe(200);
    expect(v.safeParse(PublishedSurvey, await published.json()).success).toBe(true);

    const issued = await f.api('POST', '/api/units/dongfeng-st/key', { token: admin });
    expect(issued.status).toBe(200);
    const { key } = (await issued.json()) as { key: string };
    const home = await respondent.request(`/api/public/units/${key}`);
    expect(home.status).toBe(200);
    const parsed = v.safeParse(UnitHome, await home.json());
    expect(parsed.success ? [] : parsed.issues.map((i) => `${v.getDotPath(i)}: ${i.message}`)).toEqual([]);
  });
});

describe('GET /admin/api', () => {
  it('Should show every operation and schema of the document on one page that loads nothing from another host', async () => {
    // Act
    const response = await f.app.request(`http://localhost/admin/api?lang=en`, { headers: { cookie: `diancai_session=${admin}` } });
    const html = await response.text();
    // Assess: every operation (by its anchor) and every named schema, under its tag.
    expect(response.status).toBe(200);
    for (const ops of Object.values(doc.paths)) for (const op of Object.values(ops)) expect(html).toContain(`id="${op.operationId}"`);
    const schemas = Object.keys((JSON.parse(served) as { components: { schemas: object } }).components.schemas);
    for (const name of schemas) expect(html).toContain(`id="schema-${name}"`);
    expect(html).toContain('id="tag-Respondents"');
    // No script at all, no other host; the CSP allows only hashed inline styles.
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//i);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/style-src( 'sha256-[A-Za-z0-9+/=]+')+;/);
    expect(csp).not.toMatch(/https?:|unsafe/);
  });

  it('Should be linked from the account page, with the OpenAPI document', async () => {
    const html = await (await f.app.request('http://localhost/admin/account', { headers: { cookie: `diancai_session=${admin}` } })).text();
    expect(html).toContain('<a href="/admin/api">接口说明</a>');
    expect(html).toContain('<a href="/api/openapi.json">OpenAPI 3.1</a>');
  });

  it('Should send people who are not signed in to the sign-in page', async () => {
    const response = await f.app.request('http://localhost/admin/api');
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/admin/login?next=%2Fadmin%2Fapi');
  });
});
