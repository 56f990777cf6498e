import { describe, expect, it } from 'vitest';
import { counterDeltas, NO_UNIT, respondentUnit } from '../../shared/survey/counter-deltas.js';
import type { Answers } from '../../shared/question-types/answers.js';
import { everyTypeSurvey, validAnswers } from '../support/fixtures.js';

const survey = everyTypeSurvey();

describe('counterDeltas', () => {
  it('adds one response and one per chosen option, rank position, score and row score', () => {
    expect(counterDeltas(survey, validAnswers() as Answers)).toEqual({
      responses: 1,
      'q.unit': 1,
      'q.unit.o.u1': 1,
      'q.single': 1,
      'q.single.o.a': 1,
      'q.multi': 1,
      'q.multi.o.x': 1,
      'q.multi.o.other': 1,
      'q.rank': 1,
      'q.rank.p1.t2': 1,
      'q.rank.p2.t1': 1,
      'q.rate': 1,
      'q.rate.v4': 1,
      'q.matrix': 1,
      'q.matrix.r.r1.v5': 1,
      'q.matrix.r.r2.v3': 1,
      'q.slots': 1,
      'q.slots.o.mon-am': 1,
      'q.slots.o.tue-pm': 1,
      'q.text': 1,
      'q.num': 1,
      'q.num.sum': 30,
      'q.num.n30': 1,
    });
  });

  it('counts only the response when nothing optional is answered', () => {
    expect(counterDeltas(survey, {})).toEqual({ responses: 1 });
  });
});

describe('respondentUnit', () => {
  it('takes the unit and its front from the unit question', () => {
    expect(respondentUnit(survey, { unit: 'u3' })).toEqual({ unitId: 'u3', front: 'economy' });
  });

  it('counts responses without a unit under a placeholder unit', () => {
    expect(respondentUnit(survey, {})).toEqual({ unitId: NO_UNIT });
  });
});
