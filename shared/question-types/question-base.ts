// The schema parts every question type shares: the base fields, options and labels.
import * as v from 'valibot';
import { IdSchema } from '../kernel/ids.js';

/** Longest option label; a template's combined labels are cut to it. */
export const MAX_LABEL = 200;
/** Most options one question may list (a unit question: MAX_UNIT_OPTIONS); templates list whole catalogue sections. */
export const MAX_OPTIONS = 200;

export const text = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max));
export const optionalText = (max: number) => v.optional(text(max));

export const OptionSchema = v.object({
  id: IdSchema,
  label: text(MAX_LABEL),
  labelEn: optionalText(MAX_LABEL),
  /** time_slots only: the grid row and column this slot sits in. */
  row: v.optional(IdSchema),
  column: v.optional(IdSchema),
});

/** Which part of the demand a question measures; the demand summary names the leaders of each. */
export const AspectSchema = v.picklist(['content', 'format', 'manner', 'timing', 'faculty']);

/** One display-logic condition: the earlier choice question `questionId` has one of `anyOf`. */
export const ConditionSchema = v.object({
  questionId: IdSchema,
  anyOf: v.pipe(v.array(IdSchema), v.minLength(1), v.maxLength(200)),
});

/** Most conditions one question or section may have. */
export const MAX_CONDITIONS = 20;

/**
 * Display logic: shown only when one condition holds, or when every condition of `all` holds.
 * Optional, and the single condition is the form definitions were first written in: they stay valid.
 */
export const VisibleIfSchema = v.pipe(
  v.union([
    ConditionSchema,
    v.object({ all: v.pipe(v.array(ConditionSchema), v.minLength(1), v.maxLength(MAX_CONDITIONS)) }),
  ]),
  v.description('Display logic: one condition { questionId, anyOf } (shown when that earlier choice question has one of anyOf), or { all: [condition, ...] } (shown when every condition holds). Answers to a hidden question are dropped; a hidden question is never required.'),
);

export const questionBase = {
  id: IdSchema,
  aspect: v.optional(AspectSchema),
  required: v.boolean(),
  title: text(500),
  titleEn: optionalText(500),
  help: optionalText(1000),
  helpEn: optionalText(1000),
  sectionId: v.optional(IdSchema),
  visibleIf: v.optional(VisibleIfSchema),
};

/** What a rating measures on a lecture's feedback form; scorecards average each dimension's ratings. */
export const DIMENSIONS = ['lecture', 'lecturer', 'organisation'] as const;
export const DimensionSchema = v.picklist(DIMENSIONS);

export const scaleSchema = v.pipe(v.number(), v.integer(), v.minValue(2), v.maxValue(11));
export const picksSchema = v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(200)));
export const endLabels = {
  lowLabel: optionalText(50),
  lowLabelEn: optionalText(50),
  highLabel: optionalText(50),
  highLabelEn: optionalText(50),
};
export const options = v.pipe(v.array(OptionSchema), v.maxLength(MAX_OPTIONS));

/** Starting options for a new choice question in the editor. */
export const SKELETON_OPTIONS = [
  { id: 'a', label: '选项一', labelEn: 'Option 1' },
  { id: 'b', label: '选项二', labelEn: 'Option 2' },
  { id: 'c', label: '选项三', labelEn: 'Option 3' },
];
