import { describe, expect, it } from 'vitest';
import { fieldName, formToAnswers } from '../../functions/respondent/form-fields.js';
import { validateAnswers } from '../../shared/survey/validate-answers.js';
import { everyTypeSurvey, validAnswers } from '../support/fixtures.js';

describe('formToAnswers', () => {
  it('reads a plain form post into the same answers a JSON client sends', () => {
    const form = new URLSearchParams([
      [fieldName.answer('unit'), 'u1'],
      [fieldName.answer('single'), 'a'],
      [fieldName.answer('multi'), 'x'],
      [fieldName.answer('multi'), 'other'],
      [fieldName.other('multi'), '宣讲 "快板"'],
      [fieldName.rank('rank', 1), 't2'],
      [fieldName.rank('rank', 2), 't1'],
      [fieldName.answer('rate'), '4'],
      [fieldName.row('matrix', 'r1'), '5'],
      [fieldName.row('matrix', 'r2'), '3'],
      [fieldName.answer('slots'), 'mon-am'],
      [fieldName.answer('slots'), 'tue-pm'],
      [fieldName.answer('text'), '很好'],
      [fieldName.answer('num'), '30'],
    ]);
    expect(formToAnswers(everyTypeSurvey(), form)).toEqual(validAnswers());
  });

  it('keeps text typed into a number field as text, so validation can name the problem', () => {
    const answers = formToAnswers(everyTypeSurvey(), new URLSearchParams([[fieldName.answer('num'), 'abc']]));
    expect(answers.num).toBe('abc');
    const result = validateAnswers(everyTypeSurvey(), { ...validAnswers(), num: answers.num });
    expect(result).toEqual({ ok: false, issues: [{ questionId: 'num', code: 'wrong_type', expected: { zh: expect.any(String), en: expect.any(String) } }] });
  });

  it('leaves out fields that were left empty', () => {
    const answers = formToAnswers(everyTypeSurvey(), new URLSearchParams([[fieldName.answer('num'), ''], [fieldName.rank('rank', 1), '']]));
    expect(answers).toEqual({ multi: [], rank: [], slots: [], matrix: {} });
  });
});
