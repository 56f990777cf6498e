// The year a 年度统计 or 年度台账 request asks for: ?year=YYYY, the district's current year when absent.
import type { Context } from 'hono';
import { InvalidInputError } from '../../shared/errors.js';
import { districtDateTime } from '../../shared/kernel/zoned-time.js';
import type { OrganizerDeps } from './deps.js';
import { loadYearStats } from '../../shared/lectures/year-stats.js';

/** The years the year page offers: the programme's first (2020) to next year. */
export function offeredYears(deps: OrganizerDeps): number[] {
  const now = currentYear(deps);
  return Array.from({ length: now + 2 - 2020 }, (_, i) => now + 1 - i);
}

export function currentYear(deps: OrganizerDeps): number {
  return Number(districtDateTime(deps.clock.now().toISOString(), deps.timeZone).slice(0, 4));
}

export function askedYear(c: Context, deps: OrganizerDeps): number {
  const text = c.req.query('year');
  if (text === undefined || text === '') return currentYear(deps);
  if (!/^20\d\d$/.test(text)) throw new InvalidInputError([{ field: 'year', message: 'Expected a year such as 2026.', zh: '请填写年份，如 2026。' }]);
  return Number(text);
}

/** The year's figures (年度统计) as the API, the page and the workbook show them. */
export async function yearStatsOf(deps: OrganizerDeps, year: number) {
  return loadYearStats({ lectures: deps.store.lectures, menus: deps.store.menus, requests: deps.store.requests }, await deps.store.catalogue.load(), year, deps.timeZone);
}
