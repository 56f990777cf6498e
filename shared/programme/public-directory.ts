// Keeps the directory of what is open to units in step with the organizers' surveys and menus:
// changed entry by entry on publish and close, rebuilt whole (from summaries) when asked.
import { ownerFronts } from '../accounts/owner-fronts.js';
import { surveyReach } from '../accounts/scope.js';
import type { Clock } from '../kernel/clock.js';
import type { AccountRepository } from '../accounts/account-store.js';
import type { DirectoryRepository } from '../unit-links/directory-store.js';
import type { MenuRepository } from './menu-store.js';
import type { SurveyAdminRepository } from '../survey-admin/survey-admin-store.js';
import { summaryOf, type SurveySummary } from '../survey/survey-summary.js';
import type { Survey } from '../survey/survey-schema.js';
import type { Menu } from './menu-schema.js';
import type { DirectorySurvey, PublicDirectory } from '../unit-links/public-directory-schema.js';

export interface DirectoryDeps {
  surveyAdmin: SurveyAdminRepository;
  menus: MenuRepository;
  directory: DirectoryRepository;
  accounts: Pick<AccountRepository, 'get'>;
  clock: Clock;
}

/** A published survey's entry: whom it is open to (its unit question's units, or its limited owner's fronts). */
export async function directoryEntry(deps: Pick<DirectoryDeps, 'accounts'>, survey: SurveySummary, owner: string | undefined): Promise<DirectorySurvey> {
  const reach = surveyReach(survey, await ownerFronts(deps.accounts, owner));
  return {
    id: survey.id,
    title: survey.title,
    ...(survey.titleEn ? { titleEn: survey.titleEn } : {}),
    ...(reach === 'district' ? {} : 'unitIds' in reach ? { unitIds: [...reach.unitIds] } : { fronts: [...reach.fronts] }),
  };
}

/** Feedback forms belong to lectures (their own links), not to a unit's list of surveys. */
const listedInDirectory = (s: Pick<SurveySummary, 'status' | 'kind'>) => s.status === 'published' && s.kind !== 'feedback';

/**
 * One survey's change (publish, close, reopen) applied to the directory alone: its entry added,
 * replaced or removed, in a write conditional on the directory's version, so two changes at once
 * both land. No list is read.
 */
export async function updateDirectoryFor(deps: DirectoryDeps, survey: Survey, owner: string | undefined): Promise<void> {
  const summary = summaryOf(survey);
  const entry = listedInDirectory(summary) ? await directoryEntry(deps, summary, owner) : undefined;
  await deps.directory.update((current) => ({
    ...current,
    surveys: [...current.surveys.filter((s) => s.id !== survey.id), ...(entry ? [entry] : [])],
    updatedAt: deps.clock.now().toISOString(),
  }));
}

/** A menu's change (publish, close) applied to its entry alone. */
export async function updateDirectoryForMenu(deps: Pick<DirectoryDeps, 'directory' | 'clock'>, menu: Menu): Promise<void> {
  await deps.directory.update((current) => ({
    ...current,
    menus: [...current.menus.filter((m) => m.id !== menu.id), ...(menu.status === 'draft' ? [] : [{ id: menu.id, title: menu.title, status: menu.status, orderDeadline: menu.orderDeadline }])],
    updatedAt: deps.clock.now().toISOString(),
  }));
}

/**
 * Rebuilt whole from the organizers' summaries and menus when the unit links page opens (and by the
 * seed), so an upgrade or a change of an owner's fronts reaches the units' pages: the public side
 * never needs the organizers' index.
 */
export async function refreshDirectory(deps: DirectoryDeps): Promise<PublicDirectory> {
  const [surveys, menus] = await Promise.all([deps.surveyAdmin.list(), deps.menus.list()]);
  const directory: PublicDirectory = {
    surveys: await Promise.all(
      surveys
        // Feedback forms belong to lectures (their own links), not to a unit's list of surveys.
        .filter(({ summary: s }) => listedInDirectory(s))
        .map(({ summary, owner }) => directoryEntry(deps, summary, owner)),
    ),
    menus: menus.flatMap((m) => (m.status === 'draft' ? [] : [{ id: m.id, title: m.title, status: m.status, orderDeadline: m.orderDeadline }])),
    updatedAt: deps.clock.now().toISOString(),
  };
  await deps.directory.put(directory);
  return directory;
}
