// The survey definition: the vocabulary every layer speaks. Types derive from these schemas.
import * as v from 'valibot';
import { IdSchema } from '../kernel/ids.js';

import { AspectSchema, ConditionSchema, DimensionSchema, OptionSchema, optionalText, text, VisibleIfSchema } from '../question-types/question-base.js';
import { QuestionSchema } from '../question-types/registry.js';
import { UnitOptionSchema } from '../question-types/unit.js';

// The question types' own schemas live in their modules (shared/question-types/); re-exported here
// because the definition is read as one vocabulary.
export { AspectSchema, ConditionSchema, DIMENSIONS, DimensionSchema, OptionSchema, VisibleIfSchema } from '../question-types/question-base.js';
export { UnitOptionSchema, UnitQuestionSchema } from '../question-types/unit.js';
export { SingleChoiceQuestionSchema } from '../question-types/single-choice.js';
export { MultipleChoiceQuestionSchema } from '../question-types/multiple-choice.js';
export { RankingQuestionSchema } from '../question-types/ranking.js';
export { RatingQuestionSchema } from '../question-types/rating.js';
export { MatrixRatingQuestionSchema } from '../question-types/matrix-rating.js';
export { TimeSlotsQuestionSchema } from '../question-types/time-slots.js';
export { TextQuestionSchema } from '../question-types/text.js';
export { NumberQuestionSchema } from '../question-types/number.js';

export const FrontSchema = v.object({ id: IdSchema, label: text(100), labelEn: optionalText(100) });
export const SectionSchema = v.object({ id: IdSchema, title: text(200), titleEn: optionalText(200), visibleIf: v.optional(VisibleIfSchema) });

export { QUESTION_TYPES, QuestionSchema } from '../question-types/registry.js';
export type { Question, QuestionOf, QuestionType } from '../question-types/registry.js';

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
export type Survey = v.InferOutput<typeof SurveySchema>;
export type SurveyInput = v.InferInput<typeof SurveySchema>;
export type SurveyStatus = Survey['status'];
export type Aspect = v.InferOutput<typeof AspectSchema>;
export type VisibleIf = v.InferOutput<typeof VisibleIfSchema>;
export type Condition = v.InferOutput<typeof ConditionSchema>;
export type Dimension = v.InferOutput<typeof DimensionSchema>;
