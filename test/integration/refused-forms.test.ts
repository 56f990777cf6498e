// A refused dashboard form comes back through the one error handler: the form again with its reasons, at
// the status (and Retry-After) the error registry gives; a client that asks for JSON gets the error shape.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganizerApp } from '../../functions/organizer/app.js';
import { StoreUnavailableError } from '../../shared/errors.js';
import { ADMIN, ORIGIN, organizerFixture, type Fixture } from './organizer-fixture.js';

describe('refused dashboard forms', () => {
  let f: Fixture;
  let token: string;
  beforeAll(async () => {
    f = await organizerFixture();
    token = await f.login(ADMIN);
  });
  afterAll(() => f.table.drop());

  const post = (app: Fixture['app'], path: string, form: Record<string, string>, headers: Record<string, string> = {}) =>
    app.request(`${ORIGIN}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN, ...headers },
      body: new URLSearchParams(form).toString(),
    });

  it('Should answer a unit link refused by a busy store with 503 and Retry-After, on the unit links page', async () => {
    // Prepare: the store refuses to write unit keys, as a throttled table does.
    const real = f.table.store.unitKeys;
    const unitKeys = { issue: () => Promise.reject(new StoreUnavailableError('ProvisionedThroughputExceededException')), resolve: (key: string) => real.resolve(key), list: () => real.list() };
    const busy = createOrganizerApp({ ...f.deps, store: { ...f.table.store, unitKeys } });
    // Act
    const res = await post(busy, '/admin/units/development/key', {});
    // Assess: the registry's status and when to retry, not a 422; the page the form was on, with the reason.
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('2');
    expect(res.headers.get('cache-control')).toBe('no-store');
    const html = await res.text();
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('单位专属链接');
    expect(html).toContain('操作未完成');
  });

  it('Should show the schedule form again with what was typed and the registry’s 422', async () => {
    const res = await post(f.app, '/admin/lectures', { topicId: 'no-such-topic', expertId: '', startsAt: '2026-04-01T09:00', durationMinutes: '90', place: '区委党校报告厅' });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('区委党校报告厅');
  });

  it('Should answer a dashboard form with the error shape when the client asks for JSON', async () => {
    const res = await post(f.app, '/admin/lectures', { topicId: '', place: '' }, { accept: 'application/json' });
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toContain('application/json');
    const body = (await res.json()) as { error: { code: string; issues?: { field?: string }[] } };
    expect(body.error.code).toBe('invalid_input');
    expect(body.error.issues?.map((i) => i.field)).toContain('topicId');
  });

  it('Should answer a form about a lecture that does not exist with the 404 error page, there being no form to show again', async () => {
    const res = await f.app.request(`${ORIGIN}/admin/lectures/not-a-lecture/delivered`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN },
      body: 'attendance=30',
    });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('text/html');
  });
});
