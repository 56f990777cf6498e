// A survey's report as an account may read it. Within reach (shared/accounts/scope.ts), the whole of
// it; for a front-limited account reading the district's survey, the part of one of its fronts that the
// survey lists: the counters are kept per unit, so the cut report is exact and reads no more.
import type { ReportFilter } from './report-types.js';
import { surveyUnits } from './crosstab.js';
import type { Catalogue } from '../catalogue/catalogue-schema.js';
import type { Survey } from '../survey/survey-schema.js';
import { inScope, surveyUnitFronts, type AccountScope } from '../accounts/scope.js';

export interface ReportCut {
  /** The filter the report is made with: the asked one, or, cut, always a front of the account's. */
  filter: ReportFilter;
  /** Set when cut: the account's fronts this survey lists, the only ones it may choose between. */
  fronts?: string[];
}

/**
 * `asked`: the unit or front the reader chose. Undefined when the report is out of reach: the survey
 * lists none of the account's fronts, or the choice names another front (or a unit of one).
 */
export function reportCut(scope: AccountScope | undefined, found: { survey: Survey; owner?: string | undefined }, asked: ReportFilter, catalogue: Catalogue): ReportCut | undefined {
  // Fronts are the catalogue's, never the definition's (which a client once wrote).
  const unitFronts = surveyUnitFronts(found.survey, catalogue);
  if (!scope || inScope(scope, { kind: 'survey', owner: found.owner, unitFronts })) return { filter: asked };
  // A cut filters the counters by the fronts the survey's units were filed under: where one of them
  // differs from the catalogue's (a definition stored before fronts were checked), no front cut is exact.
  const catalogueFront = new Map(catalogue.units.map((u) => [u.id, u.front]));
  const units = surveyUnits(found.survey);
  if (units.some((u) => catalogueFront.has(u.id) && catalogueFront.get(u.id) !== u.front)) return undefined;
  const fronts = unitFronts.filter((f) => scope.fronts.has(f));
  if (fronts.length === 0) return undefined;
  const unitFront = asked.unit === undefined ? undefined : units.find((u) => u.id === asked.unit)?.front;
  const front = asked.unit === undefined ? (asked.front ?? fronts[0]!) : unitFront;
  if (front === undefined || !fronts.includes(front) || (asked.front !== undefined && asked.front !== front)) return undefined;
  return { filter: { front, ...(asked.unit !== undefined ? { unit: asked.unit } : {}) }, fronts };
}
