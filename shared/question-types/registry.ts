// Every question type, registered once: a new type is its module and one line in the list below (and
// its view in functions/question-views/registry.ts, which the compiler then asks for). The definition's
// variant, the report's variant and the Question, QuestionType and QuestionReport types all derive
// from this list, so no other list of types exists to forget.
import * as v from 'valibot';
import { matrixRating } from './matrix-rating.js';
import { multipleChoice } from './multiple-choice.js';
import { numberQuestion } from './number.js';
import type { QuestionTypeModule } from './question-type.js';
import { ranking } from './ranking.js';
import { rating } from './rating.js';
import { singleChoice } from './single-choice.js';
import { textQuestion } from './text.js';
import { timeSlots } from './time-slots.js';
import { unitQuestion } from './unit.js';

/** The types, in the order the editor offers them. */
export const questionModules = [singleChoice, multipleChoice, ranking, rating, matrixRating, timeSlots, textQuestion, numberQuestion, unitQuestion] as const;

type Modules = typeof questionModules;
type Module = Modules[number];
// valibot's variant takes a tuple of object schemas; mapping the tuple's type keeps each element's
// schema, which TypeScript cannot see through Array.prototype.map.
type SchemasOf<T extends readonly Module[], K extends 'schema' | 'reportSchema'> = { -readonly [I in keyof T]: T[I][K] };

/** A question of any type, told apart by `type`. */
export const QuestionSchema = v.variant('type', questionModules.map((m) => m.schema) as SchemasOf<Modules, 'schema'>);
/** A question's part of the report, of any type (the API document's report shape). */
export const QuestionReportSchema = v.variant('type', questionModules.map((m) => m.reportSchema) as SchemasOf<Modules, 'reportSchema'>);

export type Question = v.InferOutput<typeof QuestionSchema>;
export type QuestionType = Question['type'];
export type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>;
export type QuestionReport = v.InferOutput<typeof QuestionReportSchema>;
export type ReportOf<T extends QuestionType> = Extract<QuestionReport, { type: T }>;

/** Every question type, in the order the editor offers them. */
export const QUESTION_TYPES: readonly QuestionType[] = questionModules.map((m) => m.type);

/** Each type's module by its name. */
export const questionTypes = Object.fromEntries(questionModules.map((m) => [m.type, m])) as { [M in Module as M['type']]: M };

/** A module typed for any question (the union narrows inside each module). */
export type AnyQuestionTypeModule = QuestionTypeModule<typeof QuestionSchema, typeof QuestionReportSchema>;

/** The module of a question's type, typed for any question. */
export function moduleOf(q: { type: QuestionType }): AnyQuestionTypeModule {
  return questionTypes[q.type] as unknown as AnyQuestionTypeModule;
}
