// Exporting a survey's access codes as CSV, to print and hand out per unit.
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

const feedback = (unit: string) => ({ unit, lecture: { relevance: 5, depth: 4, practice: 4, effect: 5 }, teacher: { clarity: 5, interaction: 4, time: 5 }, organization: 5 });

async function codeSurvey() {
  const created = await f.api('POST', '/api/surveys', { token, body: { template: 'feedback' } });
  const { survey } = (await created.json()) as { survey: Survey };
  await f.api('POST', `/api/surveys/${survey.id}/publish`, { token });
  await f.api('PUT', `/api/surveys/${survey.id}/settings`, { token, body: { requireAccessCode: true } });
  const response = await f.api('POST', `/api/surveys/${survey.id}/access-codes`, { token, body: { units: [{ unitId: 'education', count: 2 }, { unitId: 'health', count: 1 }] } });
  const { codes } = (await response.json()) as { codes: { code: string; unitId: string }[] };
  return { survey, codes };
}

/** The body's bytes start with the UTF-8 BOM (Excel needs it); text() would silently drop it. */
async function csvText(response: Response): Promise<string> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return new TextDecoder().decode(bytes);
}

function unitLabel(survey: Survey, unitId: string): string {
  const question = survey.questions.find((q) => q.type === 'unit');
  return (question?.type === 'unit' ? question.options.find((o) => o.id === unitId)?.label : undefined) ?? unitId;
}

describe('GET /api/surveys/:surveyId/access-codes.csv', () => {
  it('Should list every code with its unit name and whether it is used, as an Excel-friendly download', async () => {
    // Prepare
    const { survey, codes } = await codeSurvey();
    const used = codes.find((c) => c.unitId === 'health')!.code;
    await f.submit(survey.id, { answers: feedback('health'), accessCode: used });
    // Act
    const response = await f.api('GET', `/api/surveys/${survey.id}/access-codes.csv`, { token });
    const text = await csvText(response);
    // Assess
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toContain(`access-codes-${survey.id}.csv`);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(text.startsWith('单位,访问码,状态\r\n')).toBe(true);
    const rows = text.trim().split('\r\n').slice(1).map((line) => line.split(','));
    expect(rows.map((r) => r[1]).sort()).toEqual(codes.map((c) => c.code).sort());
    for (const code of codes) {
      expect(rows).toContainEqual([unitLabel(survey, code.unitId), code.code, code.code === used ? '已使用' : '未使用']);
    }
  });

  it('Should label the columns in English with ?lang=en', async () => {
    const { survey } = await codeSurvey();
    const text = await csvText(await f.api('GET', `/api/surveys/${survey.id}/access-codes.csv?lang=en`, { token }));
    expect(text.startsWith('Unit,Code,Status\r\n')).toBe(true);
    expect(text).toContain(',Unused');
  });

  it('Should answer 404 in the error shape for an unknown survey, and be linked from the survey page', async () => {
    const missing = await f.api('GET', '/api/surveys/nope123/access-codes.csv', { token });
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBeTypeOf('string');
    const { survey } = await codeSurvey();
    const html = await (await f.app.request(`${ORIGIN}/admin/surveys/${survey.id}`, { headers: { cookie: `diancai_session=${token}` } })).text();
    expect(html).toContain(`href="/api/surveys/${survey.id}/access-codes.csv"`);
  });
});
