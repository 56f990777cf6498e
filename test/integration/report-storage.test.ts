// Reports on DynamoDB Local: constant reads at any size, rebuilds that agree, exports that round-trip.
import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../shared/report/aggregate.js';
import { rebuildCounters } from '../../shared/report/rebuild-counters.js';
import { responsePages } from '../../shared/report/response-pages.js';
import { responsesCsv } from '../../shared/report/responses-csv.js';
import type { Answers } from '../../shared/question-types/answers.js';
import { createTestTable, type TestTable } from '../support/dynamo-table.js';
import { bulkResponses } from '../support/bulk-responses.js';
import { everyTypeSurvey, validAnswers } from '../support/fixtures.js';
import { allResponses, respondentAppFor } from '../support/respondent-app.js';
import { receiptNumber } from '../../shared/responses/receipt.js';

const UNITS = ['u1', 'u2', 'u3'];
const answersFor = (i: number): Answers => ({ ...(validAnswers() as Answers), unit: UNITS[i % 3]!, rate: (i % 5) + 1, num: (i % 100) + 1, text: i % 7 === 0 ? `=HYPERLINK("x") 第${i}条，"引号"\n换行` : `意见${i}` });

describe('reports on DynamoDB Local', () => {
  let table: TestTable;
  const reads = { items: 0 };
  beforeAll(async () => {
    table = await createTestTable({ readObserver: { itemsRead: (n) => void (reads.items += n) } });
  });
  afterAll(() => table.drop());

  async function itemsReadByReport(surveyId: string) {
    reads.items = 0;
    const survey = await table.store.surveys.get(surveyId);
    const report = buildReport(survey!, await table.store.counters.read(surveyId));
    return { items: reads.items, report };
  }

  it('reads the same number of items at 100 and at 5,000 responses', async () => {
    const small = everyTypeSurvey({ id: 'small' });
    const large = everyTypeSurvey({ id: 'large' });
    await table.store.surveys.put(small);
    await table.store.surveys.put(large);
    await bulkResponses(table, small, 100, answersFor);
    await bulkResponses(table, large, 5000, answersFor);

    const a = await itemsReadByReport('small');
    const b = await itemsReadByReport('large');

    expect(a.report.responses).toBe(100);
    expect(b.report.responses).toBe(5000);
    expect(b.items).toBe(a.items);
    expect(a.items).toBe(UNITS.length);
  }, 120_000);

  it('a rebuild agrees with the live counters after concurrent and replayed submissions', async () => {
    const survey = everyTypeSurvey({ id: 'live' });
    await table.store.surveys.put(survey);
    const app = respondentAppFor(table.store);
    const bodies = Array.from({ length: 60 }, (_, i) => JSON.stringify({ submissionId: randomUUID(), answers: { ...answersFor(i), text: `t${i}` } }));
    const statuses = await Promise.all(
      bodies.flatMap((body) => [body, body]).map(async (body) => (await app.request('/api/public/surveys/live/responses', { method: 'POST', body })).status),
    );
    expect(statuses.filter((s) => s === 201)).toHaveLength(60);

    expect(await rebuildCounters(table.store, 'live')).toEqual({ responses: 60, invalid: 0, differences: [], written: false });
  });

  it('a rebuild finds and repairs counters that drifted', async () => {
    const live = await table.store.counters.readExact('live');
    const drifted = live.map((u) => (u.unitId === 'u1' ? { ...u, counters: { ...u.counters, responses: String(Number(u.counters.responses) + 7) } } : u));
    await table.store.counters.replace('live', drifted);

    const found = await rebuildCounters(table.store, 'live', { write: true });
    expect(found.differences).toEqual([{ unitId: 'u1', counter: 'responses', live: '27', recounted: '20' }]);
    expect(found.written).toBe(true);
    expect((await rebuildCounters(table.store, 'live')).differences).toEqual([]);
  });

  it('responses.csv parsed back equals the stored responses', async () => {
    const survey = everyTypeSurvey({ id: 'small' });
    let text = '';
    for await (const chunk of responsesCsv(survey, responsePages(table.store.responses, 'small', 37), { locale: 'en', timeZone: 'UTC' })) text += chunk;
    const [header, ...rows] = parse(text.slice(1)) as string[][];
    const stored = await allResponses(table.store, 'small');
    expect(rows).toHaveLength(100);
    const col = (name: string) => header!.indexOf(name);
    expect(rows.map((r) => r[col('receipt number')])).toEqual(stored.map((s) => receiptNumber(s.responseId)));
    rows.forEach((row, i) => {
      const s = stored[i]!;
      const text = String(s.answers.text);
      expect(row[col('建议')]).toBe(/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
      expect(Number(row[col('评分')])).toBe(s.answers.rate);
      expect(row[col(`submitted (UTC)`)]).toBe(s.submittedAt.slice(0, 19).replace('T', ' '));
    });
  });
});
