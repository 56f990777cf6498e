// One response per device (best effort, by cookie): the cookie after a submission, the "already answered"
// page and 409, and replays of the first submission still answered with their first result.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTable, type TestTable } from '../support/dynamo-table.js';
import { everyTypeSurvey, validFormFields } from '../support/fixtures.js';
import { allResponses, respondentAppFor } from '../support/respondent-app.js';

/** The cookie pair a browser would send back, from a response's Set-Cookie. */
function cookieOf(response: Response): string {
  return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

describe('one response per device', () => {
  let table: TestTable;
  let app: ReturnType<typeof respondentAppFor>;
  const post = (surveyId: string, body: URLSearchParams, headers: Record<string, string> = {}) =>
    app.request(`/s/${surveyId}?lang=zh`, { method: 'POST', body: body.toString(), headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers } });

  beforeAll(async () => {
    table = await createTestTable();
    app = respondentAppFor(table.store);
    for (const id of ['once', 'once-json', 'many']) await table.store.surveys.put(everyTypeSurvey({ id }));
    await table.store.surveySettings.put('once', { onePerDevice: true }, 0);
    await table.store.surveySettings.put('once-json', { onePerDevice: true }, 0);
  });
  afterAll(() => table.drop());

  it('Should set a long-lived, path-scoped, HttpOnly, SameSite=Lax cookie after a submission, Secure over HTTPS', async () => {
    // Act
    const plain = await post('once', validFormFields(randomUUID()));
    const secure = await app.request(`https://survey.example/s/once?lang=zh`, {
      method: 'POST',
      body: validFormFields(randomUUID()).toString(),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    // Assess
    expect(plain.status).toBe(303);
    const cookie = plain.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^dc_done_once=1; /);
    expect(cookie).toContain('Max-Age=31536000');
    expect(cookie).toContain('Path=/s/once');
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).not.toContain('Secure');
    expect(secure.headers.get('set-cookie')).toContain('Secure');
  });

  it('Should show "already answered" on the next visit and refuse a new submission with 409, in HTML and JSON', async () => {
    // Prepare
    const first = await post('once', validFormFields(randomUUID()));
    const cookie = cookieOf(first);
    const before = (await allResponses(table.store, 'once')).length;
    // Act
    const again = await app.request('/s/once', { headers: { cookie } });
    const againEn = await app.request('/s/once?lang=en', { headers: { cookie } });
    const html = await post('once', validFormFields(randomUUID()), { cookie });
    const json = await post('once', validFormFields(randomUUID()), { cookie, accept: 'application/json' });
    // Assess
    expect(again.status).toBe(200);
    const page = await again.text();
    expect(page).toContain('您已提交过这份问卷');
    expect(page).not.toContain('name="submissionId"');
    expect(await againEn.text()).toContain('You have already answered');
    expect(html.status).toBe(409);
    expect(await html.text()).toContain('您已提交过这份问卷');
    expect(json.status).toBe(409);
    expect(await json.json()).toEqual({ error: { code: 'already_answered', message: '您已在本设备上提交过这份问卷，每台设备只能提交一次。' } });
    expect((await allResponses(table.store, 'once')).length).toBe(before);
  });

  it('Should still answer a replay of the first submission with its first result', async () => {
    // Prepare: the form script resends when the network dropped after the server had stored the answer.
    const submissionId = randomUUID();
    const first = await post('once-json', validFormFields(submissionId), { accept: 'application/json' });
    const { responseId } = (await first.json()) as { responseId: string };
    // Act
    const replay = await post('once-json', validFormFields(submissionId), { cookie: cookieOf(first), accept: 'application/json' });
    const plainReplay = await post('once-json', validFormFields(submissionId), { cookie: cookieOf(first) });
    // Assess
    expect(first.status).toBe(201);
    expect(replay.status).toBe(200);
    expect(await replay.json()).toEqual({ responseId });
    expect(plainReplay.status).toBe(303);
    expect(plainReplay.headers.get('location')).toContain(`r=${responseId}`);
    expect(await allResponses(table.store, 'once-json')).toHaveLength(1);
  });

  it('Should ignore the cookie on surveys without the setting, and set none', async () => {
    const response = await post('many', validFormFields(randomUUID()), { cookie: 'dc_done_many=1' });
    expect(response.status).toBe(303);
    expect(response.headers.get('set-cookie')).toBeNull();
    expect((await app.request('/s/many', { headers: { cookie: 'dc_done_many=1' } })).status).toBe(200);
  });
});
