// Sign-in lockout counts failures per email and client address: guessing from one address locks
// that address out, and the real admin signing in from elsewhere is not locked out with it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, organizerFixture, ORIGIN, type Fixture } from './organizer-fixture.js';

describe('sign-in lockout by client address', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await organizerFixture();
  });
  afterAll(() => f.table.drop());

  // The socket's peer address, as @hono/node-server hands it to the app (API Gateway's sourceIp in AWS).
  const from = (address: string, password: string) =>
    f.app.request(
      `${ORIGIN}/api/auth/login`,
      { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: ADMIN.email, password }) },
      { incoming: { socket: { remoteAddress: address } } },
    );

  it('locks the guessing address but not the admin signing in from another one', async () => {
    for (let i = 0; i < 10; i++) expect((await from('203.0.113.9', 'wrong-password')).status).toBe(401);
    const attacker = await from('203.0.113.9', ADMIN.password);
    expect(attacker.status).toBe(429);
    expect(await attacker.json()).toMatchObject({ error: { code: 'account_locked' } });
    expect(Number(attacker.headers.get('retry-after'))).toBe(15 * 60);
    expect((await from('198.51.100.20', ADMIN.password)).status).toBe(200);
  });
});
