// The suggestion item: a feedback's text answers on their own item, so suggestions page without reading
// ratings. Built here and read back through the suggestion's schema.
import { SuggestionSchema, type StoredFeedback, type Suggestion } from '../../lectures/lecture-store.js';
import { keys } from '../keys.js';
import { readItem } from './read-item.js';

export function suggestionItem(feedback: StoredFeedback, texts: Record<string, string>): Record<string, unknown> {
  const suggestion: Suggestion = { lectureId: feedback.lectureId, responseId: feedback.responseId, submittedAt: feedback.submittedAt, texts };
  return { ...keys.suggestionsByTime(feedback.lectureId, feedback.submittedAt, feedback.responseId), type: 'suggestion', ...suggestion };
}

export function readSuggestion(item: Record<string, unknown>): Suggestion {
  return readItem(SuggestionSchema, item, 'suggestion');
}
