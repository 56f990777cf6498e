// One error handler: people who open a page get a page with the right status; API callers get the error shape.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../shared/store.js';
import { respondentAppFor } from '../support/respondent-app.js';
import { ADMIN, ORGANIZER, ORIGIN, organizerFixture, type Fixture } from './organizer-fixture.js';

const isErrorShape = (body: unknown) => typeof (body as { error?: { code?: unknown } }).error?.code === 'string';

describe('error pages on the dashboard', () => {
  let f: Fixture;
  let adminToken: string;
  let organizerToken: string;
  beforeAll(async () => {
    f = await organizerFixture();
    adminToken = await f.login(ADMIN);
    organizerToken = await f.login(ORGANIZER);
  });
  afterAll(() => f.table.drop());

  const page = (path: string, token: string, init: RequestInit = {}) =>
    f.app.request(`${ORIGIN}${path}`, { ...init, headers: { authorization: `Bearer ${token}`, ...(init.headers ?? {}) } });

  it('Should answer an unknown survey page with a 404 page, not JSON', async () => {
    const res = await page('/admin/surveys/unknown-survey', adminToken);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('text/html');
    const html = await res.text();
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('找不到所指定的记录');
    expect(html).toContain('href="/admin"');
  });

  it('Should answer an unknown dashboard path with a 404 page, in English when asked', async () => {
    const res = await page('/admin/no-such-page?lang=en', adminToken);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(await res.text()).toContain('Page not found');
  });

  it('Should answer an admin page to an organizer with a 403 page that still shows who is signed in', async () => {
    const res = await page('/admin/accounts', organizerToken);
    expect(res.status).toBe(403);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(await res.text()).toContain(ORGANIZER.email);
  });

  it('Should answer a dashboard form post over the body limit with a 413 page', async () => {
    const res = await page('/admin/surveys', adminToken, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN },
      body: `title=${'x'.repeat(600 * 1024)}`,
    });
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toContain('text/html');
  });

  it('Should keep the error shape on API paths, unknown ones included', async () => {
    for (const path of ['/api/surveys/unknown-survey', '/api/no-such-route']) {
      const res = await f.api('GET', path, { token: adminToken });
      expect(res.status, path).toBe(404);
      expect(res.headers.get('content-type'), path).toContain('application/json');
      expect(isErrorShape(await res.json()), path).toBe(true);
    }
  });
});

describe('error pages for respondents', () => {
  let f: Fixture;
  let app: ReturnType<typeof respondentAppFor>;
  let logLines: string[];
  beforeAll(async () => {
    f = await organizerFixture();
    logLines = [];
    // The store fails in a way nobody expected: the page must still be a page.
    const failing: Store = {
      ...f.table.store,
      surveys: { get: () => Promise.reject(new Error('boom: disk on fire')), put: f.table.store.surveys.put.bind(f.table.store.surveys) },
    };
    app = respondentAppFor(failing, { logLines });
  });
  afterAll(() => f.table.drop());

  it('Should answer an unexpected failure on the survey page with a 500 page that says nothing of the cause', async () => {
    const res = await app.request('/s/every-type');
    expect(res.status).toBe(500);
    expect(res.headers.get('content-type')).toContain('text/html');
    const html = await res.text();
    expect(html).toContain('出了点问题');
    expect(html).not.toContain('boom');
    expect(logLines.some((line) => line.includes('boom'))).toBe(true);
  });

  it('Should answer the same failure to the form script (Accept: JSON) in the error shape', async () => {
    const res = await app.request('/s/every-type', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: `submissionId=${crypto.randomUUID()}`,
    });
    expect(res.status).toBe(500);
    expect(isErrorShape(await res.json())).toBe(true);
  });

  it('Should answer an unknown respondent path with a 404 page', async () => {
    const res = await app.request('/s/every-type/nothing/here');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('text/html');
  });
});
