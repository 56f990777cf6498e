// The catalogue API and pages, accounts, OpenAPI and the dashboard's escaping, against DynamoDB Local.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue } from '../../shared/catalogue/catalogue-schema.js';
import { ADMIN, ORGANIZER, ORIGIN, organizerFixture, type Fixture } from './organizer-fixture.js';

let f: Fixture;
let admin: string;
let organizer: string;
beforeAll(async () => {
  f = await organizerFixture();
  admin = await f.login(ADMIN);
  organizer = await f.login(ORGANIZER);
});
afterAll(() => f.table.drop());

const catalogue = async () => (await (await f.api('GET', '/api/catalogue', { token: organizer })).json()) as Catalogue;

describe('catalogue', () => {
  it('Should let an admin add, edit, retire and restore each kind of record', async () => {
    const add = (section: string, body: unknown) => f.api('POST', `/api/catalogue/${section}`, { token: admin, body });
    expect((await add('fronts', { id: 'villages', name: '农村战线' })).status).toBe(201);
    expect((await add('units', { id: 'v-1', name: '一号村党支部', front: 'villages' })).status).toBe(201);
    expect((await add('themes', { id: 'rural', name: '乡村振兴' })).status).toBe(201);
    expect((await add('topics', { id: 't-rural', title: '乡村振兴战略', theme: 'rural', summary: '政策解读' })).status).toBe(201);
    expect((await add('experts', { id: 'e-qian-new', name: '赵老师', title: '教授', organisation: '区委党校', topics: ['t-rural'] })).status).toBe(201);

    const edited = await f.api('PUT', '/api/catalogue/units/v-1', { token: admin, body: { name: '一号村党总支', front: 'villages' } });
    expect(edited.status).toBe(200);
    expect((await f.api('POST', '/api/catalogue/experts/e-qian-new/retire', { token: admin })).status).toBe(200);

    const after = await catalogue();
    expect(after.units.at(-1)).toEqual({ id: 'v-1', name: '一号村党总支', front: 'villages' });
    expect(after.experts.find((e) => e.id === 'e-qian-new')?.retired).toBe(true);
    expect((await f.api('POST', '/api/catalogue/experts/e-qian-new/restore', { token: admin })).status).toBe(200);
    expect((await catalogue()).experts.find((e) => e.id === 'e-qian-new')?.retired).toBe(false);
  });

  it('Should answer 422 listing unknown references, 409 for a taken id and 404 for a missing record', async () => {
    const bad = await f.api('POST', '/api/catalogue/experts', { token: admin, body: { id: 'e-x', name: 'X', title: 'T', organisation: 'O', topics: ['nope', 't-ecology', 'nada'] } });
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as { error: { issues: { field: string }[] } }).error.issues.map((i) => i.field)).toEqual(['topics.0', 'topics.2']);
    expect((await f.api('POST', '/api/catalogue/units', { token: admin, body: { id: 'education', name: '重复', front: 'social' } })).status).toBe(409);
    expect((await f.api('PUT', '/api/catalogue/units/ghost', { token: admin, body: { name: 'x', front: 'social' } })).status).toBe(404);
    expect((await f.api('POST', '/api/catalogue/planets', { token: admin, body: {} })).status).toBe(404);
  });

  it('Should refuse catalogue changes from an organizer with 403', async () => {
    const response = await f.api('POST', '/api/catalogue/themes', { token: organizer, body: { id: 'x', name: 'x' } });
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ error: { code: 'forbidden', message: '您没有执行此操作的权限。' } });
  });
});

describe('accounts', () => {
  it('Should let an admin add an account with a generated password that then signs in', async () => {
    const response = await f.api('POST', '/api/accounts', { token: admin, body: { email: 'New@District.cn', role: 'organizer' } });
    expect(response.status).toBe(201);
    const body = (await response.json()) as { account: { email: string }; password: string };
    expect(body.account.email).toBe('new@district.cn');
    expect(await f.login({ email: 'new@district.cn', password: body.password })).toBeTruthy();
    expect((await f.api('POST', '/api/accounts', { token: admin, body: { email: 'new@district.cn', role: 'admin' } })).status).toBe(409);
    const { accounts } = (await (await f.api('GET', '/api/accounts', { token: admin })).json()) as { accounts: object[] };
    expect(accounts.length).toBeGreaterThanOrEqual(3);
    expect(JSON.stringify(accounts)).not.toContain('scrypt');
  });
});

describe('OpenAPI', () => {
  it('Should document every API route with its body schema', async () => {
    const doc = (await (await f.api('GET', '/api/openapi.json', { token: organizer })).json()) as {
      openapi: string;
      paths: Record<string, Record<string, { requestBody?: { content: { 'application/json': { schema: { $ref?: string } } } } }>>;
      components: { schemas: Record<string, { properties?: object }> };
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/auth/login', '/api/surveys/{surveyId}/definition', '/api/catalogue/{section}/{id}/retire']));
    // The definition is the named Survey schema, referenced wherever a survey occurs.
    expect(doc.paths['/api/surveys/{surveyId}/definition']?.put?.requestBody?.content['application/json'].schema).toEqual({ $ref: '#/components/schemas/Survey' });
    expect(doc.components.schemas.Survey?.properties).toHaveProperty('questions');
    expect(Object.keys(doc.paths).some((p) => p.startsWith('/admin'))).toBe(false);
  });
});

describe('dashboard pages', () => {
  const page = (path: string, token = organizer) => f.app.request(`${ORIGIN}${path}`, { headers: { cookie: `diancai_session=${token}` } });

  it('Should escape what organizers typed, with a CSP that allows only the dashboard’s own scripts by their hashes', async () => {
    const created = await f.api('POST', '/api/surveys', { token: organizer, body: { template: 'blank', title: '<script>alert(1)</script>' } });
    const { survey } = (await created.json()) as { survey: { id: string } };
    for (const path of ['/admin/surveys', `/admin/surveys/${survey.id}`]) {
      const response = await page(path);
      const html = await response.text();
      expect(response.status).toBe(200);
      expect(html).not.toContain('<script>alert(1)</script>');
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      // Only the dashboard's own scripts (the editor's, the export progress page's), each by its hash.
      expect(response.headers.get('content-security-policy')).toMatch(/script-src( 'sha256-[A-Za-z0-9+/=]+')+;/);
      expect(response.headers.get('content-security-policy')).not.toContain('unsafe');
    }
  });

  it('Should show Chinese by default and English with ?lang=en', async () => {
    expect(await (await page('/admin')).text()).toContain('新建问卷');
    expect(await (await page('/admin?lang=en')).text()).toContain('New survey');
  });

  it('Should create from a template, publish and show the share panel with a QR code through the forms', async () => {
    const cookie = `diancai_session=${organizer}`;
    const form = (path: string, body: Record<string, string>) =>
      f.app.request(`${ORIGIN}${path}`, { method: 'POST', headers: { cookie, origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(body).toString() });
    const created = await form('/admin/surveys', { template: 'needs', title: '表单创建' });
    expect(created.status).toBe(303);
    const path = created.headers.get('location')!;
    expect((await form(`${path}/add-question`, { type: 'rating' })).status).toBe(303);
    const badSave = await form(`${path}/definition`, { definition: '{"title":"x","questions":[]}' });
    expect(badSave.status).toBe(422);
    expect(await badSave.text()).toContain('{&quot;title&quot;:&quot;x&quot;,&quot;questions&quot;:[]}');
    expect((await form(`${path}/publish`, {})).status).toBe(303);
    const html = await (await page(path)).text();
    expect(html).toMatch(/<svg[^>]*viewBox/);
    expect(html).toContain(`${ORIGIN}/s/${path.split('/').pop()}`);
    expect(await (await page('/admin/surveys')).text()).toContain('表单创建');
  });

  it('Should show an organizer a 403 page for the audit log', async () => {
    const response = await page('/admin/audit');
    expect(response.status).toBe(403);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect((await page('/admin/audit', admin)).status).toBe(200);
  });
});
