// The query parameters organizer routes read, as valibot objects the route table names per route: the
// validator middleware checks them (functions/http/valid-input.ts), handlers read `c.req.valid('query')`
// and OpenAPI lists each entry as a parameter. Every check carries its own message, which is what a
// refusal lists (never the value that was sent); ids are checked against the id alphabet here and
// against the survey, catalogue or ledger in the domain.
import * as v from 'valibot';
import { CATALOGUE_SECTIONS } from '../../shared/catalogue-admin/catalogue-edits.js';
import { SCORECARD_GROUPS } from '../../shared/lectures/scorecards.js';
import { isId } from '../../shared/kernel/ids.js';

const said = (description: string) => v.optional(v.pipe(v.string(), v.description(description)));
/** One of some values, `fallback` when absent; `message` says what is allowed. */
const oneOf = <const T extends readonly [string, ...string[]], const D extends T[number]>(values: T, fallback: D, description: string, message: string) =>
  v.optional(v.pipe(v.picklist(values, message), v.description(description)), fallback);
/** An id, or nothing (absent or empty). */
const idOf = (description: string, message: string) =>
  v.optional(
    v.pipe(
      v.string(),
      v.description(description),
      v.check((value) => value === '' || isId(value), message),
      v.transform((value) => (value === '' ? undefined : value)),
    ),
  );
/** An id that must be there. */
const requiredId = (description: string, missing: string, message: string) => v.pipe(v.string(missing), v.description(description), v.check((value: string) => value !== '', missing), v.check((value: string) => isId(value), message));

const cursor = said('The `cursor` of the previous page; absent for the first page');
const day = (which: string) => said(`${which}: a date YYYY-MM-DD, a district time YYYY-MM-DDTHH:mm or an ISO time with an offset (district time zone)`);

export const SurveyListQuery = v.object({
  q: said('Words of the title'),
  kind: said('needs, feedback or custom'),
  status: said('draft, published or closed'),
  year: said('The year (district time) the survey was created, YYYY'),
  archived: said('only: the archive instead of the list (any other value: the list)'),
  limit: said('Surveys per page, 1 to 200 (200 when absent)'),
  cursor,
});

export const ReportFilterQuery = v.object({
  unit: idOf('Only the responses filed under this unit id', 'No unit of this survey has this id.'),
  front: idOf('Only the responses of this front id', 'No front of this survey has this id.'),
});

export const CrossTabQuery = v.object({
  by: oneOf(['unit', 'front'], 'unit', 'Rows per unit (default) or per front', 'by must be unit or front'),
  question: idOf('The question id to cross-tabulate; the first that can be, when absent', 'This survey has no question by this id.'),
});

export const TextAnswersQuery = v.object({
  question: requiredId('The text question id', 'question is required', 'This survey has no question by this id.'),
  cursor,
  ...ReportFilterQuery.entries,
});

export const ResponseSearchQuery = v.object({
  receipt: said('A receipt number (回执编号) or its beginning'),
  unit: said('A unit id'),
  from: said('First day, YYYY-MM-DD (district time)'),
  to: said('Last day, YYYY-MM-DD (district time), included'),
  cursor,
});

export const AuditFilterQuery = v.object({
  actor: said('Only entries by this account (email)'),
  action: said('Only entries with this action code'),
});

export const AuditPageQuery = v.object({
  limit: said('Entries per page (default 100)'),
  cursor,
});

export const RangeQuery = v.object({ from: day('Start'), to: day('End (a whole day when a date)') });

export const LedgerQuery = v.object({
  ...RangeQuery.entries,
  front: idOf('A front id', 'Not a valid front id.'),
  unit: idOf('A unit id', 'Not a valid unit id.'),
  topic: idOf('A topic id', 'Not a valid topic id.'),
  expert: idOf('An expert id', 'Not a valid expert id.'),
  status: v.optional(
    v.pipe(
      v.picklist(['', 'scheduled', 'delivered', 'cancelled'], 'status must be scheduled, delivered or cancelled'),
      v.description('The lecture status (empty: any)'),
      v.transform((value) => (value === '' ? undefined : value)),
    ),
  ),
});

export const PageQuery = v.object({ cursor, limit: said('Rows per page (default 50)') });

export const ScorecardQuery = v.object({ by: oneOf(SCORECARD_GROUPS, 'expert', 'How to group (default expert)', 'by must be expert, topic, unit or front'), ...RangeQuery.entries });

export const ScorecardSuggestionsQuery = v.object({
  by: oneOf(['expert', 'topic'], 'expert', 'Whose suggestions (default expert)', 'by must be expert or topic'),
  id: requiredId('The expert or topic id', 'id must name an expert or topic', 'id must name an expert or topic'),
  ...RangeQuery.entries,
  ...PageQuery.entries,
});

export const BoardQuery = v.object({ front: said('Only units of this front id'), topic: said('Only requests that picked this topic id') });

export const CatalogueSectionParams = v.object({ section: v.picklist(CATALOGUE_SECTIONS) });

/** A record upload's kind (the local run's PUT). */
export const RecordKindQuery = v.object({ kind: v.picklist(['photo', 'file']) });
/** ?download: a photo as an attachment rather than shown. */
export const DownloadQuery = v.object({ download: v.optional(v.string()) });
export const NoticeListQuery = v.object({
  status: v.optional(v.pipe(v.picklist(['pending', 'sent', 'failed', 'unsent'], 'status must be pending, sent, failed or unsent'), v.description('Only the notices in this status (a page may then hold fewer)'))),
  limit: said('Notices per page, 1 to 200 (50 when absent)'),
  cursor,
});

/** A reminder run's gap: hours since a unit's last reminder about the same target before it is reminded again. */
export const ReminderQuery = v.object({
  gap: v.optional(
    v.pipe(
      v.string(),
      v.description('Hours a unit reminded about the same target is left alone: a whole number from 1 to 720 (24 when absent)'),
      v.regex(/^\d{1,3}$/, 'gap must be a whole number of hours from 1 to 720'),
      v.transform(Number),
      v.minValue(1, 'gap must be a whole number of hours from 1 to 720'),
      v.maxValue(720, 'gap must be a whole number of hours from 1 to 720'),
    ),
  ),
});

export const YearQuery = v.object({ year: said('The calendar year (district time), YYYY; the current year when absent') });
