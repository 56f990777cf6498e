// The sign-in lockout cannot be outrun: each attempt is counted (a conditional update that refuses
// past the limit) before its password is checked, so a burst of parallel guesses gets at most 10
// passwords evaluated per window, and a sign-in racing the lock never leaves a window uncounted.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../shared/accounts/create-account.js';
import { ADMIN, ORIGIN, organizerFixture, type Fixture } from './organizer-fixture.js';

let f: Fixture;

beforeAll(async () => {
  f = await organizerFixture();
});
afterAll(() => f.table.drop());

const signIn = (email: string, password: string, address = '203.0.113.7') =>
  f.app.request(
    `${ORIGIN}/api/auth/login`,
    { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) },
    { incoming: { socket: { remoteAddress: address } } },
  );

/** How many of the answers were 401 (a password was checked and was wrong) and how many 429 (refused unchecked). */
async function burst(count: number, email: string, password: string): Promise<Record<number, number>> {
  const answers = await Promise.all(Array.from({ length: count }, () => signIn(email, password)));
  const statuses: Record<number, number> = {};
  for (const answer of answers) statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
  return statuses;
}

describe('parallel guesses', () => {
  it('Should evaluate at most 10 passwords out of 100 parallel wrong-password sign-ins', async () => {
    expect(await burst(100, ADMIN.email, 'wrong-password')).toEqual({ 401: 10, 429: 90 });
    // The lock holds for the right password too, from that address.
    expect((await signIn(ADMIN.email, ADMIN.password)).status).toBe(429);
  });

  it('Should treat an unknown email exactly the same way', async () => {
    expect(await burst(100, `nobody-${randomUUID()}@district.cn`, 'wrong-password')).toEqual({ 401: 10, 429: 90 });
  });

  it('Should keep counting after a right password races the lock', async () => {
    const email = `racer-${randomUUID()}@district.cn`;
    await createAccount({ accounts: f.table.store.accounts, clock: f.clock }, { email, role: 'organizer', password: 'racer-password-1' });
    for (let i = 0; i < 9; i++) expect((await signIn(email, 'wrong-password')).status).toBe(401);
    // The 10th guess and the right password at once: one of them claims the last attempt and the
    // other is refused, unless the right password claims it and clears the count before the guess
    // arrives. Never both refused, never both past the limit unchecked; the next window still counts.
    const [guess, right] = await Promise.all([signIn(email, 'wrong-password'), signIn(email, 'racer-password-1')]);
    expect([[401, 200], [401, 429], [429, 200]]).toContainEqual([guess.status, right.status]);
    const after = await burst(30, email, 'wrong-password');
    expect(after[503]).toBeUndefined();
    expect((after[401] ?? 0) <= 10).toBe(true);
    expect(after[429]).toBeGreaterThanOrEqual(20);
  });
});
