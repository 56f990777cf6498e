// The organizer deps, narrowed to what the domain's survey operations take.
import type { Context } from 'hono';
import { listSurveys, type SurveyAdminDeps, type SurveyOverview } from '../../shared/survey-admin/manage-surveys.js';
import { requestIdOf } from '../http/request-id.js';
import type { OrganizerDeps } from './deps.js';
import type { OrganizerEnv } from './access-guard.js';
import { accountScope, inScope, surveyUnitFronts } from '../../shared/accounts/scope.js';
import type { MenuDeps } from '../../shared/programme/manage-menus.js';
import { refreshDirectory, type DirectoryDeps } from '../../shared/programme/public-directory.js';

export function surveyAdminDeps(deps: OrganizerDeps): SurveyAdminDeps {
  const { store } = deps;
  return {
    surveys: store.surveys,
    surveyAdmin: store.surveyAdmin,
    surveySettings: store.surveySettings,
    counters: store.counters,
    catalogue: store.catalogue,
    clock: deps.clock,
    newId: deps.newId,
    timeZone: deps.timeZone,
    afterStatusChange: () => refreshDirectory(directoryDeps(deps)),
  };
}

export function directoryDeps(deps: OrganizerDeps): DirectoryDeps {
  return { surveyAdmin: deps.store.surveyAdmin, menus: deps.store.menus, directory: deps.store.directory, accounts: deps.store.accounts, clock: deps.clock };
}

export function menuDeps(deps: OrganizerDeps): MenuDeps {
  return {
    menus: deps.store.menus,
    catalogue: deps.store.catalogue,
    clock: deps.clock,
    newId: deps.newId,
    timeZone: deps.timeZone,
    afterStatusChange: () => refreshDirectory(directoryDeps(deps)),
  };
}

/** Where the district's public pages live (unit pages, survey links): the configured base or the request's origin. */
export function publicBase(deps: OrganizerDeps, requestUrl: string): string {
  return (deps.publicBaseUrl ?? new URL(requestUrl).origin).replace(/\/$/, '');
}

export function shareUrl(deps: OrganizerDeps, requestUrl: string, surveyId: string): string {
  return `${publicBase(deps, requestUrl)}/s/${surveyId}`;
}

/**
 * Every survey the signed-in account may reach, for a list (a front-limited account: only its own,
 * by the one scope check); a survey whose stored settings cannot be read is logged and listed on what can.
 */
export async function listSurveysLogged(deps: OrganizerDeps, c: Context<OrganizerEnv>): Promise<SurveyOverview[]> {
  const scope = accountScope(c.get('session'));
  const [all, catalogue] = await Promise.all([listSurveys(surveyAdminDeps(deps)), scope ? deps.store.catalogue.load() : undefined]);
  const overviews = all.filter((o) => inScope(scope, { kind: 'survey', owner: o.owner, unitFronts: surveyUnitFronts(o.survey, catalogue) }));
  for (const { survey, unreadableSettings } of overviews) {
    if (unreadableSettings.length > 0) deps.logger.warn('stored settings could not be read', { requestId: requestIdOf(c), surveyId: survey.id, fields: unreadableSettings });
  }
  return overviews;
}
