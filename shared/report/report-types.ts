// The shape of the demand report: what the JSON route returns (the API document is generated from these
// schemas) and the page and files show. Each question's part comes from its type's module.
import * as v from 'valibot';
import { AspectSchema } from '../question-types/question-base.js';
import { QuestionReportSchema } from '../question-types/registry.js';
import { CountSchema, LabelledSchema, ShareSchema } from '../question-types/report-shapes.js';

export type { Labelled, OptionFigure, RankedOption, ScoreFigures } from '../question-types/report-shapes.js';
export type { QuestionReport } from '../question-types/registry.js';

export const ReportFilterSchema = v.object({ unit: v.optional(v.string()), front: v.optional(v.string()) });

export const SummaryLineSchema = v.object({
  aspect: AspectSchema,
  questionId: v.string(),
  leaders: v.array(v.object({ ...LabelledSchema.entries, share: ShareSchema })),
  /** The line in plain words, in the report's language. */
  text: v.string(),
});

export const SurveyReportSchema = v.object({
  surveyId: v.string(),
  title: v.string(),
  filter: ReportFilterSchema,
  responses: CountSchema,
  lastResponseAt: v.nullable(v.string()),
  summary: v.array(SummaryLineSchema),
  questions: v.array(QuestionReportSchema),
});

export const CrossTabSchema = v.object({
  questionId: v.string(),
  by: v.picklist(['unit', 'front']),
  columns: v.array(LabelledSchema),
  rows: v.array(v.object({ ...LabelledSchema.entries, front: v.optional(v.string()), responses: CountSchema, counts: v.array(CountSchema) })),
});

export type ReportFilter = v.InferOutput<typeof ReportFilterSchema>;
export type SummaryLine = v.InferOutput<typeof SummaryLineSchema>;
export type SurveyReport = v.InferOutput<typeof SurveyReportSchema>;
export type CrossTab = v.InferOutput<typeof CrossTabSchema>;
