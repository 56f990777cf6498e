// How answers travel in a plain HTML form: the field names every type's form parts agree on.
import { OTHER_OPTION_ID } from '../kernel/ids.js';

/** Ids never contain ":", so these names cannot collide. */
export const fieldName = {
  answer: (questionId: string) => `q:${questionId}`,
  other: (questionId: string) => `q:${questionId}:other`,
  rank: (questionId: string, position: number) => `q:${questionId}:${position}`,
  row: (questionId: string, rowId: string) => `q:${questionId}:r:${rowId}`,
};

/** What a posted form offers (URLSearchParams and FormData both fit). */
export interface FormValues {
  get(name: string): string | null;
  getAll(name: string): string[];
}

export const noValues: FormValues = { get: () => null, getAll: () => [] };

/** A picked option's value, with its write-in text when the pick is "other". */
export function formChoice(form: FormValues, questionId: string, value: string): unknown {
  return value === OTHER_OPTION_ID ? { optionId: OTHER_OPTION_ID, text: form.get(fieldName.other(questionId)) ?? '' } : value;
}

/** A number field's text as a number; text that is not a number stays text so validation names it. */
export function formNumber(text: string | null): unknown {
  if (text === null || text.trim() === '') return undefined;
  const n = Number(text.trim());
  return Number.isNaN(n) ? text : n;
}
