// The date range a ledger, scorecard or summary covers: district dates or times in, instants out.
import { InvalidInputError, type FieldIssue } from '../errors.js';
import { formatDistrictTime, parseDistrictTime } from '../kernel/zoned-time.js';

export interface DateRange {
  /** Instants (UTC ISO): lectures starting in [from, to). */
  from: string;
  to: string;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * `from` and `to` are district dates (`YYYY-MM-DD`, `to` inclusive: the whole day counts) or
 * district times / ISO instants (`to` exclusive). Without them: the current calendar year.
 */
export function parseDateRange(query: { from?: string; to?: string }, timeZone: string, now: Date): DateRange {
  const issues: FieldIssue[] = [];
  const read = (field: 'from' | 'to', value: string): Date | undefined => {
    const text = value.trim().slice(0, 40);
    const dateOnly = DATE_ONLY.test(text);
    const at = parseDistrictTime(dateOnly ? `${text}T00:00` : text, timeZone);
    if (!at) {
      issues.push({ field, message: 'Expected a date YYYY-MM-DD, a district time YYYY-MM-DDTHH:mm or an ISO time with an offset.', zh: '请填写日期（如 2026-03-01）或日期和时间（如 2026-03-01 09:30）。' });
      return undefined;
    }
    // A whole-day `to` runs to the start of the next day.
    return field === 'to' && dateOnly ? (parseDistrictTime(`${nextDay(text)}T00:00`, timeZone) ?? at) : at;
  };
  const year = formatDistrictTime(now.toISOString(), timeZone).slice(0, 4);
  const from = query.from ? read('from', query.from) : parseDistrictTime(`${year}-01-01T00:00`, timeZone);
  const to = query.to ? read('to', query.to) : parseDistrictTime(`${Number(year) + 1}-01-01T00:00`, timeZone);
  if (from && to && from.getTime() > to.getTime()) issues.push({ field: 'to', message: 'The range ends before it starts.', zh: '结束日期早于开始日期。' });
  if (issues.length > 0 || !from || !to) throw new InvalidInputError(issues);
  return { from: from.toISOString(), to: to.toISOString() };
}

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** The range as district dates for titles and file names: the last day shown is the day before `to`. */
export function rangeLabel(range: DateRange, timeZone: string): { from: string; to: string } {
  return {
    from: formatDistrictTime(range.from, timeZone).slice(0, 10),
    to: formatDistrictTime(new Date(Date.parse(range.to) - 60_000).toISOString(), timeZone).slice(0, 10),
  };
}
