// What one feedback response adds to its lecture's counters, and the counters read back as scores.
// Per dimension: the sum and number of ratings, and how many were in the top two scale points, so a
// scorecard is a few additions per lecture however many people answered.
import { counterDeltas, type CounterDeltas } from '../survey/counter-deltas.js';
import { RESPONSES_COUNTER } from '../question-types/counter-names.js';
import type { DecimalText } from '../kernel/exact-decimal.js';
import { addDeltas, exactTotal, type ExactCounters } from '../survey/exact-counters.js';
import type { Answers } from '../question-types/answers.js';
import type { Dimension, Survey } from '../survey/survey-schema.js';

export const dimensionCounters = {
  sum: (d: Dimension) => `d.${d}.sum`,
  ratings: (d: Dimension) => `d.${d}.n`,
  topTwo: (d: Dimension) => `d.${d}.top2`,
  /**
   * The same sum and count per scale: a district may change its form's scale (5 points to 10), and a
   * mean over both would mean nothing, so each rating is also counted under the scale it was given on.
   */
  scaleSum: (d: Dimension, scale: number) => `d.${d}.s${scale}.sum`,
  scaleRatings: (d: Dimension, scale: number) => `d.${d}.s${scale}.n`,
};

const SCALE_COUNTER = /^d\.([a-z]+)\.s(\d+)\.(sum|n)$/;

/** The feedback count is the survey counters' response count. */
export const FEEDBACK_COUNTER = RESPONSES_COUNTER;

/** Sign-ins count on the same shards (the sign-in adapter adds one per sign-in), beside the feedback. */
export const SIGN_IN_COUNTER_NAME = 'signIns';

export function isLectureCounterName(name: string): boolean {
  return name === FEEDBACK_COUNTER || name === SIGN_IN_COUNTER_NAME || name.startsWith('q.') || name.startsWith('d.');
}

export const signInCount = (counters: Readonly<LectureCounters>): DecimalText => exactTotal(counters, SIGN_IN_COUNTER_NAME);

/** The survey counters (for the lecture's own report) plus the dimension totals. */
export function feedbackDeltas(form: Survey, answers: Answers): CounterDeltas {
  const deltas = counterDeltas(form, answers);
  const add = (name: string, n: number) => (deltas[name] = (deltas[name] ?? 0) + n);
  const rate = (dimension: Dimension, score: number, scale: number) => {
    add(dimensionCounters.sum(dimension), score);
    add(dimensionCounters.ratings(dimension), 1);
    add(dimensionCounters.scaleSum(dimension, scale), score);
    add(dimensionCounters.scaleRatings(dimension, scale), 1);
    if (score >= scale - 1) deltas[dimensionCounters.topTwo(dimension)] = (deltas[dimensionCounters.topTwo(dimension)] ?? 0) + 1;
  };
  for (const q of form.questions) {
    const answer = answers[q.id];
    if (answer === undefined) continue;
    if (q.type === 'rating' && q.dimension) rate(q.dimension, answer as number, q.scale);
    // A matrix row counts as one rating.
    if (q.type === 'matrix_rating' && q.dimension) for (const score of Object.values(answer as Record<string, number>)) rate(q.dimension, score, q.scale);
  }
  return deltas;
}

/**
 * A lecture's totals: the sum of its counter shards, as exact decimal text (one feedback form with a
 * number question can push a sum past 2^53). Figures become numbers only when shown.
 */
export type LectureCounters = ExactCounters;

/** Adds one feedback's deltas (demo seeds, recounts) into a lecture's exact totals. */
export const addCounters = (into: LectureCounters, deltas: Readonly<CounterDeltas>): LectureCounters => addDeltas(into, deltas);

export interface DimensionTotals {
  sum: DecimalText;
  ratings: DecimalText;
  topTwo: DecimalText;
}

export function dimensionTotals(counters: Readonly<LectureCounters>, dimension: Dimension): DimensionTotals {
  return {
    sum: exactTotal(counters, dimensionCounters.sum(dimension)),
    ratings: exactTotal(counters, dimensionCounters.ratings(dimension)),
    topTwo: exactTotal(counters, dimensionCounters.topTwo(dimension)),
  };
}

/** A dimension's ratings by the scale they were given on: { scale → sum, ratings }; empty for counters kept before scales were. */
export function dimensionScales(counters: Readonly<LectureCounters>, dimension: Dimension): Map<number, { sum: DecimalText; ratings: DecimalText }> {
  const scales = new Map<number, { sum: DecimalText; ratings: DecimalText }>();
  for (const [name, value] of Object.entries(counters)) {
    const match = SCALE_COUNTER.exec(name);
    if (!match || match[1] !== dimension) continue;
    const scale = Number(match[2]);
    const entry = scales.get(scale) ?? { sum: '0', ratings: '0' };
    if (match[3] === 'sum') entry.sum = value;
    else entry.ratings = value;
    scales.set(scale, entry);
  }
  return scales;
}

export const feedbackCount = (counters: Readonly<LectureCounters>): DecimalText => exactTotal(counters, FEEDBACK_COUNTER);

/** The text answers of a response: what scorecards list as suggestions. */
export function suggestionsOf(form: Survey, answers: Answers): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const q of form.questions) {
    const answer = answers[q.id];
    if (q.type === 'text' && typeof answer === 'string' && answer.trim()) texts[q.id] = answer;
  }
  return texts;
}

