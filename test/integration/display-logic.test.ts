// Display logic on DynamoDB Local: the server decides what was shown from the answers, for
// every question type; definitions whose logic points forward, round or at nothing are refused.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Question, Survey } from '../../shared/survey/survey-schema.js';
import { createTestTable, type TestTable } from '../support/dynamo-table.js';
import { everyTypeSurvey, validAnswers } from '../support/fixtures.js';
import { respondentAppFor } from '../support/respondent-app.js';
import { organizerFixture, ORGANIZER, type Fixture } from './organizer-fixture.js';

/** A gate question first; every type after it, required, shown only when the gate is "yes". */
function gatedSurvey(): Survey {
  const base = everyTypeSurvey({ id: 'gated' });
  const gate: Question = { id: 'gate', type: 'single_choice', required: true, title: '是否参加过宣讲？', options: [{ id: 'yes', label: '是' }, { id: 'no', label: '否' }] };
  const gated = base.questions.map((q) => ({ ...q, required: true, visibleIf: { questionId: 'gate', anyOf: ['yes'] } }));
  return { ...base, questions: [gate, ...gated] };
}
const GATED_IDS = everyTypeSurvey().questions.map((q) => q.id);

describe('display logic when answering', () => {
  let table: TestTable;
  let app: ReturnType<typeof respondentAppFor>;
  const post = (answers: Record<string, unknown>) =>
    app.request('/api/public/surveys/gated/responses', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ submissionId: randomUUID(), answers }) });
  const counters = async () => {
    const units = await table.store.counters.read('gated');
    const totals: Record<string, number> = {};
    for (const u of units) for (const [k, v] of Object.entries(u.counters)) totals[k] = (totals[k] ?? 0) + v;
    return totals;
  };

  beforeAll(async () => {
    table = await createTestTable();
    app = respondentAppFor(table.store);
    await table.store.surveys.put(gatedSurvey());
  });
  afterAll(() => table.drop());

  it('Should not require questions the answers hide, and drop (not store, not count) answers to them, of every type', async () => {
    // Prepare: valid answers to every hidden question, and nonsense too: neither may matter.
    const hiddenValid = validAnswers();
    // Act
    const bare = await post({ gate: 'no' });
    const withValid = await post({ gate: 'no', ...hiddenValid });
    const withNonsense = await post({ gate: 'no', ...Object.fromEntries(GATED_IDS.map((id) => [id, 'zzz'])) });
    // Assess
    expect([bare.status, withValid.status, withNonsense.status]).toEqual([201, 201, 201]);
    const { responseId } = (await withValid.json()) as { responseId: string };
    const stored = (await table.store.responses.list('gated')).items.find((r) => r.responseId === responseId);
    expect(stored?.answers).toEqual({ gate: 'no' });
    expect(await counters()).toEqual({ responses: 3, 'q.gate': 3, 'q.gate.o.no': 3 });
  });

  it('Should require every shown question of every type, and count its answers', async () => {
    const missing = await post({ gate: 'yes' });
    expect(missing.status).toBe(422);
    const body = (await missing.json()) as { error: { issues: { questionId: string }[] } };
    expect(body.error.issues.map((i) => i.questionId).sort()).toEqual([...GATED_IDS].sort());

    const answered = await post({ gate: 'yes', ...validAnswers() });
    expect(answered.status).toBe(201);
    const totals = await counters();
    for (const id of GATED_IDS) expect(totals[`q.${id}`], id).toBe(1);
    expect(totals['q.gate.o.yes']).toBe(1);
  });

  it('Should show every question without JavaScript, each gated one with a plain note, and take the plain form with hidden answers dropped', async () => {
    const page = await (await app.request('/s/gated')).text();
    expect(page.match(/仅当第 1 题选择“是”时作答/g)?.length).toBe(GATED_IDS.length);
    expect(page).toContain(`data-if="${JSON.stringify([{ q: 'gate', any: ['yes'] }]).replaceAll('"', '&quot;')}"`);
    const form = new URLSearchParams([['submissionId', randomUUID()], ['q:gate', 'no'], ['q:text', '不该存'], ['q:num', 'abc']]);
    const posted = await app.request('/s/gated', { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: form.toString() });
    expect(posted.status).toBe(303);
  });

  it('Should hide a question whose controlling question is itself hidden', async () => {
    // Prepare: a second gate shown only on "yes", controlling a text question.
    const survey = gatedSurvey();
    const chained: Survey = {
      ...survey,
      id: 'chained',
      questions: [
        survey.questions[0] as Question,
        { id: 'why', type: 'single_choice', required: true, title: '为什么？', options: [{ id: 'w1', label: '好' }], visibleIf: { questionId: 'gate', anyOf: ['yes'] } },
        { id: 'more', type: 'text', required: true, title: '详细说说', maxLength: 50, visibleIf: { questionId: 'why', anyOf: ['w1'] } },
      ],
    };
    await table.store.surveys.put(chained);
    const send = (answers: Record<string, unknown>) =>
      app.request('/api/public/surveys/chained/responses', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ submissionId: randomUUID(), answers }) });
    // Act + Assess: "why" is hidden by "no", so "more" is too, whatever "why" says.
    expect((await send({ gate: 'no', why: 'w1' })).status).toBe(201);
    const refused = await send({ gate: 'yes', why: 'w1' });
    expect(refused.status).toBe(422);
    expect(((await refused.json()) as { error: { issues: { questionId: string }[] } }).error.issues.map((i) => i.questionId)).toEqual(['more']);
  });

  it('Should show a question with several conditions only when all hold: hidden it is not required and its answer is dropped', async () => {
    // Prepare: "detail" needs gate = yes and format one of online/both.
    const survey = gatedSurvey();
    const both: Survey = {
      ...survey,
      id: 'both',
      questions: [
        survey.questions[0] as Question,
        { id: 'format', type: 'multiple_choice', required: false, title: '形式', options: [{ id: 'online', label: '线上' }, { id: 'onsite', label: '线下' }, { id: 'mixed', label: '结合' }] },
        { id: 'detail', type: 'text', required: true, title: '线上平台', maxLength: 50, visibleIf: { all: [{ questionId: 'gate', anyOf: ['yes'] }, { questionId: 'format', anyOf: ['online', 'mixed'] }] } },
      ],
    };
    await table.store.surveys.put(both);
    const send = (answers: Record<string, unknown>) =>
      app.request('/api/public/surveys/both/responses', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ submissionId: randomUUID(), answers }) });
    // Act + Assess: one condition alone hides it (not required, answer dropped); both show it (required).
    const oneOnly = await send({ gate: 'yes', format: ['onsite'], detail: '不该存' });
    expect(oneOnly.status).toBe(201);
    const { responseId } = (await oneOnly.json()) as { responseId: string };
    expect((await table.store.responses.list('both')).items.find((r) => r.responseId === responseId)?.answers).toEqual({ gate: 'yes', format: ['onsite'] });
    expect((await send({ gate: 'no', format: ['online'] })).status).toBe(201);
    const missing = await send({ gate: 'yes', format: ['onsite', 'online'] });
    expect(missing.status).toBe(422);
    expect(((await missing.json()) as { error: { issues: { questionId: string }[] } }).error.issues.map((i) => i.questionId)).toEqual(['detail']);
    expect((await send({ gate: 'yes', format: ['mixed'], detail: '钉钉' })).status).toBe(201);
    // Without JavaScript the page notes every condition, and the script gets them all.
    const page = await (await app.request('/s/both')).text();
    expect(page).toContain('仅当第 1 题选择“是”时作答；仅当第 2 题选择“线上”或“结合”时作答');
    expect(page).toContain(`data-if="${JSON.stringify([{ q: 'gate', any: ['yes'] }, { q: 'format', any: ['online', 'mixed'] }]).replaceAll('"', '&quot;')}"`);
  });
});

describe('display logic in definitions', () => {
  let f: Fixture;
  let token: string;
  beforeAll(async () => {
    f = await organizerFixture();
    token = await f.login(ORGANIZER);
  });
  afterAll(() => f.table.drop());

  const choice = (id: string, visibleIf?: Question['visibleIf']): Question => ({
    id,
    type: 'single_choice',
    required: false,
    title: `题 ${id}`,
    options: [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }],
    ...(visibleIf ? { visibleIf } : {}),
  });
  const create = (questions: Question[], sections?: Survey['sections']) =>
    f.api('POST', '/api/surveys', { token, body: { definition: { kind: 'custom', title: '逻辑', questions, ...(sections ? { sections } : {}) } } });
  const refusal = async (response: Response) => {
    expect(response.status).toBe(422);
    const body = (await response.json()) as { error: { code: string; issues: { questionId?: string; message: string }[] } };
    expect(body.error.code).toBe('invalid_survey');
    return body.error.issues;
  };

  it('Should accept logic that looks back at a choice question, and old definitions without any', async () => {
    expect((await create([choice('q1'), choice('q2', { questionId: 'q1', anyOf: ['b'] })])).status).toBe(201);
    expect((await create([choice('q1'), choice('q2')])).status).toBe(201);
  });

  it('Should keep several conditions exactly as given, and refuse each bad one of them by the question it gates', async () => {
    const all = { all: [{ questionId: 'q1', anyOf: ['a'] }, { questionId: 'q2', anyOf: ['a', 'b'] }] };
    const created = await create([choice('q1'), choice('q2'), choice('q3', all)]);
    expect(created.status).toBe(201);
    const { survey } = (await created.json()) as { survey: Survey };
    const got = (await (await f.api('GET', `/api/surveys/${survey.id}`, { token })).json()) as { survey: Survey };
    expect(got.survey.questions[2]?.visibleIf).toEqual(all);
    const issues = await refusal(await create([choice('q1'), choice('q2', { all: [{ questionId: 'q1', anyOf: ['a'] }, { questionId: 'q1', anyOf: ['zz'] }, { questionId: 'q3', anyOf: ['a'] }] }), choice('q3')]));
    expect(issues.map((i) => [i.questionId, i.message])).toEqual([
      ['q2', 'Question q2 depends on option zz that question q1 does not have.'],
      ['q2', 'Question q2 depends on question q3, which comes after it.'],
    ]);
    expect((await create([choice('q1'), choice('q2', { all: [] } as never)])).status).toBe(422);
  });

  it('Should refuse a cycle, naming each question on it', async () => {
    const issues = await refusal(await create([choice('q1', { questionId: 'q2', anyOf: ['a'] }), choice('q2', { questionId: 'q1', anyOf: ['a'] })]));
    expect(issues.map((i) => i.questionId)).toEqual(['q1', 'q2']);
    expect(issues.every((i) => /depends on it in turn/.test(i.message))).toBe(true);
  });

  it('Should refuse a reference to a later question, to itself, to a missing one, to a non-choice one and to an unknown option', async () => {
    const text: Question = { id: 'words', type: 'text', required: false, title: '建议', maxLength: 50 };
    const issues = await refusal(
      await create([
        choice('q1', { questionId: 'q3', anyOf: ['a'] }),
        choice('self', { questionId: 'self', anyOf: ['a'] }),
        choice('q3'),
        text,
        choice('ghost', { questionId: 'nowhere', anyOf: ['a'] }),
        choice('fromText', { questionId: 'words', anyOf: ['a'] }),
        choice('badOption', { questionId: 'q3', anyOf: ['zz'] }),
      ]),
    );
    expect(issues.map((i) => [i.questionId, i.message])).toEqual([
      ['q1', 'Question q1 depends on question q3, which comes after it.'],
      ['self', 'Question self depends on question self, which depends on it in turn.'],
      ['ghost', 'Question ghost depends on unknown question nowhere.'],
      ['fromText', 'Question fromText depends on question words, which has no options to choose.'],
      ['badOption', 'Question badOption depends on option zz that question q3 does not have.'],
    ]);
  });

  it("Should refuse a section whose condition depends on a question inside it, naming the section's first question", async () => {
    const q1 = choice('q1');
    const inside = { ...choice('inside'), sectionId: 's1' };
    const issues = await refusal(await create([q1, inside], [{ id: 's1', title: '第二部分', visibleIf: { questionId: 'inside', anyOf: ['a'] } }]));
    expect(issues.map((i) => [i.questionId, i.message])).toEqual([['inside', 'Section s1 depends on question inside, which depends on it in turn.']]);
  });
});
