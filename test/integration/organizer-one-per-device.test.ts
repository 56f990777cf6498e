// The one-response-per-device setting as organizers set it: through the API and the dashboard form.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Survey } from '../../shared/survey/survey-schema.js';
import { ORGANIZER, ORIGIN, organizerFixture, type Fixture } from './organizer-fixture.js';

let f: Fixture;
let token: string;
beforeAll(async () => {
  f = await organizerFixture();
  token = await f.login(ORGANIZER);
});
afterAll(() => f.table.drop());

async function settingsOf(surveyId: string) {
  return ((await (await f.api('GET', `/api/surveys/${surveyId}`, { token })).json()) as { settings: Record<string, unknown> }).settings;
}

describe('the onePerDevice setting', () => {
  it('Should be set and cleared through the API, leaving other settings alone, and refuse a non-boolean', async () => {
    const { survey } = (await (await f.api('POST', '/api/surveys', { token, body: { template: 'blank' } })).json()) as { survey: Survey };
    expect((await f.api('PUT', `/api/surveys/${survey.id}/settings`, { token, body: { responseLimit: 5, onePerDevice: true } })).status).toBe(200);
    expect(await settingsOf(survey.id)).toEqual({ responseLimit: 5, onePerDevice: true });
    await f.api('PUT', `/api/surveys/${survey.id}/settings`, { token, body: { onePerDevice: false } });
    expect(await settingsOf(survey.id)).toEqual({ responseLimit: 5, onePerDevice: false });
    expect((await f.api('PUT', `/api/surveys/${survey.id}/settings`, { token, body: { onePerDevice: 'yes' } })).status).toBe(400);
  });

  it('Should be a checkbox on the dashboard settings form', async () => {
    const { survey } = (await (await f.api('POST', '/api/surveys', { token, body: { template: 'blank' } })).json()) as { survey: Survey };
    const cookie = `diancai_session=${token}`;
    const saved = await f.app.request(`${ORIGIN}/admin/surveys/${survey.id}/settings`, {
      method: 'POST',
      headers: { cookie, origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'opensAt=&closesAt=&responseLimit=&onePerDevice=1',
    });
    expect(saved.status).toBe(303);
    expect((await settingsOf(survey.id)).onePerDevice).toBe(true);
    const html = await (await f.app.request(`${ORIGIN}/admin/surveys/${survey.id}`, { headers: { cookie } })).text();
    expect(html).toMatch(/<input type="checkbox" name="onePerDevice" value="1" checked="?"?/);
  });
});
