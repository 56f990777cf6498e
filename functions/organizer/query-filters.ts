// What a route's checked query (query-schemas.ts) becomes for the domain: the filters of the survey list,
// reports, ledger, request board, responses search and audit log, for an API route and its page alike.
import type * as v from 'valibot';
import { parseDateRange, type DateRange } from '../../shared/lectures/date-range.js';
import type { LedgerFilter } from '../../shared/lectures/ledger.js';
import type { ReportFilter } from '../../shared/report/report-types.js';
import type { ResponseSearchInput } from '../../shared/responses/response-search.js';
import type { SurveyListFilter } from '../../shared/survey-admin/survey-lifecycle.js';
import type { OrganizerDeps } from './deps.js';
import type * as Q from './query-schemas.js';

type Query<S extends v.GenericSchema> = v.InferOutput<S>;

/** The entries that were given: a filter names only what it filters by. */
function given<T extends object>(entries: T): T {
  return Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined)) as T;
}

export function reportFilter(query: Query<typeof Q.ReportFilterQuery>): ReportFilter {
  return given({ unit: query.unit, front: query.front });
}

export function ledgerFilter(query: Query<typeof Q.LedgerQuery>): LedgerFilter {
  return given({ front: query.front, unit: query.unit, topic: query.topic, expert: query.expert, status: query.status });
}

/** ?from=&to= as instants in the district's zone; the current year when absent. */
export function queryRange(query: Query<typeof Q.RangeQuery>, deps: OrganizerDeps): DateRange {
  return parseDateRange({ from: query.from, to: query.to }, deps.timeZone, deps.clock.now());
}

/** ?q= ?kind= ?status= ?year= ?archived=, for the API and the list page alike. */
export function surveyListFilter(query: Query<typeof Q.SurveyListQuery>): SurveyListFilter {
  const q = (value: string | undefined) => value?.slice(0, 200);
  return { q: q(query.q), kind: q(query.kind), status: q(query.status), year: q(query.year), archived: q(query.archived) };
}

export function boardFilter(query: Query<typeof Q.BoardQuery>): { front?: string; topic?: string } {
  return given({ front: query.front?.slice(0, 64) || undefined, topic: query.topic?.slice(0, 64) || undefined });
}

/** ?receipt= &unit= &from= &to= &cursor=, as typed; the domain checks them. */
export function responseSearchInput(query: Query<typeof Q.ResponseSearchQuery>): ResponseSearchInput {
  const q = (value: string | undefined) => value?.slice(0, 2000);
  return { receipt: q(query.receipt), unit: q(query.unit), from: q(query.from), to: q(query.to), cursor: q(query.cursor) };
}

/** ?actor= and ?action= of the audit log. */
export function auditFilter(query: Query<typeof Q.AuditFilterQuery>): { actor: string; action: string } {
  return { actor: query.actor?.slice(0, 254) ?? '', action: query.action?.slice(0, 100) ?? '' };
}

/** ?cursor= and ?limit= of a paged list; a limit that is no number is the default. */
export function pageOf(query: Query<typeof Q.PageQuery>, fallback: number): { cursor: string | undefined; limit: number } {
  return { cursor: query.cursor, limit: Number(query.limit ?? fallback) || fallback };
}
