// Keeps the directory of what is open to units in step with the organizers' surveys and menus.
import type { Clock } from '../clock.js';
import type { DirectoryRepository, MenuRepository, SurveyAdminRepository } from '../storage/ports.js';
import type { PublicDirectory } from './public-directory-schema.js';

export interface DirectoryDeps {
  surveyAdmin: SurveyAdminRepository;
  menus: MenuRepository;
  directory: DirectoryRepository;
  clock: Clock;
}

/**
 * Rebuilt whole from the organizers' lists (tens of items), after every publish or close and when
 * the unit links page opens, so it cannot drift: the public side never needs the organizers' index.
 */
export async function refreshDirectory(deps: DirectoryDeps): Promise<PublicDirectory> {
  const [surveys, menus] = await Promise.all([deps.surveyAdmin.list(), deps.menus.list()]);
  const directory: PublicDirectory = {
    surveys: surveys
      .map(({ survey }) => survey)
      // Feedback forms belong to lectures (their own links), not to a unit's list of surveys.
      .filter((s) => s.status === 'published' && s.kind !== 'feedback')
      .map((s) => {
        const unitQuestion = s.questions.find((q) => q.type === 'unit');
        return {
          id: s.id,
          title: s.title,
          ...(s.titleEn ? { titleEn: s.titleEn } : {}),
          ...(unitQuestion?.type === 'unit' ? { unitIds: unitQuestion.options.map((o) => o.id) } : {}),
        };
      }),
    menus: menus.flatMap((m) => (m.status === 'draft' ? [] : [{ id: m.id, title: m.title, status: m.status, orderDeadline: m.orderDeadline }])),
    updatedAt: deps.clock.now().toISOString(),
  };
  await deps.directory.put(directory);
  return directory;
}
