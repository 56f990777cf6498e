// What a number answer may be: within ±10^12 and with at most the question's decimals, so every
// answer and every sum of them is exact in DynamoDB (38 digits) and in a spreadsheet cell.
import { decimalOf, decimalPlaces } from '../report/exact-decimal.js';
import type { QuestionOf } from './survey-schema.js';

/** Largest magnitude of an answer or a bound: DynamoDB and Excel both lose precision far beyond it. */
export const NUMBER_LIMIT = 1e12;
/** The most decimals a number question may ask for (its `decimals` field). */
export const MAX_DECIMALS = 4;
/** Decimals allowed when a question that is not `integer` states none. */
export const DEFAULT_DECIMALS = 2;

/**
 * Why sums stay exact: an answer is a multiple of 10^-4 below 10^12 in size (16 digits), so the sum of
 * 10^22 of them still fits DynamoDB's 38 digits: an ADD can never run out of precision.
 */
export function allowedDecimals(q: Pick<QuestionOf<'number'>, 'integer' | 'decimals'>): number {
  return q.integer ? 0 : (q.decimals ?? DEFAULT_DECIMALS);
}

/** Digits after the point of a finite number as people write it (1e-7 has 7, 0.1 + 0.2 has 17). */
export function decimalsIn(value: number): number {
  return decimalPlaces(decimalOf(value));
}

/** A step for the form's number field: 1, 0.1, 0.01… */
export function stepOf(decimals: number): string {
  return decimals === 0 ? '1' : `0.${'0'.repeat(decimals - 1)}1`;
}

/**
 * The value a number answer adds to its sum: the answer itself for every answer these rules accept.
 * A response stored before the rules existed (1e-37) counts rounded to the question's decimals, so a
 * rebuild with --write repairs a sum that no longer had room for another digit.
 */
export function countedNumber(q: Pick<QuestionOf<'number'>, 'integer' | 'decimals'>, answer: number): number {
  if (!Number.isFinite(answer) || Math.abs(answer) > NUMBER_LIMIT) return 0;
  const rounded = Number(answer.toFixed(allowedDecimals(q)));
  return rounded === 0 ? 0 : rounded;
}
