// Generated numbers against the real apps on DynamoDB Local: number answers from the whole double
// range (subnormals, huge, negative zero, many decimals) and generated number bounds in definitions
// never make a later valid submission, the survey list or a report answer 5xx, and the counters
// always agree with a recount, digit for digit.
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rebuildCounters } from '../../shared/report/rebuild-counters.js';
import type { Survey } from '../../shared/survey/survey-schema.js';
import { respondentAppFor } from '../support/respondent-app.js';
import { ADMIN, organizerFixture, type Fixture } from './organizer-fixture.js';

/** Every kind of double a client can put in JSON: fast-check's doubles lean to the edges (±0, subnormals, ±MAX_VALUE). */
const anyNumber = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.double({ min: -1e13, max: 1e13, noNaN: true }),
  fc.double({ min: -1, max: 1, noNaN: true }),
  fc.tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 40 })).map(([n, k]) => n / 10 ** k),
  fc.constantFrom(-0, 5e-324, 1e-37, 1e-200, 1e-7, 0.1, 0.2, 0.125, 123456.789, 9007199254740993, 1e12, -1e12, 1e12 + 0.5, 1.7976931348623157e308),
);

function numbersSurvey(id: string): Survey {
  return {
    id,
    kind: 'custom',
    status: 'published',
    title: '数字',
    createdAt: '2026-11-01T00:00:00.000Z',
    fronts: [{ id: 'street', label: '街道战线' }],
    questions: [
      { id: 'unit', type: 'unit', required: true, title: '单位', options: [{ id: 'u1', label: '一街道', front: 'street' }, { id: 'u2', label: '二街道', front: 'street' }] },
      { id: 'plain', type: 'number', required: false, title: '无限制' },
      { id: 'whole', type: 'number', required: false, title: '整数', integer: true },
      { id: 'fine', type: 'number', required: false, title: '四位小数', decimals: 4 },
      { id: 'ranged', type: 'number', required: false, title: '区间', min: -5.5, max: 1000, decimals: 1 },
    ],
  };
}

describe('hostile numbers', () => {
  let f: Fixture;
  let token: string;
  let app: ReturnType<typeof respondentAppFor>;
  let logLines: string[];

  const post = (surveyId: string, answers: Record<string, unknown>) =>
    app.request(`/api/public/surveys/${surveyId}/responses`, { method: 'POST', body: JSON.stringify({ submissionId: randomUUID(), answers }) });

  beforeAll(async () => {
    f = await organizerFixture();
    token = await f.login(ADMIN);
    logLines = [];
    app = respondentAppFor(f.table.store, { logLines });
  });
  afterAll(() => f.table.drop());

  it('Should answer every number answer with 201 or 422, and take the unit’s next valid answer after it', async () => {
    await f.table.store.surveys.put(numbersSurvey('any-number'));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('plain', 'whole', 'fine', 'ranged'), anyNumber, fc.constantFrom('u1', 'u2'), async (question, value, unit) => {
        const res = await post('any-number', { unit, [question]: value });
        expect([201, 422], `${question}=${value}`).toContain(res.status);
        const next = await post('any-number', { unit, plain: 1.25, whole: 3, fine: 0.0001, ranged: 999.9 });
        expect(next.status, `after ${question}=${value}`).toBe(201);
      }),
      { numRuns: 300 },
    );
    const report = await f.api('GET', '/api/surveys/any-number/report', { token });
    expect(report.status).toBe(200);
    expect(await report.text()).not.toMatch(/NaN|Infinity/);
    expect((await f.api('GET', '/api/surveys', { token })).status).toBe(200);
    expect((await rebuildCounters(f.table.store, 'any-number')).differences).toEqual([]);
    expect(logLines.filter((l) => l.includes('"level":"error"'))).toEqual([]);
  }, 600_000);

  it('Should answer every definition’s number bounds with 201 or 422; what it accepts takes answers, lists and reports', async () => {
    const bound = fc.option(anyNumber, { nil: undefined });
    await fc.assert(
      fc.asyncProperty(bound, bound, fc.option(fc.integer({ min: -2, max: 6 }), { nil: undefined }), fc.option(fc.boolean(), { nil: undefined }), anyNumber, async (min, max, decimals, integer, answer) => {
        const question = { id: 'n', type: 'number', required: false, title: '数', ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }), ...(decimals === undefined ? {} : { decimals }), ...(integer === undefined ? {} : { integer }) };
        const definition = { kind: 'custom', title: '生成的问卷', questions: [question] };
        const created = await f.api('POST', '/api/surveys', { token, body: { definition } });
        expect([201, 422], JSON.stringify(question)).toContain(created.status);
        if (created.status !== 201) return;
        const { id } = ((await created.json()) as { survey: Survey }).survey;
        expect((await f.api('POST', `/api/surveys/${id}/publish`, { token })).status).toBe(200);
        expect([201, 422]).toContain((await post(id, { n: answer })).status);
        expect((await post(id, {})).status).toBe(201);
        expect((await f.api('GET', `/api/surveys/${id}/report`, { token })).status).toBe(200);
        expect((await app.request(`/s/${id}`)).status).toBe(200);
      }),
      { numRuns: 120 },
    );
    expect((await f.api('GET', '/api/surveys', { token })).status).toBe(200);
    expect((await f.api('GET', '/admin', { token })).status).toBe(200);
  }, 600_000);
});
