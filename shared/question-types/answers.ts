// The shapes a validated answer takes, by question type (see the public contract).
export interface OtherAnswer {
  optionId: 'other';
  text: string;
}
export type ChoiceAnswer = string | OtherAnswer;

export type Answer =
  | ChoiceAnswer // single_choice, unit (unit never takes "other")
  | ChoiceAnswer[] // multiple_choice, time_slots, ranking (ranking never takes "other")
  | number // rating, number
  | string // text
  | Record<string, number>; // matrix_rating

/** Answers keyed by question id; unanswered optional questions are absent. */
export type Answers = Record<string, Answer>;

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
