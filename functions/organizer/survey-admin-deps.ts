// The organizer deps, narrowed to what the domain's survey operations take.
import type { SurveyAdminDeps } from '../../shared/survey-admin/manage-surveys.js';
import type { OrganizerDeps } from './deps.js';

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
  };
}

export function shareUrl(deps: OrganizerDeps, requestUrl: string, surveyId: string): string {
  const base = deps.publicBaseUrl ?? new URL(requestUrl).origin;
  return `${base.replace(/\/$/, '')}/s/${surveyId}`;
}
