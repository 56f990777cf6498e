import { describe, expect, it } from 'vitest';
import { buildReport } from '../../shared/report/aggregate.js';
import { checkReportFilter, crossTab } from '../../shared/report/crosstab.js';
import { recount } from '../../shared/report/recount.js';
import type { StoredResponse } from '../../shared/responses/response-store.js';
import type { UnitCounters } from '../../shared/survey/counter-store.js';
import type { Answers } from '../../shared/question-types/answers.js';
import { everyTypeSurvey } from '../support/fixtures.js';

const survey = everyTypeSurvey({
  questions: everyTypeSurvey().questions.map((q) => (q.id === 'rank' ? { ...q, aspect: 'content' as const } : q.id === 'multi' ? { ...q, aspect: 'format' as const } : q)),
});
const FRONT: Record<string, string> = { u1: 'street', u2: 'street', u3: 'economy' };

/** Counters as the live system would hold them for these hand-made responses. */
function countersFor(answers: Answers[]): UnitCounters[] {
  const responses: StoredResponse[] = answers.map((a, i) => ({
    surveyId: survey.id,
    responseId: `r${i}`,
    submissionId: `s${i}`,
    submittedAt: `2026-11-0${(i % 9) + 1}T08:00:00.000Z`,
    unitId: a.unit as string,
    answers: a,
  }));
  return [...recount(survey, responses)].map(([unitId, counters]) => ({ unitId, front: FRONT[unitId], counters, lastResponseAt: '2026-11-03T08:00:00.000Z' }));
}

const answers: Answers[] = [
  { unit: 'u1', single: 'a', multi: ['x', 'y'], rank: ['t1', 't2'], rate: 5, matrix: { r1: 4, r2: 2 }, num: 10, text: '好' },
  { unit: 'u1', single: 'b', multi: ['x'], rank: ['t2', 't1'], rate: 3, matrix: { r1: 2 }, num: 30 },
  { unit: 'u3', single: { optionId: 'other', text: '宣讲团' }, multi: ['x', { optionId: 'other', text: '快板' }], rank: ['t1', 't3'], num: 20 },
];

describe('buildReport', () => {
  const report = buildReport(survey, countersFor(answers));
  const q = (id: string) => report.questions.find((x) => x.questionId === id);

  it('counts responses and shares per option, write-ins included', () => {
    expect(report.responses).toBe(3);
    expect(q('single')).toMatchObject({
      answered: 3,
      options: [
        { id: 'a', count: 1, share: 1 / 3 },
        { id: 'b', count: 1, share: 1 / 3 },
        { id: 'other', label: '其他', count: 1, share: 1 / 3 },
      ],
    });
    expect(q('multi')).toMatchObject({ answered: 3, options: [{ id: 'x', count: 3, share: 1 }, { id: 'y', count: 1 }, { id: 'z', count: 0, share: 0 }, { id: 'other', count: 1 }] });
  });

  it('ranks by Borda score with times first and times ranked', () => {
    expect(q('rank')).toMatchObject({
      pick: 2,
      options: [
        { id: 't1', first: 2, ranked: 3, borda: 5, positions: [2, 1] },
        { id: 't2', first: 1, ranked: 2, borda: 3, positions: [1, 1] },
        { id: 't3', first: 0, ranked: 1, borda: 1, positions: [0, 1] },
      ],
    });
  });

  it('gives mean and distribution for ratings and each matrix row', () => {
    expect(q('rate')).toMatchObject({ answered: 2, mean: 4, distribution: [{ score: 1, count: 0 }, { score: 2, count: 0 }, { score: 3, count: 1 }, { score: 4, count: 0 }, { score: 5, count: 1 }] });
    expect(q('matrix')).toMatchObject({ rows: [{ id: 'r1', answered: 2, mean: 3 }, { id: 'r2', answered: 1, mean: 2 }] });
  });

  it('gives count, mean, min and max for a bounded whole-number question', () => {
    expect(q('num')).toMatchObject({ answered: 3, mean: 20, min: 10, max: 30 });
  });

  it('counts text answers', () => {
    expect(q('text')).toMatchObject({ type: 'text', answered: 1 });
  });

  it('names the leading content and formats in plain words with their shares', () => {
    expect(report.summary.map((s) => s.text)).toEqual(['最想听的内容：课题一（100%）、课题二（67%）、课题三（33%）。', '最受欢迎的形式：X（100%）、Y（33%）、其他（33%）。']);
    expect(buildReport(survey, countersFor(answers), {}, 'en').summary[0]?.text).toBe('Most wanted content: 课题一 (100%), 课题二 (67%), 课题三 (33%).');
  });

  it('cuts every figure by unit and by front', () => {
    const byUnit = buildReport(survey, countersFor(answers), { unit: 'u3' });
    expect(byUnit.responses).toBe(1);
    expect(byUnit.questions.find((x) => x.questionId === 'single')).toMatchObject({ answered: 1, options: [{ count: 0 }, { count: 0 }, { count: 1, share: 1 }] });
    const byFront = buildReport(survey, countersFor(answers), { front: 'street' });
    expect(byFront.responses).toBe(2);
    expect(byFront.questions.find((x) => x.questionId === 'rate')).toMatchObject({ mean: 4 });
  });

  it('reports zeros, not NaN or errors, when nobody has answered', () => {
    const empty = buildReport(survey, []);
    expect(empty.responses).toBe(0);
    expect(empty.lastResponseAt).toBeNull();
    expect(empty.summary).toEqual([]);
    expect(JSON.stringify(empty)).not.toMatch(/NaN|Infinity/);
    expect(empty.questions.find((x) => x.questionId === 'rate')).toMatchObject({ answered: 0, mean: null });
    expect(empty.questions.find((x) => x.questionId === 'num')).toMatchObject({ mean: null, min: null, max: null });
  });
});

describe('crossTab', () => {
  it('gives each unit’s counts per option of the chosen question', () => {
    const table = crossTab(survey, countersFor(answers), 'unit', 'single');
    expect(table.columns.map((c) => c.id)).toEqual(['a', 'b', 'other']);
    expect(table.rows.map((r) => [r.id, r.front, r.responses, r.counts])).toEqual([
      ['u1', 'street', 2, [1, 1, 0]],
      ['u2', 'street', 0, [0, 0, 0]],
      ['u3', 'economy', 1, [0, 0, 1]],
    ]);
  });

  it('adds units up by front, and counts a ranking as times ranked at all', () => {
    const table = crossTab(survey, countersFor(answers), 'front', 'rank');
    expect(table.rows.map((r) => [r.id, r.counts])).toEqual([
      ['street', [2, 2, 0]],
      ['economy', [1, 0, 1]],
    ]);
  });

  it('defaults to the first content question', () => {
    expect(crossTab(survey, [], 'unit').questionId).toBe('rank');
  });

  it('refuses questions that cannot be cross-tabulated and unknown filters', () => {
    expect(() => crossTab(survey, [], 'unit', 'text')).toThrow(/can be cross-tabulated/);
    expect(() => crossTab(survey, [], 'unit', 'nope')).toThrow(/can be cross-tabulated/);
    expect(() => checkReportFilter(survey, { unit: 'u9', front: 'mars' })).toThrow('No unit of this survey has this id. No front of this survey has this id.');
    expect(() => checkReportFilter(survey, { unit: 'u1', front: 'street' })).not.toThrow();
  });
});
