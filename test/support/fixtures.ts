// A small survey with every question type, for tests that need to know exactly what is asked.
import { fieldName } from '../../functions/respondent/form-fields.js';
import type { Survey } from '../../shared/survey/survey-schema.js';

export function everyTypeSurvey(overrides: Partial<Survey> = {}): Survey {
  return {
    id: 'every-type',
    kind: 'custom',
    status: 'published',
    title: '全题型测试问卷',
    createdAt: '2026-11-01T00:00:00.000Z',
    fronts: [
      { id: 'street', label: '街道战线' },
      { id: 'economy', label: '经济战线' },
    ],
    questions: [
      { id: 'unit', type: 'unit', required: true, title: '单位', options: [
        { id: 'u1', label: '一街道', front: 'street' },
        { id: 'u2', label: '二街道', front: 'street' },
        { id: 'u3', label: '商务局', front: 'economy' },
      ] },
      { id: 'single', type: 'single_choice', required: true, title: '单选', allowOther: true, options: [
        { id: 'a', label: 'A' },
        { id: 'b', label: 'B' },
      ] },
      { id: 'multi', type: 'multiple_choice', required: false, title: '多选', minPicks: 1, maxPicks: 2, allowOther: true, options: [
        { id: 'x', label: 'X' },
        { id: 'y', label: 'Y' },
        { id: 'z', label: 'Z' },
      ] },
      { id: 'rank', type: 'ranking', required: true, title: '排序', pick: 2, options: [
        { id: 't1', label: '课题一' },
        { id: 't2', label: '课题二' },
        { id: 't3', label: '课题三' },
      ] },
      { id: 'rate', type: 'rating', required: false, title: '评分', scale: 5 },
      { id: 'matrix', type: 'matrix_rating', required: false, title: '矩阵', scale: 5, rows: [
        { id: 'r1', label: '行一' },
        { id: 'r2', label: '行二' },
      ] },
      { id: 'slots', type: 'time_slots', required: false, title: '时间', maxPicks: 3, options: [
        { id: 'mon-am', label: '周一上午' },
        { id: 'mon-pm', label: '周一下午' },
        { id: 'tue-am', label: '周二上午' },
        { id: 'tue-pm', label: '周二下午' },
      ] },
      { id: 'text', type: 'text', required: false, title: '建议', maxLength: 10 },
      { id: 'num', type: 'number', required: false, title: '人数', min: 1, max: 100, integer: true },
    ],
    ...overrides,
  };
}

/** Answers that fit {@link everyTypeSurvey}. */
export function validAnswers(): Record<string, unknown> {
  return {
    unit: 'u1',
    single: 'a',
    multi: ['x', { optionId: 'other', text: '宣讲 "快板"' }],
    rank: ['t2', 't1'],
    rate: 4,
    matrix: { r1: 5, r2: 3 },
    slots: ['mon-am', 'tue-pm'],
    text: '很好',
    num: 30,
  };
}

/** The fields the plain HTML form of {@link everyTypeSurvey} posts for a valid submission. */
export function validFormFields(submissionId: string, text = '很好'): URLSearchParams {
  return new URLSearchParams([
    ['submissionId', submissionId],
    [fieldName.answer('unit'), 'u2'],
    [fieldName.answer('single'), 'b'],
    [fieldName.rank('rank', 1), 't3'],
    [fieldName.rank('rank', 2), 't1'],
    [fieldName.answer('text'), text],
  ]);
}
