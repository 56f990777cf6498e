// The response item: keyed by its submission (the exactly-once guard) and indexed by arrival time. Built
// here and read back through the response's own schema, so a stored response is never taken on trust.
import { StoredResponseSchema, type StoredResponse } from '../../responses/response-store.js';
import { keys } from '../keys.js';
import { readItem } from './read-item.js';

export function responseItem(response: StoredResponse): Record<string, unknown> {
  return {
    ...keys.responseBySubmission(response.surveyId, response.submissionId),
    ...keys.responsesByTime(response.surveyId, response.submittedAt, response.responseId),
    type: 'response',
    ...response,
  };
}

/** The response an item holds (its keys and type left out). */
export function readResponse(item: Record<string, unknown>): StoredResponse {
  return readItem(StoredResponseSchema, item, 'response');
}
