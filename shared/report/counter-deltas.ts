// What one response adds to its unit's counters: the write side of "reports do not scan".
import { choiceId, type Answers, type ChoiceAnswer } from '../survey/answers.js';
import { countedNumber } from '../survey/number-rules.js';
import type { QuestionOf, Survey } from '../survey/survey-schema.js';
import { counterNames, RESPONSES_COUNTER } from './counter-names.js';

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

/** Widest range of whole numbers kept value by value, so a counter item stays far below 400 KB. */
export const HISTOGRAM_MAX_RANGE = 1000;

/** Whole-number questions with a narrow range keep a count per value, which gives min, max and median. */
export function keepsHistogram(q: QuestionOf<'number'>): boolean {
  return q.integer === true && q.min !== undefined && q.max !== undefined && q.max - q.min <= HISTOGRAM_MAX_RANGE;
}

export function counterDeltas(survey: Survey, answers: Answers): CounterDeltas {
  const deltas: CounterDeltas = { [RESPONSES_COUNTER]: 1 };
  const add = (name: string, by = 1) => {
    deltas[name] = (deltas[name] ?? 0) + by;
  };
  for (const q of survey.questions) {
    const answer = answers[q.id];
    if (answer === undefined) continue;
    add(counterNames.answered(q.id));
    switch (q.type) {
      case 'single_choice':
      case 'unit':
        add(counterNames.option(q.id, choiceId(answer as ChoiceAnswer)));
        break;
      case 'multiple_choice':
      case 'time_slots':
        for (const pick of answer as ChoiceAnswer[]) add(counterNames.option(q.id, choiceId(pick)));
        break;
      case 'ranking':
        (answer as string[]).forEach((optionId, index) => add(counterNames.rank(q.id, index + 1, optionId)));
        break;
      case 'rating':
        add(counterNames.score(q.id, answer as number));
        break;
      case 'matrix_rating':
        for (const [rowId, score] of Object.entries(answer as Record<string, number>)) add(counterNames.rowScore(q.id, rowId, score));
        break;
      case 'number':
        add(counterNames.sum(q.id), countedNumber(q, answer as number));
        if (keepsHistogram(q)) add(counterNames.value(q.id, answer as number));
        break;
      case 'text':
        break;
    }
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
  for (const q of survey.questions) {
    total += 1;
    switch (q.type) {
      case 'single_choice':
      case 'unit':
      case 'rating':
        total += 1;
        break;
      case 'multiple_choice': {
        const n = q.options.length + (q.allowOther ? 1 : 0);
        total += Math.min(q.maxPicks ?? n, n);
        break;
      }
      case 'time_slots':
        total += Math.min(q.maxPicks ?? q.options.length, q.options.length);
        break;
      case 'ranking':
        total += Math.min(q.pick, q.options.length);
        break;
      case 'matrix_rating':
        total += q.rows.length;
        break;
      case 'number':
        total += keepsHistogram(q) ? 2 : 1;
        break;
      case 'text':
        break;
    }
  }
  return total;
}
