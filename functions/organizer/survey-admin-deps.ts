// The organizer deps, narrowed to what the domain's survey operations take.
import type { Context } from 'hono';
import { listSurveys, type ListedOverview, type SurveyAdminDeps } from '../../shared/survey-admin/manage-surveys.js';
import { requestIdOf } from '../http/request-id.js';
import type { OrganizerDeps } from './deps.js';
import type { OrganizerEnv } from './access-guard.js';
import { accountScope, inScope, surveyUnitFronts } from '../../shared/accounts/scope.js';
import type { MenuDeps } from '../../shared/programme/manage-menus.js';
import { updateDirectoryFor, updateDirectoryForMenu, type DirectoryDeps } from '../../shared/programme/public-directory.js';
import { unitLinkRows, type UnitLinkRow } from '../../shared/unit-links/unit-link-list.js';
import { unitInReach } from '../../shared/lectures/list-reach.js';

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
    ...(deps.draftLimits ? { draftLimits: deps.draftLimits } : {}),
    // One entry changes: no list is read on publish or close.
    afterStatusChange: (survey, owner) => updateDirectoryFor(directoryDeps(deps), survey, owner),
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
    afterStatusChange: (menu) => updateDirectoryForMenu(directoryDeps(deps), menu),
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
export async function listSurveysLogged(deps: OrganizerDeps, c: Context<OrganizerEnv>): Promise<ListedOverview[]> {
  const scope = accountScope(c.get('session'));
  const catalogue = scope ? await deps.store.catalogue.load() : undefined;
  // Filtered on the summaries, before any settings are read.
  const overviews = await listSurveys(surveyAdminDeps(deps), ({ summary, owner }) => inScope(scope, { kind: 'survey', owner, unitFronts: surveyUnitFronts(summary, catalogue) }));
  for (const { survey, unreadableSettings } of overviews) {
    if (unreadableSettings.length > 0) deps.logger.warn('stored settings could not be read', { requestId: requestIdOf(c), surveyId: survey.id, fields: unreadableSettings });
  }
  return overviews;
}

/** Every unit's link the signed-in account may list (a front-limited one: its fronts' units). */
export function unitLinksInReach(deps: OrganizerDeps, c: Context<OrganizerEnv>): Promise<UnitLinkRow[]> {
  const scope = accountScope(c.get('session'));
  return unitLinkRows(deps.store, publicBase(deps, c.req.url), deps.timeZone, (unit) => unitInReach(scope, unit));
}
