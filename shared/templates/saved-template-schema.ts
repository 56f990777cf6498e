// A district template (问卷模板): a survey definition an organizer saved under a name, to start new drafts from.
import * as v from 'valibot';
import { IdSchema } from '../kernel/ids.js';
import { SurveySchema } from '../survey/survey-schema.js';

/** What a template keeps of a survey: the definition without its identity, status or dates. */
export const TemplateDefinitionSchema = v.omit(SurveySchema, ['id', 'status', 'createdAt', 'publishedAt', 'closedAt']);

export const TemplateNameSchema = v.pipe(v.string(), v.trim(), v.minLength(1, 'a name is required'), v.maxLength(100));

export const SavedTemplateSchema = v.object({
  id: IdSchema,
  name: TemplateNameSchema,
  /** The account that saved it: it (or an admin) may rename or delete it. */
  createdBy: v.string(),
  createdAt: v.pipe(v.string(), v.isoTimestamp()),
  /** The survey it was saved from, for the audit trail; the survey may change or go afterwards. */
  sourceSurveyId: v.optional(IdSchema),
  definition: TemplateDefinitionSchema,
});

/** POST /api/surveys/{surveyId}/template and PUT /api/templates/{templateId}. */
export const TemplateNameBodySchema = v.strictObject({ name: TemplateNameSchema });
/** POST /api/templates/{templateId}/surveys: an optional title for the new draft. */
export const FromTemplateBodySchema = v.strictObject({ title: v.optional(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200))) });

export type SavedTemplate = v.InferOutput<typeof SavedTemplateSchema>;
export type TemplateDefinition = v.InferOutput<typeof TemplateDefinitionSchema>;
