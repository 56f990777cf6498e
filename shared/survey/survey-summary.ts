// What lists show of a survey (and the directory and the scope check need): a small item beside the
// definition, so a list reads summaries of a few hundred bytes instead of definitions of up to 400 KB.
import * as v from 'valibot';
import { SurveyKindSchema, SurveyStatusSchema, type Survey } from './survey-schema.js';

export const SurveySummarySchema = v.object({
  id: v.string(),
  kind: SurveyKindSchema,
  status: SurveyStatusSchema,
  title: v.string(),
  titleEn: v.optional(v.string()),
  createdAt: v.string(),
  publishedAt: v.optional(v.string()),
  closedAt: v.optional(v.string()),
  /** Its unit questions' units with the fronts they were stored with (the catalogue's, since fronts are taken from it). */
  units: v.array(v.object({ id: v.string(), front: v.string() })),
  /** Whether it has a unit question (a survey without one reaches units by its owner's fronts). */
  hasUnitQuestion: v.boolean(),
});

export type SurveySummary = v.InferOutput<typeof SurveySummarySchema>;

export function summaryOf(survey: Survey): SurveySummary {
  const unitQuestions = survey.questions.filter((q) => q.type === 'unit');
  return {
    id: survey.id,
    kind: survey.kind,
    status: survey.status,
    title: survey.title,
    ...(survey.titleEn ? { titleEn: survey.titleEn } : {}),
    createdAt: survey.createdAt,
    ...(survey.publishedAt ? { publishedAt: survey.publishedAt } : {}),
    ...(survey.closedAt ? { closedAt: survey.closedAt } : {}),
    units: unitQuestions.flatMap((q) => (q.type === 'unit' ? q.options.map((o) => ({ id: o.id, front: o.front })) : [])),
    hasUnitQuestion: unitQuestions.length > 0,
  };
}
