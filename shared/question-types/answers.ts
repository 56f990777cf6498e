// The shapes a validated answer takes, by question type (see the public contract): what a stored
// response's answers are read back as.
import * as v from 'valibot';

export const OtherAnswerSchema = v.object({ optionId: v.literal('other'), text: v.string() });
export const ChoiceAnswerSchema = v.union([v.string(), OtherAnswerSchema]);

export const AnswerSchema = v.union([
  ChoiceAnswerSchema, // single_choice, unit (unit never takes "other"), text
  v.array(ChoiceAnswerSchema), // multiple_choice, time_slots, ranking (ranking never takes "other")
  v.number(), // rating, number
  v.record(v.string(), v.number()), // matrix_rating
]);

/** Answers keyed by question id; unanswered optional questions are absent. */
export const AnswersSchema = v.record(v.string(), AnswerSchema);

export type OtherAnswer = v.InferOutput<typeof OtherAnswerSchema>;
export type ChoiceAnswer = v.InferOutput<typeof ChoiceAnswerSchema>;
export type Answer = v.InferOutput<typeof AnswerSchema>;
export type Answers = v.InferOutput<typeof AnswersSchema>;

export function isOtherAnswer(value: unknown): value is OtherAnswer {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    (value as { optionId?: unknown }).optionId === 'other'
  );
}

/** The option id an answer names, whether it is a plain id or a write-in. */
export function choiceId(answer: ChoiceAnswer): string {
  return typeof answer === 'string' ? answer : answer.optionId;
}
