// Checks a respondent's answers against a survey and reports every problem by question.
// Each type's own check lives in its module (shared/question-types/).
import type { AnswerIssue } from './answer-issue.js';
import type { Answers } from './answers.js';
import type { Survey } from './survey-schema.js';
import { isEmpty, isPlainObject } from '../question-types/answer-checks.js';
import { moduleOf } from '../question-types/registry.js';

export { OTHER_TEXT_MAX, textLength } from '../question-types/answer-checks.js';
export { NUMBER_LIMIT } from '../question-types/number.js';

export type AnswerValidation = { ok: true; answers: Answers } | { ok: false; issues: AnswerIssue[] };

/**
 * Validates answers against a survey. Every problem is reported (one per question),
 * so a respondent can fix them all in one go. Empty answers to optional questions are dropped.
 */
export function validateAnswers(survey: Survey, input: unknown): AnswerValidation {
  if (!isPlainObject(input)) return { ok: false, issues: [{ questionId: '', code: 'wrong_type' }] };
  const issues: AnswerIssue[] = [];
  const answers: Answers = {};
  const questionIds = new Set(survey.questions.map((q) => q.id));

  for (const key of Object.keys(input)) {
    if (!questionIds.has(key)) issues.push({ questionId: key.slice(0, 64), code: 'unknown_question' });
  }
  for (const question of survey.questions) {
    const value = Object.hasOwn(input, question.id) ? input[question.id] : undefined;
    if (isEmpty(value)) {
      if (question.required) issues.push({ questionId: question.id, code: 'required' });
      continue;
    }
    let problem = false;
    const answer = moduleOf(question).checkAnswer(question, value, (code, params) => {
      problem = true;
      issues.push(params ? { questionId: question.id, code, params } : { questionId: question.id, code });
    });
    if (problem) continue;
    if (answer === undefined) {
      if (question.required) issues.push({ questionId: question.id, code: 'required' });
      continue;
    }
    answers[question.id] = answer;
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, answers };
}
