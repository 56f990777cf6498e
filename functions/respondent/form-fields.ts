// Turning a posted HTML form into answers: each type's module reads its own fields.
import type { Survey } from '../../shared/survey/survey-schema.js';
import { moduleOf } from '../../shared/question-types/registry.js';
import type { FormValues } from '../../shared/question-types/form-values.js';

export { fieldName, noValues, type FormValues } from '../../shared/question-types/form-values.js';

/** The answers a posted form carries, unvalidated: validation is the domain's job. */
export function formToAnswers(survey: Survey, form: FormValues): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const q of survey.questions) {
    const answer = moduleOf(q).fromForm(q, form);
    if (answer !== undefined) answers[q.id] = answer;
  }
  return answers;
}
