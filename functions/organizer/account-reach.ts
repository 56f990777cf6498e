// What the signed-in account reaches of a list or a report: a front-limited account, its fronts' part only.
import type { Context } from 'hono';
import { lectureInReach } from '../../shared/lectures/list-reach.js';
import { reportCut, type ReportCut } from '../../shared/report/report-cut.js';
import { accountScope } from '../../shared/accounts/scope.js';
import { OutOfScopeError, SurveyNotFoundError } from '../../shared/errors.js';
import type { Lecture } from '../../shared/lectures/lecture-schema.js';
import type { ReportFilter } from '../../shared/report/report-types.js';
import type { OrganizerEnv } from './access-guard.js';
import type { OrganizerDeps } from './deps.js';

/**
 * The filter a report is made with: as asked, or for a front-limited account reading the district's
 * survey, its cut (the route's guard let only such a reader through; an unreadable choice is cut too).
 */
export async function cutReportFilter(deps: OrganizerDeps, c: Context<OrganizerEnv>, surveyId: string, asked: ReportFilter): Promise<ReportCut> {
  const scope = accountScope(c.get('session'));
  if (!scope) return { filter: asked };
  const [found, catalogue] = await Promise.all([deps.store.surveyAdmin.getVersioned(surveyId), deps.store.catalogue.load()]);
  if (!found) throw new SurveyNotFoundError(surveyId);
  const cut = reportCut(scope, found, asked, catalogue);
  if (!cut) throw new OutOfScopeError('survey-report');
  return cut;
}

/** The lectures the signed-in account may list: a front-limited one, its fronts' only. */
export function inReachOf(c: Context<OrganizerEnv>): (lecture: Lecture) => boolean {
  const scope = accountScope(c.get('session'));
  return (lecture) => lectureInReach(scope, lecture);
}
