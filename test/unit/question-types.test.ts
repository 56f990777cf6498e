import { describe, expect, it } from 'vitest';
import { QuestionField } from '../../functions/respondent/pages/question-field.js';
import { formToAnswers, noValues } from '../../functions/respondent/form-fields.js';
import { questionViews } from '../../functions/question-views/registry.js';
import { questionTypes } from '../../shared/question-types/registry.js';
import { buildReport } from '../../shared/report/aggregate.js';
import { counterDeltas } from '../../shared/survey/counter-deltas.js';
import { reportCsv } from '../../shared/report/report-csv.js';
import { QUESTION_TYPES, type Question, type Survey } from '../../shared/survey/survey-schema.js';
import { validateAnswers } from '../../shared/survey/validate-answers.js';
import { definitionIssues } from '../../shared/survey/definition-issues.js';
import { everyTypeSurvey } from '../support/fixtures.js';

const DOMAIN_PARTS = ['type', 'name', 'schema', 'reportSchema', 'skeleton', 'definitionIssues', 'checkAnswer', 'fromForm', 'countAnswer', 'maxCounterChanges', 'report', 'reportCsvRows', 'answerColumns', 'answerWords', 'crossTabColumns', 'logic'] as const;
const VIEW_PARTS = ['layout', 'check', 'hint', 'picks', 'Controls', 'Chart'] as const;

/** Fills a rendered question the way a person would: the first choice of each group, a word, the smallest number. */
function fillForm(html: string): URLSearchParams {
  const form = new URLSearchParams();
  const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
  for (const [tag] of html.matchAll(/<input[^>]*>/g)) {
    const name = attr(tag, 'name');
    const type = attr(tag, 'type');
    if (!name || name.endsWith(':other')) continue;
    if ((type === 'radio' || type === 'checkbox') && !form.has(name)) form.append(name, attr(tag, 'value') ?? '');
    if (type === 'text') form.append(name, '答');
    if (type === 'number') form.append(name, attr(tag, 'min') ?? '1');
  }
  for (const [tag] of html.matchAll(/<textarea[^>]*>/g)) form.append(attr(tag, 'name') ?? '', '答');
  const used = new Set<string>();
  for (const [, open, body] of html.matchAll(/<select([^>]*)>([\s\S]*?)<\/select>/g)) {
    const values = [...(body ?? '').matchAll(/<option value="([^"]+)"/g)].map((m) => m[1] ?? '');
    const value = values.find((v) => !used.has(v));
    if (value) (used.add(value), form.append(attr(open ?? '', 'name') ?? '', value));
  }
  return form;
}

async function render(survey: Survey, question: Question): Promise<string> {
  const node = QuestionField({ survey, question, index: 0, locale: 'zh', values: noValues });
  return (await Promise.resolve(node)).toString();
}

const survey = everyTypeSurvey();
const questionOf = (type: string) => survey.questions.find((q) => q.type === type);

// What filling in each type's rendered form gives, and the counters it adds.
const ROUND_TRIPS: Record<string, { answer: unknown; counters: Record<string, number> }> = {
  unit: { answer: 'u1', counters: { 'q.unit': 1, 'q.unit.o.u1': 1 } },
  single_choice: { answer: 'a', counters: { 'q.single': 1, 'q.single.o.a': 1 } },
  multiple_choice: { answer: ['x'], counters: { 'q.multi': 1, 'q.multi.o.x': 1 } },
  ranking: { answer: ['t1', 't2'], counters: { 'q.rank': 1, 'q.rank.p1.t1': 1, 'q.rank.p2.t2': 1 } },
  rating: { answer: 1, counters: { 'q.rate': 1, 'q.rate.v1': 1 } },
  matrix_rating: { answer: { r1: 1, r2: 1 }, counters: { 'q.matrix': 1, 'q.matrix.r.r1.v1': 1, 'q.matrix.r.r2.v1': 1 } },
  time_slots: { answer: ['mon-am'], counters: { 'q.slots': 1, 'q.slots.o.mon-am': 1 } },
  text: { answer: '答', counters: { 'q.text': 1 } },
  number: { answer: 1, counters: { 'q.num': 1, 'q.num.sum': 1, 'q.num.n1': 1 } },
};

describe('the question-type registry', () => {
  it('has a domain module and a view for every type, each implementing every part', () => {
    expect(Object.keys(questionTypes).sort()).toEqual([...QUESTION_TYPES].sort());
    expect(Object.keys(questionViews).sort()).toEqual([...QUESTION_TYPES].sort());
    for (const type of QUESTION_TYPES) {
      const module = questionTypes[type];
      expect(module.type).toBe(type);
      for (const part of DOMAIN_PARTS) expect(Object.hasOwn(module, part), `${type}.${part}`).toBe(true);
      for (const part of VIEW_PARTS) expect(Object.hasOwn(questionViews[type], part), `${type} view ${part}`).toBe(true);
    }
  });

  it('gives every type a skeleton that is a sound definition on its own', () => {
    for (const type of QUESTION_TYPES) {
      const q = questionTypes[type].skeleton({ id: 'new', required: false, title: '新题目' }, { fronts: [], units: [{ id: 'u1', name: '一街道', front: 'street' }], themes: [], topics: [], experts: [] } as never);
      expect(definitionIssues({ ...survey, fronts: [{ id: 'street', label: '街道' }], questions: [q] }), type).toEqual([]);
    }
  });

  for (const type of QUESTION_TYPES) {
    it(`carries a ${type} answer from its rendered form to the counters and the report`, async () => {
      // Prepare
      const question = questionOf(type);
      if (!question) throw new Error(`the every-type survey has no ${type} question`);
      const one: Survey = { ...survey, questions: [{ ...question, required: true }] };
      const expected = ROUND_TRIPS[type];
      // Act
      const form = fillForm(await render(one, question));
      const validation = validateAnswers(one, formToAnswers(one, form));
      // Assess
      expect(validation).toEqual({ ok: true, answers: { [question.id]: expected?.answer } });
      if (!validation.ok) return;
      const deltas = counterDeltas(one, validation.answers);
      expect(deltas).toEqual({ responses: 1, ...expected?.counters });
      const report = buildReport(one, [{ unitId: '_none', counters: deltas }]);
      expect(report.responses).toBe(1);
      expect(report.questions[0]).toMatchObject({ questionId: question.id, type, answered: 1 });
      const csv = reportCsv(report, 'zh').split('\r\n').filter(Boolean);
      expect(csv.length).toBeGreaterThan(1);
      expect(csv.slice(1).every((line) => line.startsWith('第 1 题,'))).toBe(true);
    });
  }
});
