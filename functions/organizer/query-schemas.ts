// The query parameters organizer routes read, as valibot objects the route table names per route
// (OpenAPI lists each entry as a parameter). The handlers check the values themselves.
import * as v from 'valibot';
import { CATALOGUE_SECTIONS } from '../../shared/catalogue/catalogue-edits.js';
import { SCORECARD_GROUPS } from '../../shared/lectures/scorecards.js';

const said = (description: string) => v.optional(v.pipe(v.string(), v.description(description)));
const oneOf = <const T extends readonly [string, ...string[]]>(values: T, description: string) => v.optional(v.pipe(v.picklist(values), v.description(description)));

const cursor = said('The `cursor` of the previous page; absent for the first page');
const day = (which: string) => said(`${which}: a date YYYY-MM-DD, a district time YYYY-MM-DDTHH:mm or an ISO time with an offset (district time zone)`);

export const SurveyListQuery = v.object({
  q: said('Words of the title'),
  kind: said('needs, feedback or custom'),
  status: said('draft, published or closed'),
  year: said('The year (district time) the survey was created, YYYY'),
  archived: oneOf(['only'], 'only: the archive instead of the list'),
  limit: said('Surveys per page, 1 to 200 (200 when absent)'),
  cursor,
});

export const ReportFilterQuery = v.object({
  unit: said('Only the responses filed under this unit id'),
  front: said('Only the responses of this front id'),
});

export const CrossTabQuery = v.object({
  by: oneOf(['unit', 'front'], 'Rows per unit (default) or per front'),
  question: said('The question id to cross-tabulate; the first that can be, when absent'),
});

export const TextAnswersQuery = v.object({
  question: v.pipe(v.string(), v.description('The text question id')),
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
  front: said('A front id'),
  unit: said('A unit id'),
  topic: said('A topic id'),
  expert: said('An expert id'),
  status: oneOf(['scheduled', 'delivered', 'cancelled'], 'The lecture status'),
});

export const PageQuery = v.object({ cursor, limit: said('Rows per page (default 50)') });

export const ScorecardQuery = v.object({ by: oneOf(SCORECARD_GROUPS, 'How to group (default expert)'), ...RangeQuery.entries });

export const ScorecardSuggestionsQuery = v.object({
  by: oneOf(['expert', 'topic'], 'Whose suggestions (default expert)'),
  id: v.pipe(v.string(), v.description('The expert or topic id')),
  ...RangeQuery.entries,
  ...PageQuery.entries,
});

export const BoardQuery = v.object({ front: said('Only units of this front id'), topic: said('Only requests that picked this topic id') });

export const CatalogueSectionParams = v.object({ section: v.picklist(CATALOGUE_SECTIONS) });

export const NoticeListQuery = v.object({
  status: oneOf(['pending', 'sent', 'failed', 'unsent'], 'Only the notices in this status (a page may then hold fewer)'),
  limit: said('Notices per page, 1 to 200 (50 when absent)'),
  cursor,
});

export const ReminderQuery = v.object({
  gap: said('Hours since a unit’s last reminder about this before it is reminded again: a whole number from 1 (24 when absent)'),
});
