// Every question type, registered once. A new type is its module plus one line in each list
// below; the schema list gives the definition's variant (and so the Question type), the module
// map gives everything else. The `satisfies` check makes a type without a module a compile error.
import type { Question, QuestionType } from '../survey/survey-schema.js';
import { MatrixRatingQuestionSchema, matrixRating } from './matrix-rating.js';
import { MultipleChoiceQuestionSchema, multipleChoice } from './multiple-choice.js';
import { NumberQuestionSchema, numberQuestion } from './number.js';
import type { QuestionTypeModule } from './question-type.js';
import { RankingQuestionSchema, ranking } from './ranking.js';
import { RatingQuestionSchema, rating } from './rating.js';
import { SingleChoiceQuestionSchema, singleChoice } from './single-choice.js';
import { TextQuestionSchema, textQuestion } from './text.js';
import { TimeSlotsQuestionSchema, timeSlots } from './time-slots.js';
import { UnitQuestionSchema, unitQuestion } from './unit.js';

/** The definitions' schemas, in the order the editor offers the types. */
export const questionSchemas = [
  SingleChoiceQuestionSchema,
  MultipleChoiceQuestionSchema,
  RankingQuestionSchema,
  RatingQuestionSchema,
  MatrixRatingQuestionSchema,
  TimeSlotsQuestionSchema,
  TextQuestionSchema,
  NumberQuestionSchema,
  UnitQuestionSchema,
] as const;

export const questionTypes = {
  single_choice: singleChoice,
  multiple_choice: multipleChoice,
  ranking,
  rating,
  matrix_rating: matrixRating,
  time_slots: timeSlots,
  text: textQuestion,
  number: numberQuestion,
  unit: unitQuestion,
} satisfies { [T in QuestionType]: QuestionTypeModule<T> };

/** The module of a question's type, typed for any question (the union narrows inside each module). */
export function moduleOf(q: Question): QuestionTypeModule<QuestionType> {
  return questionTypes[q.type] as unknown as QuestionTypeModule<QuestionType>;
}
