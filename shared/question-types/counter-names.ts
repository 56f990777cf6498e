// Names of the counter attributes kept per survey and unit. Ids never contain ".", so the
// names cannot collide; they are top-level attributes because DynamoDB's ADD cannot create
// a missing nested map.
export const RESPONSES_COUNTER = 'responses';
/**
 * Responses marked invalid (无效答卷): out of every other count, but still stored, so a response limit
 * counts them (invalidating never gives a slot back, also when the limit is set again).
 */
export const INVALID_COUNTER = 'invalid';

export const counterNames = {
  answered: (questionId: string) => `q.${questionId}`,
  option: (questionId: string, optionId: string) => `q.${questionId}.o.${optionId}`,
  rank: (questionId: string, position: number, optionId: string) => `q.${questionId}.p${position}.${optionId}`,
  score: (questionId: string, score: number) => `q.${questionId}.v${score}`,
  rowScore: (questionId: string, rowId: string, score: number) => `q.${questionId}.r.${rowId}.v${score}`,
  sum: (questionId: string) => `q.${questionId}.sum`,
  /** How many answers gave this whole number (bounded number questions only). */
  value: (questionId: string, value: number) => `q.${questionId}.n${value}`,
};

export function isCounterName(name: string): boolean {
  return name === RESPONSES_COUNTER || name === INVALID_COUNTER || name.startsWith('q.');
}
