// 基层论谈's essay call (征文): the organizers' call on the year's themes, the units' essays (one per unit
// and call, changed until the deadline) and the experts' blind reviews (专家点评: one per expert and
// essay). What an expert sees is a separate, smaller shape (BlindEssay): no unit, no authors.
import * as v from 'valibot';
import { IdSchema } from '../kernel/ids.js';
import { EssayFileSchema, type EssayFileFormat } from './essay-file.js';

const text = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max));
const instant = v.pipe(v.string(), v.isoTimestamp());

/** draft (组织者编辑中) → open (征集中) → closed (评审中) → published (已公布结果). */
export const ESSAY_CALL_STATES = ['draft', 'open', 'closed', 'published'] as const;
export type EssayCallState = (typeof ESSAY_CALL_STATES)[number];
/** The one step each state may take, and the name of the step in routes and audit. */
export const ESSAY_CALL_STEPS = { open: 'draft', close: 'open', publish: 'closed' } as const satisfies Record<string, EssayCallState>;
export type EssayCallStep = keyof typeof ESSAY_CALL_STEPS;
export const STEP_TARGET: Record<EssayCallStep, EssayCallState> = { open: 'open', close: 'closed', publish: 'published' };

export const SCORE_MIN = 0;
export const SCORE_MAX = 100;
export const ESSAY_TEXT_MAX = 30_000;
export const RULES_MAX = 4000;
export const COMMENT_MAX = 2000;

const ThemeRefSchema = v.object({ id: IdSchema, name: text(200), nameEn: v.optional(text(200)) });

export const EssayCallSchema = v.object({
  id: IdSchema,
  title: text(200),
  /** The catalogue's themes the call is on, with the names they had (one or more). */
  themes: v.pipe(v.array(ThemeRefSchema), v.minLength(1), v.maxLength(20)),
  /** An instant (UTC ISO); entered and shown in district time. Submissions are refused from it on. */
  deadline: instant,
  rules: v.pipe(v.string(), v.trim(), v.maxLength(RULES_MAX)),
  state: v.picklist(ESSAY_CALL_STATES),
  createdAt: instant,
  createdBy: v.string(),
  /** When each step was taken. */
  openedAt: v.optional(instant),
  closedAt: v.optional(instant),
  publishedAt: v.optional(instant),
});
export type EssayCall = v.InferOutput<typeof EssayCallSchema>;

/** POST /api/essay-calls. */
export const NewEssayCallSchema = v.object({
  title: text(200),
  themeIds: v.pipe(v.array(IdSchema), v.minLength(1), v.maxLength(20)),
  /** District time `YYYY-MM-DDTHH:mm`, or ISO with an offset. */
  deadline: v.pipe(v.string(), v.maxLength(40)),
  rules: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(RULES_MAX)), ''),
});
export type NewEssayCall = v.InferOutput<typeof NewEssayCallSchema>;

export const EssaySchema = v.object({
  id: IdSchema,
  callId: IdSchema,
  unitId: IdSchema,
  /** The unit's name and front as they were at the first submission (rankings by front read them). */
  unitName: text(200),
  front: IdSchema,
  themeId: IdSchema,
  title: text(200),
  authors: text(200),
  /** May be empty when the essay is a file (an essay has text, a file, or both). */
  text: v.pipe(v.string(), v.trim(), v.maxLength(ESSAY_TEXT_MAX)),
  /** The full text as a PDF or DOCX (its bytes in the file store: original and blind copy). */
  file: v.optional(EssayFileSchema),
  submittedAt: instant,
  updatedAt: instant,
  /** How many times the unit has saved it (1 on the first submission). */
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
});
export type Essay = v.InferOutput<typeof EssaySchema>;

/**
 * PUT /api/public/units/{unitKey}/essay-calls/{callId}/essay: the whole essay each time. `uploadId`
 * names the file: a new upload, or the one already attached (kept as it is); without it the essay has
 * no file. Text or a file is needed (checked by submitEssay, at the field `text`).
 */
export const EssayInputSchema = v.object({
  themeId: IdSchema,
  title: text(200),
  authors: text(200),
  text: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(ESSAY_TEXT_MAX)), ''),
  uploadId: v.optional(IdSchema),
  /** The file's name on the unit's computer, when the page knows it (kept for the organizers only). */
  fileName: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(200))),
});
export type EssayInput = v.InferOutput<typeof EssayInputSchema>;

export const ReviewSchema = v.object({
  callId: IdSchema,
  essayId: IdSchema,
  expertId: IdSchema,
  score: v.pipe(v.number(), v.integer(), v.minValue(SCORE_MIN), v.maxValue(SCORE_MAX)),
  comment: v.pipe(v.string(), v.trim(), v.maxLength(COMMENT_MAX)),
  reviewedAt: instant,
});
export type Review = v.InferOutput<typeof ReviewSchema>;

/** POST …/essays/{essayId}/review: a score (百分制) and a comment. */
export const ReviewInputSchema = v.object({
  score: v.pipe(v.number(), v.integer(), v.minValue(SCORE_MIN), v.maxValue(SCORE_MAX)),
  comment: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(COMMENT_MAX)), ''),
});
export type ReviewInput = v.InferOutput<typeof ReviewInputSchema>;

/** An essay as a reviewing expert sees it: what it says, never who wrote it or for which unit. */
export interface BlindEssay {
  essayId: string;
  callId: string;
  themeId: string;
  themeName: string;
  title: string;
  text?: string;
  /** The file's format and size: never its name, which may name the unit or an author. */
  file?: { format: EssayFileFormat; bytes: number };
}

/** The call's public summary (what unit and expert pages list): no essays, no reviews. */
export const EssayCallSummarySchema = v.object({
  id: IdSchema,
  title: v.string(),
  themes: v.array(ThemeRefSchema),
  deadline: instant,
  rules: v.string(),
  state: v.picklist(ESSAY_CALL_STATES),
});
export type EssayCallSummary = v.InferOutput<typeof EssayCallSummarySchema>;

export function callSummary(call: EssayCall): EssayCallSummary {
  return { id: call.id, title: call.title, themes: call.themes, deadline: call.deadline, rules: call.rules, state: call.state };
}
