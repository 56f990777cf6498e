// Keeps the directory of what is open to units in step with the organizers' surveys and menus.
import { ownerFronts } from '../accounts/owner-fronts.js';
import { surveyReach } from '../accounts/scope.js';
import type { Clock } from '../clock.js';
import type { AccountRepository, DirectoryRepository, MenuRepository, SurveyAdminRepository } from '../storage/ports.js';
import type { Survey } from '../survey/survey-schema.js';
import type { DirectorySurvey, PublicDirectory } from './public-directory-schema.js';

export interface DirectoryDeps {
  surveyAdmin: SurveyAdminRepository;
  menus: MenuRepository;
  directory: DirectoryRepository;
  accounts: Pick<AccountRepository, 'get'>;
  clock: Clock;
}

/** A published survey's entry: whom it is open to (its unit question's units, or its limited owner's fronts). */
export async function directoryEntry(deps: Pick<DirectoryDeps, 'accounts'>, survey: Pick<Survey, 'id' | 'title' | 'titleEn' | 'questions'>, owner: string | undefined): Promise<DirectorySurvey> {
  const reach = surveyReach(survey, await ownerFronts(deps.accounts, owner));
  return {
    id: survey.id,
    title: survey.title,
    ...(survey.titleEn ? { titleEn: survey.titleEn } : {}),
    ...(reach === 'district' ? {} : 'unitIds' in reach ? { unitIds: [...reach.unitIds] } : { fronts: [...reach.fronts] }),
  };
}

/**
 * Rebuilt whole from the organizers' lists (tens of items), after every publish or close and when
 * the unit links page opens, so it cannot drift: the public side never needs the organizers' index.
 */
export async function refreshDirectory(deps: DirectoryDeps): Promise<PublicDirectory> {
  const [surveys, menus] = await Promise.all([deps.surveyAdmin.list(), deps.menus.list()]);
  const directory: PublicDirectory = {
    surveys: await Promise.all(
      surveys
        // Feedback forms belong to lectures (their own links), not to a unit's list of surveys.
        .filter(({ survey: s }) => s.status === 'published' && s.kind !== 'feedback')
        .map(({ survey, owner }) => directoryEntry(deps, survey, owner)),
    ),
    menus: menus.flatMap((m) => (m.status === 'draft' ? [] : [{ id: m.id, title: m.title, status: m.status, orderDeadline: m.orderDeadline }])),
    updatedAt: deps.clock.now().toISOString(),
  };
  await deps.directory.put(directory);
  return directory;
}
