// Form posts from other sites are refused: the respondent's form (a foreign page must not mark a
// person as "already answered" on a one-per-device survey) and the sign-in form (login CSRF). The JSON
// API stays open to any client. Pages ask for Referrer-Policy: same-origin, so a browser's own form
// posts carry their Origin even over plain HTTP, where Sec-Fetch-Site is not sent.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { everyTypeSurvey, validAnswers, validFormFields } from '../support/fixtures.js';
import { allResponses, respondentAppFor } from '../support/respondent-app.js';
import { ADMIN, ORIGIN, organizerFixture, type Fixture } from './organizer-fixture.js';

let f: Fixture;
let app: ReturnType<typeof respondentAppFor>;

beforeAll(async () => {
  f = await organizerFixture();
  app = respondentAppFor(f.table.store, { clock: f.clock });
  await f.table.store.surveys.put(everyTypeSurvey({ id: 'once' }));
  await f.table.store.surveySettings.put('once', { onePerDevice: true }, 0);
});
afterAll(() => f.table.drop());

const answer = (headers: Record<string, string>) =>
  app.request(`${ORIGIN}/s/once?lang=en`, {
    method: 'POST',
    body: validFormFields(randomUUID()).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
  });

describe('the respondent form (POST /s/{id})', () => {
  it.each([
    ['another origin', { origin: 'https://evil.example' }],
    ['Origin: null with no Sec-Fetch-Site (a sandboxed frame, a data: page)', { origin: 'null' }],
    ['Sec-Fetch-Site: cross-site', { 'sec-fetch-site': 'cross-site' }],
    ['Sec-Fetch-Site: same-site (a sibling subdomain)', { origin: 'null', 'sec-fetch-site': 'same-site' }],
    ['another origin asking for JSON', { origin: 'https://evil.example', accept: 'application/json' }],
  ])('Should refuse a post from %s, storing nothing and setting no cookie', async (_, headers) => {
    const before = (await allResponses(f.table.store, 'once')).length;
    const refused = await answer(headers);
    expect(refused.status).toBe(403);
    expect(refused.headers.get('set-cookie')).toBeNull();
    expect((await allResponses(f.table.store, 'once')).length).toBe(before);
  });

  it.each([
    ['its own origin', { origin: ORIGIN }],
    ['Origin: null with Sec-Fetch-Site: same-origin', { origin: 'null', 'sec-fetch-site': 'same-origin' }],
    ['no Origin and no Sec-Fetch-Site (an old browser)', {}],
  ])('Should take a post from %s', async (_, headers) => {
    const taken = await answer(headers);
    expect(taken.status).toBe(303);
    expect(taken.headers.get('set-cookie')).toMatch(/^dc_done_once=1/);
  });

  it('Should keep the JSON API open to any client and any origin', async () => {
    const response = await app.request(`${ORIGIN}/api/public/surveys/once/responses`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://other-client.example' },
      body: JSON.stringify({ submissionId: randomUUID(), answers: validAnswers() }),
    });
    expect(response.status).toBe(201);
  });

  it('Should ask browsers to send the Origin of their own form posts', async () => {
    expect((await app.request(`${ORIGIN}/s/once`)).headers.get('referrer-policy')).toBe('same-origin');
  });
});

describe('the sign-in form (POST /admin/login)', () => {
  const signIn = (headers: Record<string, string>) =>
    f.app.request(`${ORIGIN}/admin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body: new URLSearchParams({ ...ADMIN, next: '/admin' }).toString(),
    });

  it.each([
    ['Origin: null with no Sec-Fetch-Site', { origin: 'null' }],
    ['another origin', { origin: 'https://evil.example' }],
    ['Sec-Fetch-Site: cross-site', { 'sec-fetch-site': 'cross-site' }],
  ])('Should refuse a sign-in posted from %s, setting no session cookie', async (_, headers) => {
    const refused = await signIn(headers);
    expect(refused.status).toBe(403);
    expect(refused.headers.get('set-cookie')).toBeNull();
  });

  it('Should sign in from its own origin', async () => {
    const response = await signIn({ origin: ORIGIN });
    expect(response.status).toBe(303);
    expect(response.headers.get('set-cookie')).toContain('diancai_session=');
  });

  it('Should ask browsers to send the Origin of the sign-in form', async () => {
    expect((await f.app.request(`${ORIGIN}/admin/login`)).headers.get('referrer-policy')).toBe('same-origin');
  });
});
