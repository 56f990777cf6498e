// The organizer deps, narrowed to what the domain's survey operations take.
import type { SurveyAdminDeps } from '../../shared/survey-admin/manage-surveys.js';
import type { OrganizerDeps } from './deps.js';
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
  return { surveyAdmin: deps.store.surveyAdmin, menus: deps.store.menus, directory: deps.store.directory, clock: deps.clock };
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
  const base = deps.publicBaseUrl ?? new URL(requestUrl).origin;
  return `${base.replace(/\/$/, '')}/s/${surveyId}`;
}
