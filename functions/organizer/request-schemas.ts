// Bodies the organizer API takes that belong to no domain module.
import * as v from 'valibot';
import { TEMPLATES } from '../../shared/survey-admin/manage-surveys.js';

/** Either a template (built from the live catalogue) or a whole definition. */
export const CreateSurveySchema = v.union([
  v.object({ template: v.picklist(TEMPLATES), title: v.optional(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200))) }),
  v.object({ definition: v.record(v.string(), v.unknown()) }),
]);
