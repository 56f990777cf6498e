// What one response adds to its unit's counters: the write side of "reports do not scan".
import type { Answers } from '../question-types/answers.js';
import type { Survey } from './survey-schema.js';
import { moduleOf } from '../question-types/registry.js';
import { visibleAnswers } from './display-logic.js';
import { counterNames, RESPONSES_COUNTER } from '../question-types/counter-names.js';

export type CounterDeltas = Record<string, number>;

/** The unit that responses without a unit question (or without an answer to it) count under. */
export const NO_UNIT = '_none';

export interface RespondentUnit {
  unitId: string;
  front?: string;
}

/** The respondent's unit and front, from the survey's first unit question. */
export function respondentUnit(survey: Survey, answers: Answers): RespondentUnit {
  const question = survey.questions.find((q) => q.type === 'unit');
  const answer = question ? answers[question.id] : undefined;
  if (question?.type !== 'unit' || typeof answer !== 'string') return { unitId: NO_UNIT };
  const option = question.options.find((o) => o.id === answer);
  return option ? { unitId: option.id, front: option.front } : { unitId: NO_UNIT };
}

export { HISTOGRAM_MAX_RANGE, keepsHistogram } from '../question-types/number.js';

/** What one response adds; answers to questions its own answers hide count nowhere. */
export function counterDeltas(survey: Survey, stored: Answers): CounterDeltas {
  const answers = visibleAnswers(survey, stored);
  const deltas: CounterDeltas = { [RESPONSES_COUNTER]: 1 };
  const add = (name: string, by = 1) => {
    deltas[name] = (deltas[name] ?? 0) + by;
  };
  for (const q of survey.questions) {
    const answer = answers[q.id];
    if (answer === undefined) continue;
    add(counterNames.answered(q.id));
    moduleOf(q).countAnswer(q, answer, add);
  }
  return deltas;
}

/**
 * The most counters one response can change. They all go into one UpdateExpression, which
 * DynamoDB caps at 4 KB (about 290 `#cN :cN` terms), so a definition may not exceed this.
 */
export const MAX_COUNTER_CHANGES = 250;

export function maxCounterChanges(survey: Survey): number {
  let total = 1;
  for (const q of survey.questions) total += 1 + moduleOf(q).maxCounterChanges(q);
  return total;
}

/** The same counts taken away: what an invalidated response removes from its unit's counters. */
export function negatedDeltas(deltas: CounterDeltas): CounterDeltas {
  return Object.fromEntries(Object.entries(deltas).map(([name, delta]) => [name, -delta]));
}
