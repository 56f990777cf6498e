// Walks every route the organizer app serves: none may be reachable without the right session.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servedRoutes } from '../../functions/organizer/app.js';
import { ORGANIZER_ROUTES, type RouteSpec } from '../../functions/organizer/route-table.js';
import { createAccount } from '../../shared/accounts/create-account.js';
import { ORGANIZER, ORIGIN, organizerFixture, type Fixture } from './organizer-fixture.js';

let f: Fixture;
let organizerToken: string;
let viewerToken: string;
const VIEWER = { email: 'viewer@district.cn', password: 'viewer-password-1' };

/** Signing out ends the session it is called with, and signing out everywhere ends all the account's: such routes get an account of their own. */
async function tokenFor(route: RouteSpec, role: 'organizer' | 'viewer', shared: string): Promise<string> {
  if (!route.path.includes('logout')) return shared;
  const account = { email: `${role}-${randomUUID()}@district.cn`, password: 'throwaway-password-1' };
  await createAccount({ accounts: f.table.store.accounts, clock: f.clock }, { ...account, role });
  return f.login(account);
}
beforeAll(async () => {
  f = await organizerFixture();
  organizerToken = await f.login(ORGANIZER);
  await createAccount({ accounts: f.table.store.accounts, clock: f.clock }, { ...VIEWER, role: 'viewer' });
  viewerToken = await f.login(VIEWER);
});
afterAll(() => f.table.drop());

const table = ORGANIZER_ROUTES as readonly RouteSpec[];
const concrete = (path: string) => path.replace(/:section/g, 'units').replace(/:(\w+)/g, 'x1');

async function call(route: { method: string; path: string }, headers: Record<string, string>) {
  const body = route.method === 'GET' ? undefined : route.path.startsWith('/api/') ? '{}' : '';
  const contentType = route.path.startsWith('/api/') ? 'application/json' : 'application/x-www-form-urlencoded';
  return f.app.request(`${ORIGIN}${concrete(route.path)}`, {
    method: route.method,
    headers: { origin: ORIGIN, ...(body !== undefined ? { 'content-type': contentType } : {}), ...headers },
    ...(body !== undefined ? { body } : {}),
  });
}

function expectRefused(route: RouteSpec, response: Response) {
  if (route.page && route.method === 'GET') {
    expect(response.status, `${route.method} ${route.path}`).toBe(303);
    expect(response.headers.get('location')).toMatch(/^\/admin\/login\?next=/);
  } else {
    expect(response.status, `${route.method} ${route.path}`).toBe(401);
  }
}

describe('the organizer route table', () => {
  it('Should list exactly the routes the app serves', () => {
    const served = servedRoutes(f.app).map((r) => `${r.method} ${r.path}`).sort();
    expect(served).toEqual(table.map((r) => `${r.method} ${r.path}`).sort());
  });

  it('Should let viewers only read: every change is for organizers or admins, but for their own sign-in and password', () => {
    const own = ['POST /api/auth/logout', 'POST /api/auth/logout-everywhere', 'POST /api/me/password', 'POST /admin/logout', 'POST /admin/account/password', 'POST /admin/account/logout-everywhere'];
    const changesOpenToViewers = table.filter((r) => r.method !== 'GET' && (r.access === 'signed-in' || r.access === 'public')).map((r) => `${r.method} ${r.path}`);
    expect(changesOpenToViewers.sort()).toEqual([...own, 'POST /api/auth/login', 'POST /admin/login'].sort());
  });

  it('Should keep public only sign-in', () => {
    expect(table.filter((r) => r.access === 'public').map((r) => `${r.method} ${r.path}`)).toEqual(['POST /api/auth/login', 'GET /admin/login', 'POST /admin/login']);
  });
});

describe.each(table.filter((r) => r.access !== 'public'))('$method $path', (route) => {
  it('Should refuse a request without a token', async () => {
    expectRefused(route, await call(route, {}));
  });

  it('Should refuse a forged token, as Bearer and as cookie', async () => {
    const [payload] = organizerToken.split('.');
    const forged = `${payload}.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`;
    expectRefused(route, await call(route, { authorization: `Bearer ${forged}` }));
    expectRefused(route, await call(route, { cookie: `diancai_session=${forged}` }));
  });

  it(route.access === 'admin' ? 'Should refuse an organizer with 403' : 'Should let an organizer through', async () => {
    const token = await tokenFor(route, 'organizer', organizerToken);
    const response = await call(route, { authorization: `Bearer ${token}` });
    if (route.access === 'admin') expect(response.status).toBe(403);
    else expect([401, 403]).not.toContain(response.status);
    expect(response.status).toBeLessThan(500);
  });

  it(route.access === 'signed-in' ? 'Should let a viewer through' : 'Should refuse a viewer with 403', async () => {
    const token = await tokenFor(route, 'viewer', viewerToken);
    const response = await call(route, { authorization: `Bearer ${token}` });
    if (route.access === 'signed-in') expect([401, 403]).not.toContain(response.status);
    else expect(response.status).toBe(403);
    expect(response.status).toBeLessThan(500);
  });
});
