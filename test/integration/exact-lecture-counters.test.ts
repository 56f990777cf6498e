// One lecture's feedback totals past 2^53 through the real counters on DynamoDB Local: every page and
// route that reads lecture counters answers 200 with the exact total, and the rebuild compares and
// writes back digit for digit (one exact-number path for every counter).
import { randomUUID } from 'node:crypto';
import { NumberValue, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rebuildLectureCounters } from '../../shared/lectures/rebuild-lecture-counters.js';
import { keys } from '../../shared/storage/keys.js';
import type { Survey } from '../../shared/survey/survey-schema.js';
import { respondentAppFor } from '../support/respondent-app.js';
import { ADMIN, organizerFixture, type Fixture } from './organizer-fixture.js';

/** 2^53 + 1: a double cannot hold it; summed as doubles with one more feedback it reads 2^53. */
const BIG_COUNT = '9007199254740993';
const EXACT_FEEDBACK = 9007199254740994;

describe('lecture counters past 2^53', () => {
  let f: Fixture;
  let token: string;
  let lectureId: string;

  beforeAll(async () => {
    f = await organizerFixture();
    token = await f.login(ADMIN);
    // The feedback form asks for a number with no small maximum, as the attack run's did.
    const current = (await (await f.api('GET', '/api/feedback-form', { token })).json()) as { form: Survey };
    const form = { ...current.form, questions: [...current.form.questions, { id: 'amount', type: 'number', required: false, title: '金额' }] };
    expect((await f.api('PUT', '/api/feedback-form', { token, body: form })).status).toBe(200);
    const created = await f.api('POST', '/api/lectures', {
      token,
      body: { topicId: 't-party-history', expertId: 'e-wang', unitIds: ['dongfeng-st'], startsAt: '2026-03-02T09:00', durationMinutes: 90, place: '区委党校报告厅' },
    });
    expect(created.status).toBe(201);
    lectureId = ((await created.json()) as { lectureId: string }).lectureId;
    f.clock.set('2026-03-02T03:00:00.000Z');
    token = await f.login(ADMIN);
    const respondent = respondentAppFor(f.table.store, { clock: f.clock });
    const sent = await respondent.request(`http://localhost/api/public/lectures/${lectureId}/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ submissionId: randomUUID(), answers: { lecture: { relevance: 5, depth: 5, practice: 5, effect: 5 }, teacher: { clarity: 5, interaction: 5, time: 5 }, organization: 5, amount: 999999999999.99 } }),
    });
    expect(sent.status).toBe(201);
    // What ~9,000 such submissions leave on one shard, written directly (the real counter item).
    await f.table.client.send(
      new UpdateCommand({
        TableName: f.table.tableName,
        Key: keys.lectureCounterShard(lectureId, 3),
        UpdateExpression: 'ADD #responses :count, #answered :count, #sum :sum',
        ExpressionAttributeNames: { '#responses': 'responses', '#answered': 'q.amount', '#sum': 'q.amount.sum' },
        ExpressionAttributeValues: { ':count': NumberValue.from(BIG_COUNT), ':sum': NumberValue.from('9100000000000000.02') },
      }),
    );
    expect((await f.api('POST', `/api/lectures/${lectureId}/delivered`, { token, body: { attendance: 300 } })).status).toBe(200);
  });
  afterAll(() => f.table.drop());

  it('Should answer the ledger, the lecture and the scorecards with the exact feedback count', async () => {
    const ledger = await f.api('GET', '/api/lectures?from=2026-03-01&to=2026-03-31', { token });
    expect(ledger.status).toBe(200);
    expect(((await ledger.json()) as { lectures: { lectureId?: string; id: string; feedback: number }[] }).lectures.find((l) => l.id === lectureId)?.feedback).toBe(EXACT_FEEDBACK);
    const one = await f.api('GET', `/api/lectures/${lectureId}`, { token });
    expect(one.status).toBe(200);
    expect(((await one.json()) as { feedback: number }).feedback).toBe(EXACT_FEEDBACK);
    const csv = await f.api('GET', '/api/lectures.csv?from=2026-03-01&to=2026-03-31', { token });
    expect(csv.status).toBe(200);
    expect(await csv.text()).toContain(`,${EXACT_FEEDBACK},`);
    for (const by of ['expert', 'topic', 'unit', 'front']) {
      const cards = await f.api('GET', `/api/scorecards?by=${by}&from=2026-03-01&to=2026-03-31`, { token });
      expect(cards.status, by).toBe(200);
      expect(((await cards.json()) as { rows: { feedback: number; scores: { organisation?: number } }[] }).rows[0]).toMatchObject({ feedback: EXACT_FEEDBACK, scores: { organisation: 5 } });
    }
    const cardsCsv = await f.api('GET', '/api/scorecards.csv?by=expert&from=2026-03-01&to=2026-03-31', { token });
    expect(cardsCsv.status).toBe(200);
    expect(await cardsCsv.text()).toContain(`,${EXACT_FEEDBACK},`);
    const summary = await f.api('GET', '/api/programme/summary?from=2026-03-01&to=2026-03-31', { token });
    expect(summary.status).toBe(200);
    expect(await summary.json()).toMatchObject({ lectures: 1, attendance: 300 });
  });

  it('Should show every page that reads lecture counters (ledger, lecture, scorecards, catalogue, menus, programme)', async () => {
    for (const path of ['/admin/lectures', `/admin/lectures/${lectureId}`, '/admin/scorecards?by=expert&from=2026-03-01&to=2026-03-31', '/admin/catalogue', '/admin/menus', '/admin/programme?from=2026-03-01&to=2026-03-31']) {
      const page = await f.api('GET', path, { token });
      expect(page.status, path).toBe(200);
    }
  });

  it('Should compare the live totals with the recount digit for digit, and write the recount back exactly', async () => {
    const found = await rebuildLectureCounters(f.table.store, lectureId);
    expect(found.differences).toEqual(
      expect.arrayContaining([
        { unitId: lectureId, counter: 'responses', live: String(EXACT_FEEDBACK), recounted: '1' },
        { unitId: lectureId, counter: 'q.amount.sum', live: '9101000000000000.01', recounted: '999999999999.99' },
      ]),
    );
    expect((await rebuildLectureCounters(f.table.store, lectureId, { write: true })).written).toBe(true);
    expect((await rebuildLectureCounters(f.table.store, lectureId)).differences).toEqual([]);
    const ledger = (await (await f.api('GET', '/api/lectures?from=2026-03-01&to=2026-03-31', { token })).json()) as { lectures: { id: string; feedback: number }[] };
    expect(ledger.lectures.find((l) => l.id === lectureId)?.feedback).toBe(1);
  });
});
