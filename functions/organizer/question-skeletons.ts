// Starting points for the editor's "add a question" helper: one valid question of each type.
import type { Catalogue } from '../../shared/catalogue/catalogue-schema.js';
import type { Question, QuestionType } from '../../shared/survey/survey-schema.js';
import { unitOptions } from '../../shared/templates/catalogue-options.js';

const options = [
  { id: 'a', label: '选项一', labelEn: 'Option 1' },
  { id: 'b', label: '选项二', labelEn: 'Option 2' },
  { id: 'c', label: '选项三', labelEn: 'Option 3' },
];

function freeId(type: string, taken: readonly string[]): string {
  for (let n = 1; ; n++) if (!taken.includes(`${type.replace('_', '-')}-${n}`)) return `${type.replace('_', '-')}-${n}`;
}

export function questionSkeleton(type: QuestionType, takenIds: readonly string[], catalogue?: Catalogue): Question {
  const base = { id: freeId(type, takenIds), required: false, title: '新题目', titleEn: 'New question' };
  switch (type) {
    case 'single_choice':
      return { ...base, type, options };
    case 'multiple_choice':
      return { ...base, type, options, maxPicks: 2 };
    case 'ranking':
      return { ...base, type, options, pick: 2 };
    case 'rating':
      return { ...base, type, scale: 5 };
    case 'matrix_rating':
      return { ...base, type, scale: 5, rows: options.slice(0, 2) };
    case 'time_slots':
      return { ...base, type, options: [{ id: 'am', label: '上午', labelEn: 'Morning' }, { id: 'pm', label: '下午', labelEn: 'Afternoon' }] };
    case 'text':
      return { ...base, type, maxLength: 500, multiline: true };
    case 'number':
      return { ...base, type, min: 0 };
    case 'unit':
      return { ...base, type, options: catalogue ? unitOptions(catalogue) : [] };
  }
}
