// Two organizers (or two windows) never undo each other's saves: survey and settings items carry a
// version, every write is conditional on the version it was made from, and a lost race is a 409 that
// says to reload, never a 200 for a save that was thrown away.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORGANIZER, ORIGIN, organizerFixture, type Fixture } from './organizer-fixture.js';

let f: Fixture;
let token: string;

beforeAll(async () => {
  f = await organizerFixture();
  token = await f.login(ORGANIZER);
});
afterAll(() => f.table.drop());

interface ErrorAnswer {
  error: { code: string; message: string };
}

async function draft(): Promise<{ id: string; title: string; questions: unknown[] }> {
  const created = await f.api('POST', '/api/surveys', { token, body: { template: 'blank' } });
  return ((await created.json()) as { survey: { id: string; title: string; questions: unknown[] } }).survey;
}

const form = (path: string, fields: Record<string, string>) =>
  f.app.request(`${ORIGIN}${path}?lang=en`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });

describe('a save racing a publish', () => {
  it('Should never answer 200 for a save the publish then overwrites', async () => {
    const survey = await draft();
    const repository = f.table.store.surveyAdmin;
    const realTransition = repository.transition.bind(repository);
    let saved: Response | undefined;
    // The publish has read the draft; before it writes, another organizer saves a new title.
    repository.transition = async (...args: Parameters<typeof realTransition>) => {
      repository.transition = realTransition;
      saved = await f.api('PUT', `/api/surveys/${survey.id}/definition`, { token, body: { title: 'Saved while publishing', questions: survey.questions } });
      return realTransition(...args);
    };
    const published = await f.api('POST', `/api/surveys/${survey.id}/publish`, { token });

    const stored = await f.table.store.surveys.get(survey.id);
    if (saved?.status === 200) expect(stored?.title).toBe('Saved while publishing');
    expect(published.status).toBe(409);
    expect(((await published.json()) as ErrorAnswer).error.code).toBe('edit_conflict');
    expect(stored).toMatchObject({ status: 'draft', title: 'Saved while publishing' });
  });
});

describe('versions the client sends back', () => {
  it('Should give the version as an ETag and refuse a save made from an older one', async () => {
    const survey = await draft();
    const read = await f.api('GET', `/api/surveys/${survey.id}`, { token });
    const etag = read.headers.get('etag');
    expect(etag).toBe('"1"');
    expect(((await read.json()) as { version: number }).version).toBe(1);

    const first = await f.api('PUT', `/api/surveys/${survey.id}/definition`, { token, body: { title: 'First', questions: survey.questions }, headers: { 'if-match': etag! } });
    expect(first.status).toBe(200);
    expect(first.headers.get('etag')).toBe('"2"');
    const second = await f.api('PUT', `/api/surveys/${survey.id}/definition`, { token, body: { title: 'Second', questions: survey.questions }, headers: { 'if-match': etag! } });
    expect(second.status).toBe(409);
    const body = (await second.json()) as ErrorAnswer;
    expect(body.error.code).toBe('edit_conflict');
    expect(body.error.message).toContain('请重新加载页面');
    expect((await f.table.store.surveys.get(survey.id))?.title).toBe('First');
    expect((await f.api('POST', `/api/surveys/${survey.id}/publish`, { token, headers: { 'if-match': '"1"' } })).status).toBe(409);
    expect((await f.api('POST', `/api/surveys/${survey.id}/publish`, { token, headers: { 'if-match': '"2"' } })).status).toBe(200);
  });

  it('Should refuse a settings form rendered before another save, saying to reload', async () => {
    const survey = await draft();
    const page = await f.app.request(`${ORIGIN}/admin/surveys/${survey.id}`, { headers: { authorization: `Bearer ${token}` } });
    const version = /name="settingsVersion" value="(\d+)"/.exec(await page.text())?.[1];
    expect(version).toBe('0');
    // Two windows opened on the same page: the first sets a limit, the second (still showing none) saves.
    expect((await form(`/admin/surveys/${survey.id}/settings`, { settingsVersion: version!, responseLimit: '50' })).status).toBe(303);
    const stale = await form(`/admin/surveys/${survey.id}/settings`, { settingsVersion: version!, responseLimit: '', onePerDevice: '1' });
    expect(stale.status).toBe(409);
    expect(await stale.text()).toContain('Reload the page');
    expect(await f.table.store.surveySettings.get(survey.id)).toEqual({ responseLimit: 50, requireAccessCode: false, onePerDevice: false });
  });

  it('Should keep every settings change that answered 200 when several arrive at once', async () => {
    const survey = await draft();
    const changes = [{ opensAt: '2026-06-01T09:00' }, { closesAt: '2026-07-01T09:00' }, { responseLimit: 40 }, { requireAccessCode: true }, { onePerDevice: true }];
    const answers = await Promise.all(changes.map((body) => f.api('PUT', `/api/surveys/${survey.id}/settings`, { token, body })));
    const stored = await f.table.store.surveySettings.get(survey.id);
    answers.forEach((answer, i) => {
      expect([200, 409]).toContain(answer.status);
      if (answer.status === 200) expect(Object.keys(stored)).toContain(Object.keys(changes[i]!)[0]);
    });
    expect(answers.some((answer) => answer.status === 200)).toBe(true);
  });
});
