// The report's pieces every question type builds from, as schemas: each type's module names its own
// report schema from them, so the API's document and the types both derive from one definition.
import * as v from 'valibot';
import { AspectSchema } from './question-base.js';

/** A whole count, 0 or more. */
export const CountSchema = v.pipe(v.number(), v.integer(), v.minValue(0));
export const ShareSchema = v.pipe(v.number(), v.description('A share from 0 to 1: count / respondents who answered the question; 0 when nobody did'));

export const LabelledSchema = v.object({ id: v.string(), label: v.string(), labelEn: v.optional(v.string()) });

export const OptionFigureSchema = v.object({ ...LabelledSchema.entries, count: CountSchema, share: ShareSchema });

export const RankedOptionSchema = v.object({
  ...LabelledSchema.entries,
  first: CountSchema,
  ranked: CountSchema,
  borda: v.pipe(CountSchema, v.description('Points summed over answers: k for first place down to 1 for place k')),
  positions: v.pipe(v.array(CountSchema), v.description('Times ranked at each place, first place first')),
  share: ShareSchema,
});

export const scoreFigureEntries = {
  answered: CountSchema,
  mean: v.nullable(v.number()),
  distribution: v.array(v.object({ score: v.number(), count: CountSchema })),
};
const ScoreFiguresSchema = v.object(scoreFigureEntries);

/** The fields every question's report carries, whatever its type. */
export const reportBase = {
  questionId: v.string(),
  title: v.string(),
  titleEn: v.optional(v.string()),
  aspect: v.optional(AspectSchema),
  answered: CountSchema,
};
const ReportBaseSchema = v.object(reportBase);

/** A type's report schema: the common fields, its type and its own figures. */
export function reportSchema<const T extends string, const E extends v.ObjectEntries>(type: T, entries: E) {
  return v.object({ ...reportBase, type: v.literal(type), ...entries });
}

export type Labelled = v.InferOutput<typeof LabelledSchema>;
export type OptionFigure = v.InferOutput<typeof OptionFigureSchema>;
export type RankedOption = v.InferOutput<typeof RankedOptionSchema>;
export type ScoreFigures = v.InferOutput<typeof ScoreFiguresSchema>;
export type ReportBase = v.InferOutput<typeof ReportBaseSchema>;
