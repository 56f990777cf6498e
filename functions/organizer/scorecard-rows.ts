// The scorecard rows of a range, for the scorecards API, its CSV and the scorecards page: one range query,
// one batch of counter reads, and the catalogue.
import type * as v from 'valibot';
import { scoredLectures } from '../../shared/lectures/ledger.js';
import { scorecardRows } from '../../shared/lectures/scorecards.js';
import type { OrganizerDeps } from './deps.js';
import { queryRange } from './query-filters.js';
import type { ScorecardQuery } from './query-schemas.js';

export async function scorecards(deps: OrganizerDeps, query: v.InferOutput<typeof ScorecardQuery>) {
  const range = queryRange(query, deps);
  const by = query.by;
  const [lectures, catalogue] = await Promise.all([scoredLectures(deps.store.lectures, range, { status: 'delivered' }), deps.store.catalogue.load()]);
  return { by, range, rows: scorecardRows(by, lectures, catalogue, deps.timeZone) };
}
