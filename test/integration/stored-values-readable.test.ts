// A stored value that cannot be read back must never take pages down: district times are parsed
// strictly (a real date, years 2000-2100), what is written is checked with the schema it is read with,
// and a record that is unreadable anyway (written by an older version) costs only itself.
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keys } from '../../shared/storage/keys.js';
import { respondentAppFor } from '../support/respondent-app.js';
import { ADMIN, ORGANIZER, ORIGIN, organizerFixture, type Fixture } from './organizer-fixture.js';

let f: Fixture;
let token: string;

beforeAll(async () => {
  f = await organizerFixture();
  token = await f.login(ORGANIZER);
});
afterAll(() => f.table.drop());

async function publishedSurvey(): Promise<string> {
  const created = await f.api('POST', '/api/surveys', { token, body: { template: 'blank' } });
  const { survey } = (await created.json()) as { survey: { id: string } };
  expect((await f.api('POST', `/api/surveys/${survey.id}/publish`, { token })).status).toBe(200);
  return survey.id;
}

const page = (path: string) => f.app.request(`${ORIGIN}${path}`, { headers: { authorization: `Bearer ${token}` } });

describe('district times are read strictly', () => {
  const refused = [
    '+275760-09-13T00:00:00Z',
    '+010000-01-01T00:00:00Z',
    '2026-13-01T00:00',
    '2026-02-30T09:00',
    '2026-06-01T24:00',
    '2026-06-01T09:60',
    '0099-06-01T00:00',
    '1999-12-31T23:59',
    '2101-01-01T00:00',
    '2026-06-01T09:00:00+25:00',
    '2026-06-01',
    '2026-06-01T09:00:00.5Z1',
  ];

  it.each(refused)('Should answer 422 for %s and leave every page readable', async (opensAt) => {
    const surveyId = await publishedSurvey();
    const response = await f.api('PUT', `/api/surveys/${surveyId}/settings`, { token, body: { opensAt } });
    expect(response.status).toBe(422);
    expect(((await response.json()) as { error: { issues: { field: string }[] } }).error.issues.map((i) => i.field)).toEqual(['opensAt']);
    expect((await f.api('GET', '/api/surveys', { token })).status).toBe(200);
    expect((await f.api('GET', `/api/surveys/${surveyId}`, { token })).status).toBe(200);
  });

  it('Should accept district times and instants with an offset inside the years 2000-2100', async () => {
    const surveyId = await publishedSurvey();
    const response = await f.api('PUT', `/api/surveys/${surveyId}/settings`, {
      token,
      body: { opensAt: '2100-12-31T08:00', closesAt: '2100-12-31T23:30:00+08:00' },
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { settings: unknown }).settings).toEqual({ opensAt: '2100-12-31T00:00:00.000Z', closesAt: '2100-12-31T15:30:00.000Z' });
  });
});

describe('a stored value that cannot be read back (written before these checks)', () => {
  let bad: string;
  let good: string;

  beforeAll(async () => {
    good = await publishedSurvey();
    bad = await publishedSurvey();
    // What the old code stored for '+275760-09-13T00:00:00Z', beside a readable closing time.
    await f.table.client.send(
      new UpdateCommand({
        TableName: f.table.tableName,
        Key: keys.surveySettings(bad),
        UpdateExpression: 'SET settings = :s, #type = :t',
        ExpressionAttributeNames: { '#type': 'type' },
        ExpressionAttributeValues: { ':s': { opensAt: '+275760-09-13T00:00:00.000Z', closesAt: '2026-12-31T00:00:00.000Z', responseLimit: 'lots' }, ':t': 'survey-settings' },
      }),
    );
  });

  it('Should keep the survey list, the API list and the survey itself readable, showing the rest', async () => {
    const list = await f.api('GET', '/api/surveys', { token });
    expect(list.status).toBe(200);
    const surveys = ((await list.json()) as { surveys: { id: string; settings: unknown }[] }).surveys;
    expect(surveys.map((s) => s.id)).toEqual(expect.arrayContaining([good, bad]));
    expect(surveys.find((s) => s.id === bad)?.settings).toEqual({ closesAt: '2026-12-31T00:00:00.000Z' });

    const dashboard = await page('/admin/surveys');
    expect(dashboard.status).toBe(200);
    expect(await dashboard.text()).toContain(good);

    expect((await f.api('GET', `/api/surveys/${bad}`, { token })).status).toBe(200);
    const own = await page(`/admin/surveys/${bad}?lang=en`);
    expect(own.status).toBe(200);
    expect(await own.text()).toContain('could not be read');
  });

  it('Should let the respondent page and submissions work on the readable settings', async () => {
    const app = respondentAppFor(f.table.store, { clock: f.clock });
    expect((await app.request(`${ORIGIN}/s/${bad}`)).status).toBe(200);
    const submitted = await app.request(`${ORIGIN}/api/public/surveys/${bad}/responses`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ submissionId: randomUUID(), answers: { q1: 'fine' } }),
    });
    expect(submitted.status).toBe(201);
  });

  it('Should let the organizer fix it through the app', async () => {
    const fixed = await f.api('PUT', `/api/surveys/${bad}/settings`, { token, body: { opensAt: '2026-06-01T09:00' } });
    expect(fixed.status).toBe(200);
    expect(((await fixed.json()) as { settings: unknown }).settings).toEqual({ opensAt: '2026-06-01T01:00:00.000Z', closesAt: '2026-12-31T00:00:00.000Z' });
    expect(await f.table.store.surveySettings.get(bad)).toEqual({ opensAt: '2026-06-01T01:00:00.000Z', closesAt: '2026-12-31T00:00:00.000Z' });
  });
});

describe('generated settings values', () => {
  const pad = (n: number, width: number) => String(Math.abs(n)).padStart(width, '0');
  // Date-like text around and past every edge: years far outside 2000-2100 (signed six-digit ones
  // too), impossible months, days, hours and minutes, offsets, instants from the whole double range.
  const dateLike = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc
      .tuple(fc.integer({ min: -300_000, max: 300_000 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 61 }), fc.constantFrom('', 'Z', '+08:00', '-14:00', '+25:00', ':00.5Z'))
      .map(([y, mo, d, h, mi, tail]) => `${y < 0 || y > 9999 ? (y < 0 ? '-' : '+') + pad(y, 6) : pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}T${pad(h, 2)}:${pad(mi, 2)}${tail}`),
    fc.double({ noNaN: true, noDefaultInfinity: true, min: -8.64e15, max: 8.64e15 }).map((ms) => new Date(ms).toISOString()),
  );
  const settingsBody = fc.record(
    {
      opensAt: fc.option(dateLike, { nil: null }),
      closesAt: fc.option(dateLike, { nil: null }),
      responseLimit: fc.option(fc.oneof(fc.integer(), fc.double(), fc.constantFrom(0, -1, 1, 1_000_000, 1_000_001, 2 ** 53, Number.MAX_VALUE)), { nil: null }),
      requireAccessCode: fc.boolean(),
      onePerDevice: fc.boolean(),
    },
    { requiredKeys: [] },
  );

  it('Should never let a settings value make a later valid submission, list page, survey page or report answer 5xx', async () => {
    const surveyId = await publishedSurvey();
    const app = respondentAppFor(f.table.store, { clock: f.clock });
    await fc.assert(
      fc.asyncProperty(settingsBody, async (body) => {
        const saved = await f.api('PUT', `/api/surveys/${surveyId}/settings`, { token, body });
        expect(saved.status, JSON.stringify(body)).toBeLessThan(500);
        for (const path of ['/admin', `/admin/surveys/${surveyId}`, `/admin/surveys/${surveyId}/report`]) expect((await page(path)).status, path).toBeLessThan(500);
        for (const path of ['/api/surveys', `/api/surveys/${surveyId}`, `/api/surveys/${surveyId}/report`]) expect((await f.api('GET', path, { token })).status, path).toBeLessThan(500);
        const submitted = await app.request(`${ORIGIN}/api/public/surveys/${surveyId}/responses`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ submissionId: randomUUID(), answers: { q1: 'fine' } }),
        });
        expect(submitted.status, JSON.stringify(body)).toBeLessThan(500);
        expect((await app.request(`${ORIGIN}/s/${surveyId}`)).status).toBeLessThan(500);
      }),
      { numRuns: 60 },
    );
  }, 240_000);
});

describe('an unreadable survey definition', () => {
  it('Should leave the survey lists working for every other survey', async () => {
    const good = await publishedSurvey();
    const bad = await publishedSurvey();
    // What an older version or a hand edit could have left: a question of a type that no longer exists.
    await f.table.client.send(
      new UpdateCommand({
        TableName: f.table.tableName,
        Key: keys.surveyById(bad),
        UpdateExpression: 'SET #s.questions = :q',
        ExpressionAttributeNames: { '#s': 'survey' },
        ExpressionAttributeValues: { ':q': [{ id: 'q1', type: 'no_such_type', title: 'x', required: false }] },
      }),
    );
    // Lists read summaries: a damaged definition is still listed (its own page answers with what it can).
    const listed = async () => {
      const list = await f.api('GET', '/api/surveys', { token });
      expect(list.status).toBe(200);
      return ((await list.json()) as { surveys: { id: string }[] }).surveys.map((s) => s.id);
    };
    expect(await listed()).toEqual(expect.arrayContaining([good, bad]));
    // A damaged summary is left out, and the list goes on.
    await f.table.client.send(
      new UpdateCommand({
        TableName: f.table.tableName,
        Key: keys.surveySummary(bad),
        UpdateExpression: 'SET #s.kind = :k',
        ExpressionAttributeNames: { '#s': 'summary' },
        ExpressionAttributeValues: { ':k': 'no_such_kind' },
      }),
    );
    const ids = await listed();
    expect(ids).toContain(good);
    expect(ids).not.toContain(bad);
    expect((await page('/admin')).status).toBe(200);
  });
});

describe('unreadable sessions and audit entries', () => {
  it('Should treat a damaged session as signed out (401), never a 500', async () => {
    const other = await f.login(ORGANIZER);
    const response = await f.api('GET', '/api/me', { token: other });
    expect(response.status).toBe(200);
    // The session items the table holds for this account: damage each one's expiry (as an older writer might).
    const { ScanCommand } = await import('@aws-sdk/lib-dynamodb');
    const { Items = [] } = await f.table.client.send(new ScanCommand({ TableName: f.table.tableName, FilterExpression: '#t = :s', ExpressionAttributeNames: { '#t': 'type' }, ExpressionAttributeValues: { ':s': 'session' } }));
    for (const item of Items) {
      await f.table.client.send(new UpdateCommand({ TableName: f.table.tableName, Key: { pk: item.pk, sk: item.sk }, UpdateExpression: 'SET #s.expiresAt = :bad', ExpressionAttributeNames: { '#s': 'session' }, ExpressionAttributeValues: { ':bad': { not: 'a time' } } }));
    }
    const after = await f.api('GET', '/api/me', { token: other });
    expect(after.status).toBe(401);
    token = await f.login(ORGANIZER);
  });

  it('Should leave one unreadable audit entry out and list the rest', async () => {
    const admin = await f.login(ADMIN);
    await f.api('POST', '/api/surveys', { token: admin, body: { template: 'blank' } });
    const before = ((await (await f.api('GET', '/api/audit', { token: admin })).json()) as { entries: unknown[] }).entries.length;
    expect(before).toBeGreaterThan(1);
    const { QueryCommand } = await import('@aws-sdk/lib-dynamodb');
    const { Items = [] } = await f.table.client.send(new QueryCommand({ TableName: f.table.tableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': keys.auditPartition() }, Limit: 1 }));
    await f.table.client.send(new UpdateCommand({ TableName: f.table.tableName, Key: { pk: Items[0]!.pk, sk: Items[0]!.sk }, UpdateExpression: 'SET entry.#at = :bad', ExpressionAttributeNames: { '#at': 'at' }, ExpressionAttributeValues: { ':bad': 42 } }));
    const res = await f.api('GET', '/api/audit', { token: admin });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { entries: unknown[] }).entries).toHaveLength(before - 1);
    expect((await f.app.request(`${ORIGIN}/admin/audit`, { headers: { authorization: `Bearer ${admin}` } })).status).toBe(200);
  });
});
