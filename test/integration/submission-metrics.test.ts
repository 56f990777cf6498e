// Survey responses and lecture feedback take one submission path: each outcome is counted the same way
// (stored, replayed, refused), from the JSON API and from the plain form alike.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MetricName } from '../../functions/http/metrics.js';
import { demoCatalogue } from '../../shared/demo/demo-catalogue.js';
import { scheduleLecture } from '../../shared/lectures/schedule-lecture.js';
import { createTestTable, type TestTable } from '../support/dynamo-table.js';
import { everyTypeSurvey, validAnswers } from '../support/fixtures.js';
import { respondentAppFor } from '../support/respondent-app.js';

const FEEDBACK = { lecture: { relevance: 5, depth: 4, practice: 5, effect: 4 }, teacher: { clarity: 5, interaction: 3, time: 4 }, organization: 5 };

describe('the counted submission path', () => {
  let table: TestTable;
  let app: ReturnType<typeof respondentAppFor>;
  let lectureId: string;
  const counted: MetricName[] = [];
  const clock = { now: () => new Date('2026-03-01T08:00:00Z') };

  beforeAll(async () => {
    table = await createTestTable();
    await table.store.catalogue.putAll(demoCatalogue);
    await table.store.surveys.put(everyTypeSurvey());
    app = respondentAppFor(table.store, { clock, metrics: { count: (name) => void counted.push(name) } });
    const lecture = await scheduleLecture(
      { ...table.store, clock, newId: randomUUID, timeZone: 'Asia/Shanghai' },
      { topicId: 't-health', expertId: 'e-zhao', unitIds: ['health'], startsAt: '2026-03-01T14:00', durationMinutes: 90, place: '会议室' },
    );
    lectureId = lecture.id;
  });
  afterAll(() => table.drop());

  const json = (path: string, body: unknown) => app.request(path, { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } });
  const form = (path: string, fields: Record<string, string>) =>
    app.request(path, { method: 'POST', body: new URLSearchParams(fields).toString(), headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'http://localhost' } });

  /** What one call counted. */
  async function countedBy(call: () => Response | Promise<Response>): Promise<{ status: number; counted: MetricName[] }> {
    counted.length = 0;
    const res = await call();
    return { status: res.status, counted: counted.filter((name) => name === 'Submissions' || name === 'Replays' || name === 'RefusedAnswers') };
  }

  it('Should count a survey response stored, replayed and refused', async () => {
    const submissionId = randomUUID();
    const path = '/api/public/surveys/every-type/responses';
    expect(await countedBy(() => json(path, { submissionId, answers: validAnswers() }))).toEqual({ status: 201, counted: ['Submissions'] });
    expect(await countedBy(() => json(path, { submissionId, answers: validAnswers() }))).toEqual({ status: 200, counted: ['Replays'] });
    expect(await countedBy(() => json(path, { submissionId: randomUUID(), answers: {} }))).toEqual({ status: 422, counted: ['RefusedAnswers'] });
  });

  it('Should count lecture feedback stored, replayed and refused, as a survey response is', async () => {
    const submissionId = randomUUID();
    const path = `/api/public/lectures/${lectureId}/feedback`;
    expect(await countedBy(() => json(path, { submissionId, answers: FEEDBACK }))).toEqual({ status: 201, counted: ['Submissions'] });
    expect(await countedBy(() => json(path, { submissionId, answers: FEEDBACK }))).toEqual({ status: 200, counted: ['Replays'] });
    expect(await countedBy(() => json(path, { submissionId: randomUUID(), answers: { organization: 9 } }))).toEqual({ status: 422, counted: ['RefusedAnswers'] });
  });

  it('Should count the feedback page’s plain form posts the same way', async () => {
    // The form's own fields for FEEDBACK: one per matrix row, one for the rating.
    const fields = Object.fromEntries(
      Object.entries(FEEDBACK).flatMap(([question, answer]) =>
        typeof answer === 'number' ? [[`q:${question}`, String(answer)]] : Object.entries(answer).map(([row, score]) => [`q:${question}:r:${row}`, String(score)]),
      ),
    );
    const submissionId = randomUUID();
    expect(await countedBy(() => form(`/f/${lectureId}`, { submissionId, ...fields }))).toEqual({ status: 303, counted: ['Submissions'] });
    expect(await countedBy(() => form(`/f/${lectureId}`, { submissionId, ...fields }))).toEqual({ status: 303, counted: ['Replays'] });
    expect(await countedBy(() => form(`/f/${lectureId}`, { submissionId: randomUUID(), ...fields, 'q:organization': '9' }))).toEqual({ status: 422, counted: ['RefusedAnswers'] });
  });
});
