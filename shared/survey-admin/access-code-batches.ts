// Generating a survey's single-use access codes, N per unit.
import * as v from 'valibot';
import type { Catalogue } from '../catalogue/catalogue-schema.js';
import type { Clock } from '../kernel/clock.js';
import { InvalidInputError, RecordNotFoundError, type FieldIssue } from '../errors.js';
import type { AccessCode, AccessCodeRepository } from './survey-admin-store.js';
import type { CatalogueRepository } from '../catalogue/catalogue-store.js';
import type { SurveyRepository } from '../survey/survey-store.js';
import { IdSchema } from '../kernel/ids.js';
import type { Survey } from '../survey/survey-schema.js';
import { newAccessCode } from './access-code-format.js';

export const AccessCodeBatchSchema = v.object({
  units: v.pipe(
    v.array(v.object({ unitId: IdSchema, count: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(500)) })),
    v.minLength(1),
    v.maxLength(500),
  ),
});
export type AccessCodeBatch = v.InferOutput<typeof AccessCodeBatchSchema>;

const MAX_CODES_PER_BATCH = 5000;

/** The units a code may name: the survey's unit question when it has one, else the catalogue's units. */
function knownUnits(survey: Survey, catalogue: Catalogue): Set<string> {
  const question = survey.questions.find((q) => q.type === 'unit');
  return new Set(question?.type === 'unit' ? question.options.map((o) => o.id) : catalogue.units.map((u) => u.id));
}

export async function generateAccessCodes(
  deps: { surveys: SurveyRepository; accessCodes: AccessCodeRepository; catalogue: CatalogueRepository; clock: Clock },
  surveyId: string,
  batch: AccessCodeBatch,
): Promise<AccessCode[]> {
  const survey = await deps.surveys.get(surveyId);
  if (!survey) throw new RecordNotFoundError('survey', surveyId);
  const units = knownUnits(survey, await deps.catalogue.load());
  const issues: FieldIssue[] = batch.units.flatMap((entry, i) =>
    units.has(entry.unitId) ? [] : [{ field: `units.${i}.unitId`, message: `Unit ${entry.unitId} is not one of this survey's units`, zh: '这个单位不在本问卷的单位中。' }],
  );
  const total = batch.units.reduce((sum, entry) => sum + entry.count, 0);
  if (total > MAX_CODES_PER_BATCH) issues.push({ field: 'units', message: `At most ${MAX_CODES_PER_BATCH} codes per batch`, zh: `每批最多 ${MAX_CODES_PER_BATCH} 个访问码。` });
  if (issues.length > 0) throw new InvalidInputError(issues);

  const createdAt = deps.clock.now().toISOString();
  const seen = new Set<string>();
  const codes: AccessCode[] = [];
  for (const entry of batch.units) {
    for (let i = 0; i < entry.count; i++) {
      let code = newAccessCode();
      while (seen.has(code)) code = newAccessCode();
      seen.add(code);
      codes.push({ code, unitId: entry.unitId, createdAt });
    }
  }
  await deps.accessCodes.create(surveyId, codes);
  return codes;
}
