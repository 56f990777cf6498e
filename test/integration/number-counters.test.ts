// Number answers and counter sums on DynamoDB Local, through the real apps: no number a respondent
// can send poisons a unit's counters, sums stay exact and readable at any size, and the rebuild
// compares them digit for digit.
import { randomUUID } from 'node:crypto';
import { NumberValue, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rebuildCounters } from '../../shared/report/rebuild-counters.js';
import { importResponses } from '../../shared/storage/dynamodb/bulk-import.js';
import type { SurveyReport } from '../../shared/report/report-types.js';
import { keys } from '../../shared/storage/keys.js';
import type { Survey } from '../../shared/survey/survey-schema.js';
import { respondentAppFor } from '../support/respondent-app.js';
import { ADMIN, organizerFixture, type Fixture } from './organizer-fixture.js';

function numbersSurvey(id: string): Survey {
  return {
    id,
    kind: 'custom',
    status: 'published',
    title: '数字题',
    createdAt: '2026-11-01T00:00:00.000Z',
    fronts: [{ id: 'street', label: '街道战线' }],
    questions: [
      { id: 'unit', type: 'unit', required: true, title: '单位', options: [{ id: 'u1', label: '一街道', front: 'street' }] },
      // No bounds and no decimals stated: the defaults apply.
      { id: 'amount', type: 'number', required: false, title: '金额' },
      { id: 'price', type: 'number', required: false, title: '单价', decimals: 2, min: 0, max: 1000 } as Survey['questions'][number],
    ],
  };
}

describe('number answers and counter sums', () => {
  let f: Fixture;
  let app: ReturnType<typeof respondentAppFor>;
  let token: string;

  const post = (surveyId: string, answers: Record<string, unknown>) =>
    app.request(`/api/public/surveys/${surveyId}/responses`, { method: 'POST', body: JSON.stringify({ submissionId: randomUUID(), answers: { unit: 'u1', ...answers } }) });

  /** Adds to a live counter directly, as a long collection would have. */
  const addToCounter = (surveyId: string, name: string, amount: string) =>
    f.table.client.send(
      new UpdateCommand({
        TableName: f.table.tableName,
        Key: keys.countersBySurveyUnit(surveyId, 'u1'),
        UpdateExpression: 'ADD #c :v',
        ExpressionAttributeNames: { '#c': name },
        ExpressionAttributeValues: { ':v': NumberValue.from(amount) },
      }),
    );

  beforeAll(async () => {
    f = await organizerFixture();
    app = respondentAppFor(f.table.store);
    token = await f.login(ADMIN);
  });
  afterAll(() => f.table.drop());

  it('Should refuse 1e-37 with 422 and keep taking the unit’s later answers', async () => {
    await f.table.store.surveys.put(numbersSurvey('tiny'));
    const tiny = await post('tiny', { amount: 1e-37 });
    expect(tiny.status).toBe(422);
    expect(((await tiny.json()) as { error: { issues: { questionId: string }[] } }).error.issues.map((i) => i.questionId)).toEqual(['amount']);
    for (const amount of [5, 123456.78, -0.01]) expect((await post('tiny', { amount })).status).toBe(201);
    expect((await rebuildCounters(f.table.store, 'tiny')).differences).toEqual([]);
  });

  it('Should refuse numbers DynamoDB cannot hold (1e-200, 5e-324, 1e300) with 422, never a 500', async () => {
    await f.table.store.surveys.put(numbersSurvey('extremes'));
    for (const amount of [1e-200, 5e-324, 1e300, -1e300, 1e-7]) expect((await post('extremes', { amount })).status, String(amount)).toBe(422);
    expect((await post('extremes', { amount: 1 })).status).toBe(201);
  });

  it('Should take as many decimals as the question states, and say so on the form', async () => {
    await f.table.store.surveys.put(numbersSurvey('decimals'));
    expect((await post('decimals', { price: 12.34 })).status).toBe(201);
    const refused = await post('decimals', { price: 12.345 });
    expect(refused.status).toBe(422);
    expect(((await refused.json()) as { error: { issues: { message: string }[] } }).error.issues[0]?.message).toBe('最多保留 2 位小数。');
    expect((await post('decimals', { amount: 0.125 })).status).toBe(422);
    const page = await (await app.request('/s/decimals')).text();
    expect(page).toContain('step="0.01"');
    expect(page).toContain('填写 0–1000 之间的数，最多 2 位小数');
    expect(page).toContain('填写数字，最多 2 位小数');
  });

  it('Should sum exactly: 0.1 + 0.2 is 0.3 live, and the rebuild sees a difference in the twentieth decimal', async () => {
    await f.table.store.surveys.put(numbersSurvey('exact'));
    for (const amount of [0.1, 0.2]) expect((await post('exact', { amount })).status).toBe(201);
    expect((await rebuildCounters(f.table.store, 'exact')).differences).toEqual([]);
    const [unit] = await f.table.store.counters.readExact('exact');
    expect(unit?.counters['q.amount.sum']).toBe('0.3');

    await addToCounter('exact', 'q.amount.sum', '0.00000000000000000001');
    const drifted = await rebuildCounters(f.table.store, 'exact', { write: true });
    expect(drifted.differences).toEqual([{ unitId: 'u1', counter: 'q.amount.sum', live: '0.30000000000000000001', recounted: '0.3' }]);
    expect((await rebuildCounters(f.table.store, 'exact')).differences).toEqual([]);
  });

  it('Should keep sums and counts beyond 2^53 readable: the list, the report and the rebuild answer', async () => {
    const survey = numbersSurvey('huge');
    const created = await f.api('POST', '/api/surveys', { token, body: { definition: survey } });
    expect(created.status).toBe(201);
    const { id } = ((await created.json()) as { survey: Survey }).survey;
    expect((await f.api('POST', `/api/surveys/${id}/publish`, { token })).status).toBe(200);
    expect((await post(id, { amount: 1e12 })).status).toBe(201);
    await addToCounter(id, 'q.amount.sum', '9007199254740993.5');
    await addToCounter(id, 'responses', '9007199254740993');

    const list = await f.api('GET', '/api/surveys', { token });
    expect(list.status).toBe(200);
    const listed = ((await list.json()) as { surveys: { id: string; responses: number }[] }).surveys.find((s) => s.id === id);
    expect(listed?.responses).toBe(9007199254740994);
    const report = await f.api('GET', `/api/surveys/${id}/report`, { token });
    expect(report.status).toBe(200);
    const amount = ((await report.json()) as SurveyReport).questions.find((q) => q.questionId === 'amount');
    expect(amount).toMatchObject({ answered: 1, mean: 9008199254740993.5 });
    expect((await f.api('GET', '/admin', { token })).status).toBe(200);

    const rebuilt = await rebuildCounters(f.table.store, id);
    expect(rebuilt.differences).toEqual([
      { unitId: 'u1', counter: 'q.amount.sum', live: '9008199254740993.5', recounted: '1000000000000' },
      { unitId: 'u1', counter: 'responses', live: '9007199254740994', recounted: '1' },
    ]);
  });

  it('Should repair a unit poisoned before numbers had decimals: the rebuild counts stored answers by today’s rules', async () => {
    await f.table.store.surveys.put(numbersSurvey('poisoned'));
    // What the old code stored and added: an answer of 1e-37, and a sum that leaves no room for more digits.
    await importResponses(f.table.client, f.table.tableName, [
      { surveyId: 'poisoned', responseId: randomUUID(), submissionId: randomUUID(), submittedAt: '2026-11-02T00:00:00.000Z', unitId: 'u1', front: 'street', answers: { unit: 'u1', amount: 1e-37 } },
    ]);
    for (const [name, amount] of [['responses', '1'], ['q.unit', '1'], ['q.unit.o.u1', '1'], ['q.amount', '1'], ['q.amount.sum', '1e-37']] as const) await addToCounter('poisoned', name, amount);
    // The old layout's one item is poisoned; new answers add to write shards, and reads sum all of them exactly.
    expect((await post('poisoned', { amount: 50 })).status).toBe(201);

    const repaired = await rebuildCounters(f.table.store, 'poisoned', { write: true });
    expect(repaired.differences).toEqual([{ unitId: 'u1', counter: 'q.amount.sum', live: `50.${'0'.repeat(36)}1`, recounted: '50' }]);
    expect((await post('poisoned', { amount: 50 })).status).toBe(201);
    expect((await rebuildCounters(f.table.store, 'poisoned')).differences).toEqual([]);
  });
});
