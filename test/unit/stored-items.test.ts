// Each stored item has one owner module that builds it and reads it back through its schema: a built
// item reads back as what was stored, and an item whose attributes are not what the schema names is
// refused on read instead of passed on as if it were.
import { describe, expect, it } from 'vitest';
import { accessCodeItem, readAccessCode } from '../../shared/storage/dynamodb/access-code-item.js';
import { feedbackDeviceItem, readFeedbackDevice } from '../../shared/storage/dynamodb/feedback-device-item.js';
import { feedbackItem, readFeedback } from '../../shared/storage/dynamodb/feedback-item.js';
import { readResponse, responseItem } from '../../shared/storage/dynamodb/response-item.js';
import { readSuggestion, suggestionItem } from '../../shared/storage/dynamodb/suggestion-item.js';
import { readUnitKey, unitByKeyItem, unitKeyOfUnitItem } from '../../shared/storage/dynamodb/unit-key-item.js';

const response = {
  surveyId: 's1',
  responseId: 'r1',
  submissionId: '7b0c2c8e-8a51-4f6e-9a34-5b1f3c2d4e6f',
  submittedAt: '2026-03-01T08:00:00.000Z',
  unitId: 'u1',
  front: 'street',
  answers: { single: 'a', multi: ['x', { optionId: 'other' as const, text: '写的' }], rate: 4, matrix: { r1: 5 }, text: '好' },
  invalid: { reason: '重复', at: '2026-03-02T08:00:00.000Z', by: 'a@example.org' },
};
const feedback = { lectureId: 'l1', responseId: 'r2', submissionId: 'sub-2', submittedAt: '2026-03-01T08:00:00.000Z', formVersion: 2, answers: { lecture: { relevance: 5 }, organization: 4 }, deviceId: 'phone' };

describe('stored items', () => {
  it('Should read back every item as it was built', () => {
    expect(readResponse(responseItem(response))).toStrictEqual(response);
    expect(readFeedback(feedbackItem(feedback))).toStrictEqual(feedback);
    expect(readSuggestion(suggestionItem(feedback, { q: '多讲案例' }))).toStrictEqual({ lectureId: 'l1', responseId: 'r2', submittedAt: feedback.submittedAt, texts: { q: '多讲案例' } });
    expect(readFeedbackDevice(feedbackDeviceItem('l1', 'phone', 'sub-2'))).toBe('sub-2');
    expect(readAccessCode({ ...accessCodeItem('s1', { code: 'K7M2Q9', unitId: 'u1', createdAt: '2026-03-01T08:00:00.000Z' }), usedAt: '2026-03-03T08:00:00.000Z' })).toStrictEqual({
      code: 'K7M2Q9',
      unitId: 'u1',
      createdAt: '2026-03-01T08:00:00.000Z',
      usedAt: '2026-03-03T08:00:00.000Z',
    });
    const key = { unitId: 'u1', key: 'abc', issuedAt: '2026-03-01T08:00:00.000Z' };
    expect(readUnitKey(unitByKeyItem(key))).toStrictEqual(key);
    expect(readUnitKey(unitKeyOfUnitItem(key))).toStrictEqual(key);
  });

  it('Should refuse an item whose attributes are not what its schema names', () => {
    expect(() => readResponse({ ...responseItem(response), unitId: 42 })).toThrow(/unitId/);
    expect(() => readResponse({ ...responseItem(response), answers: { q: { optionId: 'other' } } })).toThrow();
    expect(() => readFeedback({ ...feedbackItem(feedback), formVersion: '2' })).toThrow(/formVersion/);
    expect(() => readSuggestion({ ...suggestionItem(feedback, {}), texts: 'x' })).toThrow(/texts/);
    expect(() => readUnitKey({ ...unitByKeyItem({ unitId: 'u1', key: 'abc', issuedAt: 'now' }), key: undefined })).toThrow(/key/);
  });
});
