import { describe, expect, it } from 'vitest';
import type { AnswerIssue } from '../../shared/question-types/answer-issue.js';
import { validateAnswers } from '../../shared/survey/validate-answers.js';
import { everyTypeSurvey, validAnswers } from '../support/fixtures.js';

const survey = everyTypeSurvey();

function issuesFor(answers: Record<string, unknown>): AnswerIssue[] {
  const result = validateAnswers(survey, answers);
  return result.ok ? [] : result.issues;
}

function withAnswer(questionId: string, value: unknown): Record<string, unknown> {
  return { ...validAnswers(), [questionId]: value };
}

describe('validateAnswers', () => {
  it('accepts answers that fit every question type and returns them whole', () => {
    const result = validateAnswers(survey, validAnswers());
    expect(result).toEqual({ ok: true, answers: validAnswers() });
  });

  it('drops empty answers to optional questions', () => {
    const result = validateAnswers(survey, { ...validAnswers(), multi: [], text: '', num: null, matrix: {} });
    const expected = validAnswers();
    delete expected.multi;
    delete expected.text;
    delete expected.num;
    delete expected.matrix;
    expect(result).toEqual({ ok: true, answers: expected });
  });

  it('reports every missing required answer with its question id', () => {
    expect(issuesFor({})).toEqual([
      { questionId: 'unit', code: 'required' },
      { questionId: 'single', code: 'required' },
      { questionId: 'rank', code: 'required' },
    ]);
  });

  it('treats a whitespace-only text as missing', () => {
    const required = everyTypeSurvey({ questions: [{ id: 't', type: 'text', required: true, title: 'T', maxLength: 5 }] });
    expect(validateAnswers(required, { t: '   ' })).toEqual({ ok: false, issues: [{ questionId: 't', code: 'required' }] });
  });

  it('refuses unknown question ids once, without repeating them', () => {
    expect(issuesFor(withAnswer('nope', 'a'))).toEqual([{ questionId: '', code: 'unknown_question' }]);
  });

  it('refuses prototype-polluting keys without being fooled by them', () => {
    const input = JSON.parse(`{"__proto__": {"polluted": 1}, "constructor": 1, ${JSON.stringify(validAnswers()).slice(1)}`);
    expect(issuesFor(input)).toEqual([{ questionId: '', code: 'unknown_question' }]);
    expect(({} as { polluted?: number }).polluted).toBeUndefined();
  });

  it('rejects unknown option ids in single, multiple, ranking, time slot and unit answers', () => {
    expect(issuesFor(withAnswer('single', 'c'))).toEqual([{ questionId: 'single', code: 'unknown_option' }]);
    expect(issuesFor(withAnswer('multi', ['x', 'w']))).toEqual([{ questionId: 'multi', code: 'unknown_option' }]);
    expect(issuesFor(withAnswer('rank', ['t1', 't9']))).toEqual([{ questionId: 'rank', code: 'unknown_option' }]);
    expect(issuesFor(withAnswer('slots', ['sun-am']))).toEqual([{ questionId: 'slots', code: 'unknown_option' }]);
    expect(issuesFor(withAnswer('unit', 'u9'))).toEqual([{ questionId: 'unit', code: 'unknown_option' }]);
  });

  it('rejects a string where a rating is expected', () => {
    expect(issuesFor(withAnswer('rate', '4'))).toEqual([{ questionId: 'rate', code: 'wrong_type', expected: { zh: expect.any(String), en: expect.any(String) } }]);
  });

  it('rejects a rating out of range or not whole', () => {
    expect(issuesFor(withAnswer('rate', 6))).toEqual([{ questionId: 'rate', code: 'out_of_range', params: { min: 1, max: 5 } }]);
    expect(issuesFor(withAnswer('rate', 0))).toEqual([{ questionId: 'rate', code: 'out_of_range', params: { min: 1, max: 5 } }]);
    expect(issuesFor(withAnswer('rate', 2.5))).toEqual([{ questionId: 'rate', code: 'out_of_range', params: { min: 1, max: 5 } }]);
  });

  it('rejects too many and too few picks', () => {
    expect(issuesFor(withAnswer('multi', ['x', 'y', 'z']))).toEqual([{ questionId: 'multi', code: 'too_many_picks', params: { max: 2 } }]);
    expect(issuesFor(withAnswer('slots', ['mon-am', 'mon-pm', 'tue-am', 'tue-pm']))).toEqual([
      { questionId: 'slots', code: 'too_many_picks', params: { max: 3 } },
    ]);
    const atLeastTwo = everyTypeSurvey({ questions: [{ id: 'm', type: 'multiple_choice', required: false, title: 'M', minPicks: 2, options: [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }] }] });
    expect(validateAnswers(atLeastTwo, { m: ['a'] })).toEqual({ ok: false, issues: [{ questionId: 'm', code: 'too_few_picks', params: { min: 2 } }] });
  });

  it('rejects duplicate ids in a ranking and in multiple picks', () => {
    expect(issuesFor(withAnswer('rank', ['t1', 't1']))).toEqual([{ questionId: 'rank', code: 'duplicate_option' }]);
    expect(issuesFor(withAnswer('multi', ['x', 'x']))).toEqual([{ questionId: 'multi', code: 'duplicate_option' }]);
  });

  it('asks for the full top k in a ranking unless fewer are allowed', () => {
    expect(issuesFor(withAnswer('rank', ['t1']))).toEqual([{ questionId: 'rank', code: 'too_few_ranked', params: { min: 2 } }]);
    expect(issuesFor(withAnswer('rank', ['t1', 't2', 't3']))).toEqual([{ questionId: 'rank', code: 'too_many_ranked', params: { max: 2 } }]);
  });

  it('rejects text over its limit, counting Chinese and emoji as one character each', () => {
    expect(issuesFor(withAnswer('text', '一二三四五六七八九十'))).toEqual([]);
    expect(issuesFor(withAnswer('text', '👍'.repeat(10)))).toEqual([]);
    expect(issuesFor(withAnswer('text', '一二三四五六七八九十一'))).toEqual([
      { questionId: 'text', code: 'too_long', params: { max: 10, length: 11 } },
    ]);
  });

  it('rejects text with lone surrogates or control characters', () => {
    expect(issuesFor(withAnswer('text', 'a\uD800b'))).toEqual([{ questionId: 'text', code: 'invalid_text' }]);
    expect(issuesFor(withAnswer('text', 'a\u0000b'))).toEqual([{ questionId: 'text', code: 'invalid_text' }]);
  });

  it('rejects NaN, Infinity, fractions and out-of-range numbers', () => {
    expect(issuesFor(withAnswer('num', Number.NaN))).toEqual([{ questionId: 'num', code: 'not_finite' }]);
    expect(issuesFor(withAnswer('num', Number.POSITIVE_INFINITY))).toEqual([{ questionId: 'num', code: 'not_finite' }]);
    expect(issuesFor(withAnswer('num', 2.5))).toEqual([{ questionId: 'num', code: 'not_integer' }]);
    expect(issuesFor(withAnswer('num', 0))).toEqual([{ questionId: 'num', code: 'below_min', params: { min: 1 } }]);
    expect(issuesFor(withAnswer('num', 101))).toEqual([{ questionId: 'num', code: 'above_max', params: { max: 100 } }]);
    expect(issuesFor(withAnswer('num', '30'))).toEqual([{ questionId: 'num', code: 'wrong_type', expected: { zh: expect.any(String), en: expect.any(String) } }]);
  });

  it('bounds numbers without limits of their own so storage and spreadsheets keep them exact', () => {
    const open = everyTypeSurvey({ questions: [{ id: 'n', type: 'number', required: false, title: 'N' }] });
    expect(validateAnswers(open, { n: 1e300 })).toEqual({ ok: false, issues: [{ questionId: 'n', code: 'above_max', params: { max: 1e12 } }] });
  });

  it('checks matrix rows: known rows, scores in range, all rows when required', () => {
    expect(issuesFor(withAnswer('matrix', { r1: 5, r9: 1 }))).toEqual([{ questionId: 'matrix', code: 'unknown_row' }]);
    expect(issuesFor(withAnswer('matrix', { r1: 9 }))).toEqual([{ questionId: 'matrix', code: 'out_of_range', params: { min: 1, max: 5 } }]);
    expect(issuesFor(withAnswer('matrix', [5, 3]))).toEqual([{ questionId: 'matrix', code: 'wrong_type', expected: { zh: expect.any(String), en: expect.any(String) } }]);
    const required = everyTypeSurvey({ questions: [{ id: 'm', type: 'matrix_rating', required: true, title: 'M', scale: 3, rows: [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }] }] });
    expect(validateAnswers(required, { m: { a: 1 } })).toEqual({ ok: false, issues: [{ questionId: 'm', code: 'row_required' }] });
  });

  it('takes a write-in only where the question allows one, and only with text', () => {
    expect(issuesFor(withAnswer('single', { optionId: 'other', text: '巡回宣讲' }))).toEqual([]);
    expect(issuesFor(withAnswer('single', { optionId: 'other', text: '  ' }))).toEqual([{ questionId: 'single', code: 'other_text_required' }]);
    expect(issuesFor(withAnswer('single', 'other'))).toEqual([{ questionId: 'single', code: 'other_text_required' }]);
    expect(issuesFor(withAnswer('rank', [{ optionId: 'other', text: 'x' }, 't1']))).toEqual([{ questionId: 'rank', code: 'other_not_allowed' }]);
    expect(issuesFor(withAnswer('single', { optionId: 'other', text: 'x'.repeat(201) }))).toEqual([
      { questionId: 'single', code: 'too_long', params: { max: 200, length: 201 } },
    ]);
  });

  it('rejects answers that are not an object keyed by question id', () => {
    expect(validateAnswers(survey, ['a'])).toEqual({ ok: false, issues: [{ questionId: '', code: 'wrong_type', expected: { zh: expect.any(String), en: expect.any(String) } }] });
    expect(validateAnswers(survey, 'a')).toEqual({ ok: false, issues: [{ questionId: '', code: 'wrong_type', expected: { zh: expect.any(String), en: expect.any(String) } }] });
  });

  it('rejects a huge array before looking at its items', () => {
    expect(issuesFor(withAnswer('multi', Array.from({ length: 100_000 }, () => 'x')))).toEqual([
      { questionId: 'multi', code: 'too_many_picks', params: { max: 2 } },
    ]);
  });

  it('keeps HTML in text answers as text (escaping is the page’s job)', () => {
    const answers = withAnswer('text', '<script>');
    expect(validateAnswers(survey, answers)).toEqual({ ok: true, answers });
  });
});
