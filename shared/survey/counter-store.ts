// Storage's port for a survey's counters: one item per unit, read in O(units), never O(responses).
import type { DecimalText } from '../kernel/exact-decimal.js';

/** One unit's counters: as numbers for reports, as exact decimal text for a rebuild. */
export interface UnitCounters<V extends number | DecimalText = number> {
  unitId: string;
  front?: string;
  counters: Record<string, V>;
  lastResponseAt?: string;
}

export interface CounterRepository {
  /** Every unit's counters for a survey: cost grows with units, never with responses. Sums past 2^53 come rounded. */
  read(surveyId: string): Promise<UnitCounters[]>;
  /** One unit's counters (one GetItem), e.g. for "has this unit answered" on its own page. */
  readUnit(surveyId: string, unitId: string): Promise<UnitCounters | undefined>;
  /** The same, exactly as stored (decimal text), for comparing with a recount. */
  readExact(surveyId: string): Promise<UnitCounters<DecimalText>[]>;
  /** Replaces the survey's counter items with these (a rebuild); units not listed are removed. */
  replace(surveyId: string, units: readonly UnitCounters<DecimalText>[]): Promise<void>;
}
