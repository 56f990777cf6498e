// Bodies and queries are checked by middleware from the route table before a handler runs, keeping the
// public contract: any JSON body whatever its label, an empty optional body as `{}`, 400 naming fields for
// a body of the wrong shape, 422 for what the domain refuses, and never the sent value echoed back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_NEEDS_SURVEY_ID } from '../../shared/demo/seed-demo.js';
import { ADMIN, organizerFixture, type Fixture } from './organizer-fixture.js';

type ErrorAnswer = { error: { code: string; message: string; issues?: { field?: string; message: string }[] } };

describe('input checked from the route table', () => {
  let f: Fixture;
  let token: string;
  let surveyId: string;
  beforeAll(async () => {
    f = await organizerFixture();
    token = await f.login(ADMIN);
    const created = await f.api('POST', '/api/surveys', { token, body: { template: 'needs' } });
    surveyId = ((await created.json()) as { survey: { id: string } }).survey.id;
  });
  afterAll(() => f.table.drop());

  it('Should read a JSON body sent without a JSON label (curl -d) and name the field it refuses', async () => {
    const res = await f.api('POST', `/api/surveys/${surveyId}/template`, { token, body: '{"name":""}', headers: { 'content-type': 'text/plain' } });
    expect(res.status).toBe(400);
    const body = (await res.json()) as ErrorAnswer;
    expect(body.error.code).toBe('malformed_body');
    expect(body.error.issues?.map((i) => i.field)).toEqual(['name']);
  });

  it('Should take an empty optional body labelled JSON as the defaults', async () => {
    const res = await f.api('POST', `/api/surveys/${surveyId}/copy`, { token, body: '', headers: { 'content-type': 'application/json' } });
    expect(res.status).toBe(201);
  });

  it('Should leave a body the domain checks to the domain: 422 with its problems, not a 400', async () => {
    const res = await f.api('POST', '/api/menus', { token, body: { title: '', orderDeadline: 'soon', maxPicks: 0, items: [] } });
    expect(res.status).toBe(422);
    expect(((await res.json()) as ErrorAnswer).error.code).toBe('invalid_input');
  });

  it('Should refuse a query value with the schema’s words, never the value sent', async () => {
    const hostile = '<script>alert(1)</script>';
    const res = await f.api('GET', `/api/surveys/${DEMO_NEEDS_SURVEY_ID}/crosstab?by=${encodeURIComponent(hostile)}&question=${encodeURIComponent(hostile)}`, { token });
    expect(res.status).toBe(422);
    const text = await res.text();
    expect(text).not.toContain('script');
    expect((JSON.parse(text) as ErrorAnswer).error.issues).toEqual([
      { field: 'by', message: 'by must be unit or front' },
      { field: 'question', message: 'This survey has no question by this id.' },
    ]);
  });

  it('Should read the first of a repeated query parameter, as before', async () => {
    const res = await f.api('GET', `/api/lectures?status=delivered&status=${encodeURIComponent('<b>')}`, { token });
    expect(res.status).toBe(200);
  });
});
