// Reports decide from what they actually produce, not from a sample: responses.csv becomes an export
// job once the bytes written pass the inline limit (not from the first page's average row), and
// written answers filtered by unit never come back as an empty page while more exist.
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganizerApp } from '../../functions/organizer/app.js';
import { demoSurveys } from '../../shared/demo/seed-demo.js';
import type { Answers } from '../../shared/question-types/answers.js';
import { bulkResponses } from '../support/bulk-responses.js';
import { validNeeds } from '../support/demo-answers.js';
import { waitForExport } from './export-wait.js';
import { ADMIN, organizerFixture, ORIGIN, type Fixture } from './organizer-fixture.js';

let f: Fixture;
let token: string;

beforeAll(async () => {
  f = await organizerFixture();
  token = await f.login(ADMIN);
});
afterAll(() => f.table.drop());

function needsSurvey(id: string) {
  const [needs] = demoSurveys(f.clock.now().toISOString());
  return { ...needs!, id };
}

describe('responses.csv, inline or exported', () => {
  it('Should export once the rows written pass the limit, even when the first page is small', async () => {
    const survey = needsSurvey('bytes-survey');
    await f.table.store.surveys.put(survey);
    // 500 short rows (the first page), then 100 long ones: about 2 MB more than the first page suggests.
    await bulkResponses(f.table, survey, 600, (i) => ({ ...validNeeds(), suggestions: i < 500 ? '好' : '长'.repeat(7000) }));
    const limit = 1_000_000;
    const app = createOrganizerApp({ ...f.deps, exportInlineMaxBytes: limit });
    const request = (path: string) => app.request(`${ORIGIN}${path}`, { headers: { authorization: `Bearer ${token}` } });

    const res = await request(`/api/surveys/${survey.id}/responses.csv`);
    expect(res.status).toBe(303);
    // Past the limit it becomes an export job; the finished job's link is the file.
    const { exportId } = (await res.json()) as { exportId: string };
    expect(res.headers.get('location')).toBe(`/api/exports/${exportId}`);
    const done = await waitForExport(f, token, exportId);
    expect(done).toMatchObject({ status: 'done', rowsDone: 600 });
    const file = await request(done.url ?? '');
    const text = await file.text();
    expect(Buffer.byteLength(text)).toBeGreaterThan(limit);
    expect((parse(text.replace(/^\uFEFF/, '')) as string[][]).length).toBe(601);
  });

  it('Should still answer inline when everything fits', async () => {
    const survey = needsSurvey('small-survey');
    await f.table.store.surveys.put(survey);
    await bulkResponses(f.table, survey, 20, () => validNeeds() as Answers);
    const app = createOrganizerApp({ ...f.deps, exportInlineMaxBytes: 1_000_000 });
    const res = await app.request(`${ORIGIN}/api/surveys/${survey.id}/responses.csv`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect((parse((await res.text()).replace(/^\uFEFF/, '')) as string[][]).length).toBe(21);
  });
});

describe('written answers filtered by unit', () => {
  it('Should never answer an empty page with a cursor while the unit has more answers', async () => {
    const survey = needsSurvey('units-survey');
    await f.table.store.surveys.put(survey);
    // Oldest 30 from health, then 450 newer ones from education: the newest pages hold no health answer.
    await bulkResponses(f.table, survey, 480, (i) => (i < 30 ? { ...validNeeds('health'), suggestions: `health ${i}` } : { ...validNeeds('education'), suggestions: `education ${i}` }));

    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const res = await f.api('GET', `/api/surveys/${survey.id}/text-answers?question=suggestions&unit=health${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, { token });
      expect(res.status).toBe(200);
      const page = (await res.json()) as { answers: { text: string }[]; cursor?: string };
      if (page.cursor) expect(page.answers.length).toBeGreaterThan(0);
      seen.push(...page.answers.map((a) => a.text));
      cursor = page.cursor;
    } while (cursor);
    expect(seen.sort()).toEqual(Array.from({ length: 30 }, (_, i) => `health ${i}`).sort());
  });
});
