// Every question type's rendering, registered once (the domain side is shared/question-types/registry.ts).
import type { Question, QuestionType } from '../../shared/survey/survey-schema.js';
import { matrixRatingView } from './matrix-rating.js';
import { multipleChoiceView } from './multiple-choice.js';
import { numberView } from './number.js';
import { rankingView } from './ranking.js';
import { ratingView } from './rating.js';
import { singleChoiceView } from './single-choice.js';
import { textView } from './text.js';
import { timeSlotsView } from './time-slots.js';
import { unitView } from './unit.js';
import type { QuestionView } from './view-type.js';

export const questionViews = {
  single_choice: singleChoiceView,
  multiple_choice: multipleChoiceView,
  ranking: rankingView,
  rating: ratingView,
  matrix_rating: matrixRatingView,
  time_slots: timeSlotsView,
  text: textView,
  number: numberView,
  unit: unitView,
} satisfies { [T in QuestionType]: QuestionView<T> };

/** The view of a question's type, typed for any question. */
export function viewOf(type: Question['type']): QuestionView<QuestionType> {
  return questionViews[type] as unknown as QuestionView<QuestionType>;
}
