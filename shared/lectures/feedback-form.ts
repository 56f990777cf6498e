// The district's lecture feedback form (授课信息反馈表): one form for the whole programme, edited by
// organizers; each lecture answers the version it was pinned to, so scores never mix forms silently.
import * as v from 'valibot';
import { InvalidInputError } from '../errors.js';
import type { RepeatFeedback, FeedbackFormRepository } from './lecture-store.js';
import { checkDefinition } from '../survey-admin/manage-surveys.js';
import type { Survey } from '../survey/survey-schema.js';
import { lectureFeedbackFormTemplate } from '../templates/feedback-form.js';

/** Version 1 is the built-in template; it needs no stored item. */
const BUILT_IN = lectureFeedbackFormTemplate('2026-01-01T00:00:00.000Z');

export async function feedbackFormVersion(forms: FeedbackFormRepository, version: number): Promise<Survey> {
  if (version <= 1) return BUILT_IN;
  return (await forms.version(version)) ?? BUILT_IN;
}

export async function currentFeedbackForm(forms: FeedbackFormRepository): Promise<{ form: Survey; version: number; windowDays: number; repeatFeedback: RepeatFeedback }> {
  const state = await forms.state();
  return { form: await feedbackFormVersion(forms, state.version), version: state.version, windowDays: state.windowDays, repeatFeedback: state.repeatFeedback };
}

export const FeedbackWindowSchema = v.object({
  windowDays: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(365)),
  /** A second feedback from one phone on one lecture: 'refuse' (default: the first stands) or 'replace'. */
  repeatFeedback: v.optional(v.picklist(['refuse', 'replace'])),
});

/**
 * A feedback form must fit the survey rules, and its rated questions must measure something on one
 * scale: a dimension's mean and the top-two share only compare when every rating shares the scale.
 */
export function checkFeedbackForm(input: unknown): Survey {
  const base = typeof input === 'object' && input !== null && !Array.isArray(input) ? input : {};
  const form = checkDefinition({ createdAt: BUILT_IN.createdAt, ...base, id: BUILT_IN.id, kind: 'feedback', status: 'published' });
  const rated = form.questions.filter((q) => (q.type === 'rating' || q.type === 'matrix_rating') && q.dimension);
  const issues = [];
  if (rated.length === 0) issues.push({ field: 'questions', message: 'At least one rating question must carry a dimension (lecture, lecturer or organisation).', zh: '至少一道评分题须注明评价对象（讲座、主讲人或组织工作）。' });
  const scales = new Set(rated.map((q) => ('scale' in q ? q.scale : 0)));
  if (scales.size > 1) issues.push({ field: 'questions', message: 'Every rating question with a dimension must use the same scale.', zh: '注明评价对象的评分题须使用同一种分值。' });
  if (form.questions.some((q) => q.type === 'unit')) issues.push({ field: 'questions', message: 'A lecture names its units; the feedback form cannot ask for one.', zh: '讲座已写明承接单位，反馈表不能再问单位。' });
  if (issues.length > 0) throw new InvalidInputError(issues, 'survey');
  return form;
}
