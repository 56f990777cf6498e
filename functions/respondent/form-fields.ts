// How answers travel in a plain HTML form: field names, and turning posted fields into answers.
import { OTHER_OPTION_ID } from '../../shared/survey/ids.js';
import type { Question, Survey } from '../../shared/survey/survey-schema.js';

/** Ids never contain ":", so these names cannot collide. */
export const fieldName = {
  answer: (questionId: string) => `q:${questionId}`,
  other: (questionId: string) => `q:${questionId}:other`,
  rank: (questionId: string, position: number) => `q:${questionId}:${position}`,
  row: (questionId: string, rowId: string) => `q:${questionId}:r:${rowId}`,
};

export interface FormValues {
  get(name: string): string | null;
  getAll(name: string): string[];
}

export const noValues: FormValues = { get: () => null, getAll: () => [] };

function choice(form: FormValues, questionId: string, value: string): unknown {
  return value === OTHER_OPTION_ID ? { optionId: OTHER_OPTION_ID, text: form.get(fieldName.other(questionId)) ?? '' } : value;
}

/** A number field's text as a number; text that is not a number stays text so validation names it. */
function numeric(text: string | null): unknown {
  if (text === null || text.trim() === '') return undefined;
  const n = Number(text.trim());
  return Number.isNaN(n) ? text : n;
}

function fieldAnswer(q: Question, form: FormValues): unknown {
  const name = fieldName.answer(q.id);
  switch (q.type) {
    case 'single_choice':
    case 'unit': {
      const value = form.get(name);
      return value ? choice(form, q.id, value) : undefined;
    }
    case 'multiple_choice':
    case 'time_slots':
      return form.getAll(name).map((value) => choice(form, q.id, value));
    case 'ranking': {
      const ranked: string[] = [];
      for (let i = 1; i <= q.pick; i++) {
        const value = form.get(fieldName.rank(q.id, i));
        if (value) ranked.push(value);
      }
      return ranked;
    }
    case 'rating':
    case 'number':
      return numeric(form.get(name));
    case 'matrix_rating': {
      const rows: Record<string, unknown> = {};
      for (const row of q.rows) {
        const score = numeric(form.get(fieldName.row(q.id, row.id)));
        if (score !== undefined) rows[row.id] = score;
      }
      return rows;
    }
    case 'text':
      return form.get(name) ?? undefined;
  }
}

/** The answers a posted form carries, unvalidated: validation is the domain's job. */
export function formToAnswers(survey: Survey, form: FormValues): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const q of survey.questions) {
    const answer = fieldAnswer(q, form);
    if (answer !== undefined) answers[q.id] = answer;
  }
  return answers;
}
