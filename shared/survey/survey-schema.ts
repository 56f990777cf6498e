// The survey definition: the vocabulary every layer speaks. Types derive from these schemas.
import * as v from 'valibot';
import { IdSchema } from './ids.js';

const text = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max));
const optionalText = (max: number) => v.optional(text(max));

export const OptionSchema = v.object({
  id: IdSchema,
  label: text(200),
  labelEn: optionalText(200),
  /** time_slots only: the grid row and column this slot sits in. */
  row: v.optional(IdSchema),
  column: v.optional(IdSchema),
});

export const UnitOptionSchema = v.object({
  id: IdSchema,
  label: text(200),
  labelEn: optionalText(200),
  front: IdSchema,
});

export const FrontSchema = v.object({ id: IdSchema, label: text(100), labelEn: optionalText(100) });
export const SectionSchema = v.object({ id: IdSchema, title: text(200), titleEn: optionalText(200) });
const GridAxisSchema = v.object({ id: IdSchema, label: text(100), labelEn: optionalText(100) });

/** Which part of the demand a question measures; the demand summary names the leaders of each. */
export const AspectSchema = v.picklist(['content', 'format', 'manner', 'timing', 'faculty']);

const questionBase = {
  id: IdSchema,
  aspect: v.optional(AspectSchema),
  required: v.boolean(),
  title: text(500),
  titleEn: optionalText(500),
  help: optionalText(1000),
  helpEn: optionalText(1000),
  sectionId: v.optional(IdSchema),
};

/** What a rating measures on a lecture's feedback form; scorecards average each dimension's ratings. */
export const DIMENSIONS = ['lecture', 'lecturer', 'organisation'] as const;
export const DimensionSchema = v.picklist(DIMENSIONS);

const scaleSchema = v.pipe(v.number(), v.integer(), v.minValue(2), v.maxValue(11));
const picksSchema = v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(200)));
const endLabels = {
  lowLabel: optionalText(50),
  lowLabelEn: optionalText(50),
  highLabel: optionalText(50),
  highLabelEn: optionalText(50),
};
const options = v.pipe(v.array(OptionSchema), v.maxLength(200));

export const SingleChoiceQuestionSchema = v.object({
  ...questionBase,
  type: v.literal('single_choice'),
  options,
  allowOther: v.optional(v.boolean()),
});
export const MultipleChoiceQuestionSchema = v.object({
  ...questionBase,
  type: v.literal('multiple_choice'),
  options,
  minPicks: picksSchema,
  maxPicks: picksSchema,
  allowOther: v.optional(v.boolean()),
});
export const RankingQuestionSchema = v.object({
  ...questionBase,
  type: v.literal('ranking'),
  options,
  /** How many options to rank (the top k of n). */
  pick: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(20)),
  /** How many must be ranked at least; defaults to `pick`. */
  minPicks: picksSchema,
});
export const RatingQuestionSchema = v.object({
  ...questionBase,
  type: v.literal('rating'),
  scale: scaleSchema,
  dimension: v.optional(DimensionSchema),
  ...endLabels,
});
export const MatrixRatingQuestionSchema = v.object({
  ...questionBase,
  type: v.literal('matrix_rating'),
  rows: v.pipe(v.array(OptionSchema), v.minLength(1), v.maxLength(50)),
  scale: scaleSchema,
  dimension: v.optional(DimensionSchema),
  ...endLabels,
});
export const TimeSlotsQuestionSchema = v.object({
  ...questionBase,
  type: v.literal('time_slots'),
  options,
  minPicks: picksSchema,
  maxPicks: picksSchema,
  /** When present the slots are shown as a grid (e.g. weekday x time of day). */
  grid: v.optional(v.object({ rows: v.array(GridAxisSchema), columns: v.array(GridAxisSchema) })),
});
export const TextQuestionSchema = v.object({
  ...questionBase,
  type: v.literal('text'),
  maxLength: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5000)),
  multiline: v.optional(v.boolean()),
});
export const NumberQuestionSchema = v.object({
  ...questionBase,
  type: v.literal('number'),
  min: v.optional(v.pipe(v.number(), v.finite())),
  max: v.optional(v.pipe(v.number(), v.finite())),
  integer: v.optional(v.boolean()),
});
export const UnitQuestionSchema = v.object({
  ...questionBase,
  type: v.literal('unit'),
  options: v.pipe(v.array(UnitOptionSchema), v.maxLength(500)),
});

export const QuestionSchema = v.variant('type', [
  SingleChoiceQuestionSchema,
  MultipleChoiceQuestionSchema,
  RankingQuestionSchema,
  RatingQuestionSchema,
  MatrixRatingQuestionSchema,
  TimeSlotsQuestionSchema,
  TextQuestionSchema,
  NumberQuestionSchema,
  UnitQuestionSchema,
]);

export const QUESTION_TYPES = [
  'single_choice',
  'multiple_choice',
  'ranking',
  'rating',
  'matrix_rating',
  'time_slots',
  'text',
  'number',
  'unit',
] as const;

export const SurveyStatusSchema = v.picklist(['draft', 'published', 'closed']);
export const SurveyKindSchema = v.picklist(['needs', 'feedback', 'custom']);

export const SurveySchema = v.object({
  id: IdSchema,
  kind: SurveyKindSchema,
  status: SurveyStatusSchema,
  title: text(200),
  titleEn: optionalText(200),
  intro: optionalText(2000),
  introEn: optionalText(2000),
  fronts: v.optional(v.array(FrontSchema)),
  sections: v.optional(v.array(SectionSchema)),
  questions: v.pipe(v.array(QuestionSchema), v.minLength(1), v.maxLength(200)),
  createdAt: v.pipe(v.string(), v.isoTimestamp()),
  publishedAt: v.optional(v.pipe(v.string(), v.isoTimestamp())),
  closedAt: v.optional(v.pipe(v.string(), v.isoTimestamp())),
});

export type Option = v.InferOutput<typeof OptionSchema>;
export type UnitOption = v.InferOutput<typeof UnitOptionSchema>;
export type Question = v.InferOutput<typeof QuestionSchema>;
export type QuestionType = Question['type'];
export type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>;
export type Survey = v.InferOutput<typeof SurveySchema>;
export type SurveyInput = v.InferInput<typeof SurveySchema>;
export type SurveyStatus = Survey['status'];
export type Aspect = v.InferOutput<typeof AspectSchema>;
export type Dimension = v.InferOutput<typeof DimensionSchema>;
