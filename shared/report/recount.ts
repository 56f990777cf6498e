// Recomputes counters from stored responses: the check that live counters never drift.
import type { StoredResponse } from '../responses/response-store.js';
import type { UnitCounters } from '../survey/counter-store.js';
import type { Survey } from '../survey/survey-schema.js';
import { counterDeltas, type CounterDeltas } from '../survey/counter-deltas.js';
import { INVALID_COUNTER } from '../question-types/counter-names.js';
import { addDeltas } from '../survey/exact-counters.js';
import { sameDecimal, type DecimalText } from '../kernel/exact-decimal.js';

/**
 * Adds responses up unit by unit, one at a time, so a rebuild holds counters, not responses. Sums
 * are added as exact decimals, as DynamoDB adds them: a double would drift (0.1 + 0.2) and round past 2^53.
 */
export class CounterTally {
  private readonly units = new Map<string, UnitCounters<DecimalText>>();

  constructor(private readonly survey: Survey) {}

  add(response: StoredResponse): void {
    let unit = this.units.get(response.unitId);
    if (!unit) {
      unit = { unitId: response.unitId, counters: {}, ...(response.front ? { front: response.front } : {}) };
      this.units.set(response.unitId, unit);
    }
    // An invalid response (无效答卷) counts only as invalid, exactly as the live counters left it.
    addDeltas(unit.counters, response.invalid ? { [INVALID_COUNTER]: 1 } : counterDeltas(this.survey, response.answers));
    if (response.invalid) return;
    if (!unit.lastResponseAt || response.submittedAt > unit.lastResponseAt) unit.lastResponseAt = response.submittedAt;
  }

  result(): UnitCounters<DecimalText>[] {
    return [...this.units.values()];
  }
}

/** Counters per unit, exactly as the stored responses say they should be. */
export function recountExact(survey: Survey, responses: Iterable<StoredResponse>): Map<string, Record<string, DecimalText>> {
  const tally = new CounterTally(survey);
  for (const response of responses) tally.add(response);
  return new Map(tally.result().map((u) => [u.unitId, u.counters]));
}

/** Counters per unit as numbers, the form reports read. */
export function recount(survey: Survey, responses: Iterable<StoredResponse>): Map<string, CounterDeltas> {
  return new Map([...recountExact(survey, responses)].map(([unitId, counters]) => [unitId, Object.fromEntries(Object.entries(counters).map(([name, value]) => [name, Number(value)]))]));
}

export interface CounterDifference {
  unitId: string;
  counter: string;
  live: DecimalText;
  recounted: DecimalText;
}

/** Every counter where the live value differs from the recount, digit for digit (a zero counts as absent). */
export function counterDifferences(live: readonly UnitCounters<DecimalText>[], recounted: Map<string, Record<string, DecimalText>>): CounterDifference[] {
  const differences: CounterDifference[] = [];
  const liveByUnit = new Map(live.map((u) => [u.unitId, u.counters]));
  for (const unitId of new Set([...liveByUnit.keys(), ...recounted.keys()])) {
    const a = liveByUnit.get(unitId) ?? {};
    const b = recounted.get(unitId) ?? {};
    for (const counter of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const liveValue = a[counter] ?? '0';
      const recountedValue = b[counter] ?? '0';
      if (!sameDecimal(liveValue, recountedValue)) differences.push({ unitId, counter, live: liveValue, recounted: recountedValue });
    }
  }
  return differences;
}
