// Counter totals as exact decimal text: the one path every counter in the product is summed on
// (survey units, lecture shards, scorecards), so no total ever passes through a double before the
// last step that shows it. A shard past 2^53 (or with many decimals) stays exact and readable.
import type { CounterDeltas } from './counter-deltas.js';
import { addDecimals, decimalOf, type DecimalText } from '../kernel/exact-decimal.js';

export type ExactCounters = Record<string, DecimalText>;

/** Adds stored totals (e.g. another shard's) into `into`, digit for digit. */
export function addExactCounters(into: ExactCounters, from: Readonly<ExactCounters>): ExactCounters {
  for (const [name, value] of Object.entries(from)) into[name] = into[name] === undefined ? value : addDecimals(into[name], value);
  return into;
}

/** Adds one response's deltas (numbers, as the question types count them) into exact totals. */
export function addDeltas(into: ExactCounters, deltas: Readonly<CounterDeltas>): ExactCounters {
  for (const [name, delta] of Object.entries(deltas)) {
    const exact = decimalOf(delta);
    into[name] = into[name] === undefined ? exact : addDecimals(into[name], exact);
  }
  return into;
}

/** One exact total, 0 when absent. */
export const exactTotal = (counters: Readonly<ExactCounters>, name: string): DecimalText => counters[name] ?? '0';

/** The totals as numbers, for figures shown (means, shares): the last step, after every sum. */
export function counterNumbers(counters: Readonly<ExactCounters>): Record<string, number> {
  return Object.fromEntries(Object.entries(counters).map(([name, value]) => [name, Number(value)]));
}
