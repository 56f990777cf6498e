// Seeds a demo district the first time: its catalogue, a published needs survey and feedback form.
import type { Clock } from '../kernel/clock.js';
import type { CatalogueRepository } from '../catalogue/catalogue-store.js';
import type { MetaRepository } from '../kernel/meta-store.js';
import type { SurveyRepository } from '../survey/survey-store.js';
import { definitionIssues } from '../survey/definition-issues.js';
import type { Survey } from '../survey/survey-schema.js';
import { feedbackFormTemplate } from '../templates/feedback-form.js';
import { needsSurveyTemplate } from '../templates/needs-survey.js';
import { InvalidSurveyError } from '../errors.js';
import { demoCatalogue } from './demo-catalogue.js';
import { seedDemoProgramme, type ProgrammeSeedDeps } from './seed-programme.js';

export const DEMO_NEEDS_SURVEY_ID = 'demo-needs';
export const DEMO_FEEDBACK_FORM_ID = 'demo-feedback';
const SEED_MARK = 'demo-seeded';

export interface SeedDeps extends Omit<ProgrammeSeedDeps, 'clock'> {
  surveys: SurveyRepository;
  catalogue: CatalogueRepository;
  meta: MetaRepository;
  clock: Clock;
}

export function demoSurveys(createdAt: string): Survey[] {
  const publish = (survey: Survey): Survey => ({ ...survey, status: 'published', publishedAt: createdAt });
  return [
    publish(needsSurveyTemplate(demoCatalogue, { id: DEMO_NEEDS_SURVEY_ID, createdAt, title: '2026 年度理论宣讲需求调查问卷' })),
    publish(feedbackFormTemplate(demoCatalogue, { id: DEMO_FEEDBACK_FORM_ID, createdAt })),
  ];
}

/** Returns true when it seeded, false when the district already had its demo. */
export async function seedDemoDistrict(deps: SeedDeps): Promise<boolean> {
  if ((await deps.meta.get(SEED_MARK)) !== undefined) return false;
  const createdAt = deps.clock.now().toISOString();
  const surveys = demoSurveys(createdAt);
  for (const survey of surveys) {
    const issues = definitionIssues(survey);
    if (issues.length > 0) throw new InvalidSurveyError(issues);
  }
  await deps.catalogue.putAll(demoCatalogue);
  for (const survey of surveys) await deps.surveys.put(survey);
  await seedDemoProgramme(deps);
  // Marked last, so a seed interrupted half-way simply runs again next start.
  await deps.meta.putIfAbsent(SEED_MARK, createdAt);
  return true;
}
