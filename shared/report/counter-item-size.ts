// The largest one unit's counter item can ever grow to under a definition, so a definition whose
// counters could outgrow DynamoDB's 400 KB item is refused when saved, not after 150 responses.
import type { Question, Survey } from '../survey/survey-schema.js';
import { OTHER_OPTION_ID } from '../survey/ids.js';
import { keepsHistogram } from './counter-deltas.js';
import { counterNames, RESPONSES_COUNTER } from './counter-names.js';

/**
 * A unit's counters may take at most this much. DynamoDB's limit is 400 KB, and every write of the
 * item is charged on its whole size (a transaction twice): the budget keeps well inside both.
 */
export const MAX_COUNTER_ITEM_BYTES = 256 * 1024;
/** A DynamoDB number takes at most 21 bytes (38 digits); counters are sized as if every one were that long. */
const MAX_NUMBER_BYTES = 21;
/** The item's own attributes besides counters (keys, type, unit, front, last response time). */
const FIXED_ATTRIBUTE_BYTES = 1024;

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

/**
 * Every counter a question can add to one unit's item. The first unit question decides the item, so
 * an item holds one of its options only (the longest name is the worst case).
 */
function questionCounterNames(q: Question, decidesUnit: boolean): string[] {
  const names = [counterNames.answered(q.id)];
  const options = (ids: readonly string[]) => ids.map((id) => counterNames.option(q.id, id));
  switch (q.type) {
    case 'single_choice':
    case 'multiple_choice':
      names.push(...options([...q.options.map((o) => o.id), ...(q.allowOther ? [OTHER_OPTION_ID] : [])]));
      break;
    case 'time_slots':
      names.push(...options(q.options.map((o) => o.id)));
      break;
    case 'unit': {
      const all = options(q.options.map((o) => o.id));
      names.push(...(decidesUnit ? all.sort((a, b) => b.length - a.length).slice(0, 1) : all));
      break;
    }
    case 'ranking':
      for (const position of range(Math.min(q.pick, q.options.length))) names.push(...q.options.map((o) => counterNames.rank(q.id, position, o.id)));
      break;
    case 'rating':
      names.push(...range(q.scale).map((score) => counterNames.score(q.id, score)));
      break;
    case 'matrix_rating':
      for (const row of q.rows) names.push(...range(q.scale).map((score) => counterNames.rowScore(q.id, row.id, score)));
      break;
    case 'number':
      names.push(counterNames.sum(q.id));
      if (keepsHistogram(q)) for (let n = Math.ceil(q.min ?? 0); n <= Math.floor(q.max ?? 0); n++) names.push(counterNames.value(q.id, n));
      break;
    case 'text':
      break;
  }
  return names;
}

function perQuestion(survey: Survey): { question: Question; names: string[] }[] {
  const unitQuestion = survey.questions.find((q) => q.type === 'unit');
  return survey.questions.map((question) => ({ question, names: questionCounterNames(question, question === unitQuestion) }));
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
