// An answer of the wrong shape is told, in both languages, the shape its question takes: each question
// type's module states it, with the question's own ids as the example.
import { describe, expect, it } from 'vitest';
import { answerIssueMessage } from '../../shared/i18n/answer-messages.js';
import { questionTypes } from '../../shared/question-types/registry.js';
import type { AnswerIssue } from '../../shared/question-types/answer-issue.js';
import { validateAnswers } from '../../shared/survey/validate-answers.js';
import { everyTypeSurvey, validAnswers } from '../support/fixtures.js';

const OTHER = '{ "optionId": "other", "text": "…" }';

/** Per question type: the everyTypeSurvey question, an answer of the wrong shape, and the expected form in Chinese and English. */
const CASES: Record<keyof typeof questionTypes, [questionId: string, wrong: unknown, zh: string, en: string]> = {
  unit: ['unit', 5, '一个单位 id（字符串），如 "u1"', 'one unit id (a string), e.g. "u1"'],
  single_choice: ['single', ['a'], `一个选项 id（字符串），如 "a"；选“其他”时为 ${OTHER}`, `one option id (a string), e.g. "a", or for a write-in ${OTHER}`],
  multiple_choice: ['multi', 'x', `选项 id 的数组，如 ["x", "y"]；“其他”一项写为 ${OTHER}`, `a list of option ids, e.g. ["x", "y"], where a write-in is ${OTHER}`],
  ranking: ['rank', 't1', '按名次排列的选项 id 数组（第一名在前），如 ["t1", "t2"]', 'an ordered list of option ids, first place first, e.g. ["t1", "t2"]'],
  rating: ['rate', '4', '1 到 5 的整数（数字，不是字符串）', 'a whole number from 1 to 5 (a number, not a string)'],
  matrix_rating: ['matrix', [5, 3], '一个对象 { 评分项 id: 1 到 5 的整数 }，如 { "r1": 5 }', 'an object { rowId: whole number from 1 to 5 }, e.g. { "r1": 5 }'],
  time_slots: ['slots', 'mon-am', '时间段选项 id 的数组，如 ["mon-am", "mon-pm"]', 'a list of time-slot option ids, e.g. ["mon-am", "mon-pm"]'],
  text: ['text', 42, '一段文字（字符串），不超过 10 个字', 'a string of at most 10 characters'],
  number: ['num', '30', '整数，1 到 100', 'a whole number from 1 to 100'],
};

function onlyIssue(answers: Record<string, unknown>): AnswerIssue {
  const result = validateAnswers(everyTypeSurvey(), answers);
  if (result.ok || result.issues.length !== 1) throw new Error(`expected one issue, got ${JSON.stringify(result)}`);
  return result.issues[0]!;
}

describe('the expected form of an answer, per question type', () => {
  it.each(Object.entries(CASES))('Should tell a %s answer of the wrong shape the form it takes, in both languages', (type, [questionId, wrong, zh, en]) => {
    // Act
    const issue = onlyIssue({ ...validAnswers(), [questionId]: wrong });
    // Assess
    expect(issue).toEqual({ questionId, code: 'wrong_type', expected: { zh, en } });
    expect(answerIssueMessage(issue, 'zh')).toBe(`答案的格式不正确：应为${zh}。`);
    expect(answerIssueMessage(issue, 'en')).toBe(`The answer is not in the right form: expected ${en}.`);
    expect(everyTypeSurvey().questions.find((q) => q.id === questionId)?.type).toBe(type);
  });

  it('Should cover every registered question type', () => {
    expect(Object.keys(CASES).sort()).toEqual(Object.keys(questionTypes).sort());
  });

  it('Should leave out the write-in form when a choice question takes none', () => {
    const survey = everyTypeSurvey();
    const single = survey.questions.find((q) => q.id === 'single');
    if (single?.type !== 'single_choice') throw new Error('fixture changed');
    const form = questionTypes.single_choice.expectedForm({ ...single, allowOther: false });
    expect(form).toEqual({ zh: '一个选项 id（字符串），如 "a"', en: 'one option id (a string), e.g. "a"' });
  });

  it('Should tell answers that are not an object the form of the whole', () => {
    const result = validateAnswers(everyTypeSurvey(), ['a']);
    expect(result.ok).toBe(false);
    const issue = (result as { issues: AnswerIssue[] }).issues[0]!;
    expect(answerIssueMessage(issue, 'en')).toBe('The answer is not in the right form: expected an object { questionId: answer }, e.g. { "q1": "a" }.');
    expect(answerIssueMessage(issue, 'zh')).toBe('答案的格式不正确：应为一个对象 { 题目 id: 答案 }，如 { "q1": "a" }。');
  });
});
