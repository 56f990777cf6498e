import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { demoSurveys } from '../../shared/demo/seed-demo.js';
import { definitionIssues } from '../../shared/survey/definition-issues.js';
import { SurveySchema, type Survey } from '../../shared/survey/survey-schema.js';
import { everyTypeSurvey } from '../support/fixtures.js';

const codes = (survey: Survey) => definitionIssues(survey).map((i) => [i.questionId, i.code]);

describe('survey definitions', () => {
  it('the demo needs survey and feedback form parse and have no problems', () => {
    for (const survey of demoSurveys('2026-11-01T00:00:00.000Z')) {
      expect(v.safeParse(SurveySchema, survey).success).toBe(true);
      expect(definitionIssues(survey)).toEqual([]);
    }
  });

  it('the demo needs survey asks about content, format, manner, timing and faculty with at least six question types', () => {
    const [needs] = demoSurveys('2026-11-01T00:00:00.000Z');
    expect(needs?.sections?.map((s) => s.id)).toEqual(['about', 'content', 'format', 'timing', 'faculty']);
    expect(new Set(needs?.questions.map((q) => q.type)).size).toBeGreaterThanOrEqual(6);
  });

  it('rejects ids outside the safe alphabet (they end up in keys, URLs and HTML)', () => {
    for (const id of ['', '../x', 'a b', 'a.b', 'a#b', '<x>', 'x'.repeat(65)]) {
      expect(v.safeParse(SurveySchema, everyTypeSurvey({ id })).success, id).toBe(false);
    }
  });

  it('rejects an unknown question type and a survey without questions', () => {
    const bad = { ...everyTypeSurvey(), questions: [{ id: 'q', type: 'slider', required: true, title: 'Q' }] };
    expect(v.safeParse(SurveySchema, bad).success).toBe(false);
    expect(v.safeParse(SurveySchema, everyTypeSurvey({ questions: [] })).success).toBe(false);
  });

  it('finds duplicate question ids and duplicate option ids', () => {
    const base = everyTypeSurvey();
    const q = base.questions[1]!;
    const survey = everyTypeSurvey({ questions: [...base.questions, q] });
    expect(codes(survey)).toContainEqual(['single', 'duplicate_question_id']);
    const dupOptions = everyTypeSurvey({ questions: [{ id: 's', type: 'single_choice', required: true, title: 'S', options: [{ id: 'a', label: 'A' }, { id: 'a', label: 'B' }] }] });
    expect(codes(dupOptions)).toEqual([['s', 'duplicate_option_id']]);
  });

  it('finds a ranking asking for more picks than options, and a choice question without options', () => {
    const survey = everyTypeSurvey({
      questions: [
        { id: 'r', type: 'ranking', required: true, title: 'R', pick: 4, options: [{ id: 'a', label: 'A' }] },
        { id: 's', type: 'single_choice', required: true, title: 'S', options: [] },
      ],
    });
    expect(codes(survey)).toEqual([
      ['r', 'pick_exceeds_options'],
      ['s', 'no_options'],
    ]);
  });

  it('refuses a survey whose one response could change more counters than one DynamoDB update holds', () => {
    const options = Array.from({ length: 200 }, (_, i) => ({ id: `o${i}`, label: `选项${i}` }));
    const big = everyTypeSurvey({ questions: [{ id: 'm', type: 'multiple_choice', required: false, title: 'M', options }, { id: 't', type: 'time_slots', required: false, title: 'T', options }] });
    expect(codes(big)).toEqual([[undefined, 'too_many_counters']]);
    const capped = everyTypeSurvey({ questions: [{ id: 'm', type: 'multiple_choice', required: false, title: 'M', maxPicks: 5, options }, { id: 't', type: 'time_slots', required: false, title: 'T', maxPicks: 5, options }] });
    expect(codes(capped)).toEqual([]);
  });

  it('finds min above max, a reserved "other" id, unknown sections, fronts and grid cells', () => {
    const survey = everyTypeSurvey({
      sections: [{ id: 'sec', title: '一' }],
      questions: [
        { id: 'm', type: 'multiple_choice', required: false, title: 'M', minPicks: 3, maxPicks: 1, options: [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }, { id: 'c', label: 'C' }] },
        { id: 'o', type: 'single_choice', required: false, title: 'O', allowOther: true, options: [{ id: 'other', label: '其他' }] },
        { id: 'n', type: 'number', required: false, title: 'N', min: 5, max: 1, sectionId: 'nowhere' },
        { id: 'u', type: 'unit', required: true, title: 'U', options: [{ id: 'u1', label: 'U1', front: 'mars' }] },
        { id: 't', type: 'time_slots', required: false, title: 'T', grid: { rows: [{ id: 'mon', label: '周一' }], columns: [{ id: 'am', label: '上午' }] }, options: [{ id: 'x', label: 'X', row: 'tue', column: 'am' }] },
      ],
    });
    expect(codes(survey)).toEqual([
      ['m', 'min_exceeds_max'],
      ['o', 'reserved_option_id'],
      ['n', 'min_exceeds_max'],
      ['n', 'unknown_section'],
      ['u', 'unknown_front'],
      ['t', 'unknown_grid_cell'],
    ]);
  });
});
