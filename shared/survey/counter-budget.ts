// The largest one unit's counter item can ever grow to under a definition, so a definition whose
// counters could outgrow DynamoDB's 400 KB item is refused when saved, not after 150 responses.
import { moduleOf } from '../question-types/registry.js';
import type { Question, Survey } from './survey-schema.js';
import { counterNames, RESPONSES_COUNTER } from '../question-types/counter-names.js';

/**
 * A unit's counters may take at most this much. DynamoDB's limit is 400 KB, and every write of the
 * item is charged on its whole size (a transaction twice): the budget keeps well inside both.
 */
export const MAX_COUNTER_ITEM_BYTES = 256 * 1024;
/** A DynamoDB number takes at most 21 bytes (38 digits); counters are sized as if every one were that long. */
const MAX_NUMBER_BYTES = 21;
/** The item's own attributes besides counters (keys, type, unit, front, last response time). */
const FIXED_ATTRIBUTE_BYTES = 1024;

function perQuestion(survey: Survey): { question: Question; names: string[] }[] {
  return survey.questions.map((question) => ({ question, names: [counterNames.answered(question.id), ...moduleOf(question).counterNames(question, survey)] }));
}

/** Every counter one unit's item can hold under this definition. */
export function maxCounterNames(survey: Survey): string[] {
  return [RESPONSES_COUNTER, ...perQuestion(survey).flatMap((q) => q.names)];
}

const counterBytes = (name: string) => Buffer.byteLength(name, 'utf8') + MAX_NUMBER_BYTES;

export interface CounterItemSize {
  /** The item's size with every counter present at 38 digits. */
  bytes: number;
  /** The question whose counters take the most room, and how much. */
  largest?: { questionId: string; bytes: number };
}

export function maxCounterItemSize(survey: Survey): CounterItemSize {
  let bytes = FIXED_ATTRIBUTE_BYTES + counterBytes(RESPONSES_COUNTER);
  let largest: CounterItemSize['largest'];
  for (const { question, names } of perQuestion(survey)) {
    const own = names.reduce((sum, name) => sum + counterBytes(name), 0);
    bytes += own;
    if (!largest || own > largest.bytes) largest = { questionId: question.id, bytes: own };
  }
  return largest ? { bytes, largest } : { bytes };
}
