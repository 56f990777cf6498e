// Starting points for the editor's "add a question": each type's module gives a valid question.
import type { Catalogue } from '../../shared/catalogue/catalogue-schema.js';
import { questionTypes } from '../../shared/question-types/registry.js';
import type { Question, QuestionType } from '../../shared/survey/survey-schema.js';

function freeId(type: string, taken: readonly string[]): string {
  for (let n = 1; ; n++) if (!taken.includes(`${type.replace('_', '-')}-${n}`)) return `${type.replace('_', '-')}-${n}`;
}

export function questionSkeleton(type: QuestionType, takenIds: readonly string[], catalogue?: Catalogue): Question {
  const base = { id: freeId(type, takenIds), required: false, title: '新题目', titleEn: 'New question' };
  return questionTypes[type].skeleton(base, catalogue);
}
