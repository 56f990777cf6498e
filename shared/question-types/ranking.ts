// ranking: put the top k of n options in order; the report scores them by Borda count.
import * as v from 'valibot';
import { counterNames } from './counter-names.js';
import { checkPicks, exampleIds, idsOf } from './answer-checks.js';
import { fieldName } from './form-values.js';
import { options, picksSchema, questionBase, SKELETON_OPTIONS } from './question-base.js';
import { CountSchema, RankedOptionSchema, reportSchema, type RankedOption } from './report-shapes.js';
import type { QuestionTypeModule, Totals } from './question-type.js';
import { choiceLabel, labelled, localLabel, optionListIssues, pickList, questionTitle, share } from './report-parts.js';
import { percentCell } from '../kernel/csv.js';
import { defined, editorNumber, listFromEditor } from './editor-input.js';

export const RankingQuestionSchema = v.object({
  ...questionBase,
  type: v.literal('ranking'),
  options,
  /** How many options to rank (the top k of n). */
  pick: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(20)),
  /** How many must be ranked at least; defaults to `pick`. */
  minPicks: picksSchema,
});

type RankingQuestion = v.InferOutput<typeof RankingQuestionSchema>;

/** How many places there are to fill: `pick`, or fewer when there are fewer options. */
export const placesOf = (q: RankingQuestion) => Math.min(q.pick, q.options.length);

function rankedOptions(q: RankingQuestion, totals: Totals, answered: number): RankedOption[] {
  const k = placesOf(q);
  return q.options
    .map((o) => {
      const positions = Array.from({ length: k }, (_, i) => totals[counterNames.rank(q.id, i + 1, o.id)] ?? 0);
      const ranked = positions.reduce((a, b) => a + b, 0);
      const borda = positions.reduce((sum, count, i) => sum + count * (k - i), 0);
      return { ...labelled(o), first: positions[0] ?? 0, ranked, borda, positions, share: share(ranked, answered) };
    })
    .sort((a, b) => b.borda - a.borda || b.first - a.first);
}

export const RankingReportSchema = reportSchema('ranking', { pick: CountSchema, options: v.array(RankedOptionSchema) });

export const ranking: QuestionTypeModule<typeof RankingQuestionSchema, typeof RankingReportSchema> = {
  type: 'ranking',
  name: { zh: '排序', en: 'Ranking' },
  schema: RankingQuestionSchema,
  reportSchema: RankingReportSchema,
  skeleton: (base) => ({ ...base, type: 'ranking', options: SKELETON_OPTIONS, pick: 2 }),
  fromEditor: (form, q, catalogue) => defined({ options: listFromEditor(form, 'opt', q.options, catalogue), pick: editorNumber(form, 'pick'), minPicks: editorNumber(form, 'minPicks') }),
  definitionIssues: (q, _survey, add) => {
    optionListIssues(q.id, q.options, add);
    if (q.pick > q.options.length) add('pick_exceeds_options', `Question ${q.id} asks to rank ${q.pick} of ${q.options.length} options.`);
    if (q.minPicks !== undefined && q.minPicks > q.pick) add('min_exceeds_max', `Question ${q.id} needs at least ${q.minPicks} ranked but allows ${q.pick}.`);
  },
  checkAnswer: (q, value, issue) => {
    const max = placesOf(q);
    const min = Math.min(q.minPicks ?? max, max);
    return checkPicks(value, idsOf(q.options), false, Math.max(min, 1), max, issue, 'too_few_ranked', 'too_many_ranked');
  },
  expectedForm: (q) => ({
    zh: `按名次排列的选项 id 数组（第一名在前），如 ${exampleIds(q.options)}`,
    en: `an ordered list of option ids, first place first, e.g. ${exampleIds(q.options)}`,
  }),
  fromForm: (q, form) => {
    const ranked: string[] = [];
    for (let i = 1; i <= q.pick; i++) {
      const value = form.get(fieldName.rank(q.id, i));
      if (value) ranked.push(value);
    }
    return ranked;
  },
  countAnswer: (q, answer, add) => (answer as string[]).forEach((optionId, index) => add(counterNames.rank(q.id, index + 1, optionId))),
  maxCounterChanges: placesOf,
  counterNames: (q) => Array.from({ length: placesOf(q) }, (_, i) => q.options.map((o) => counterNames.rank(q.id, i + 1, o.id))).flat(),
  report: (q, totals, base) => ({ ...base, type: 'ranking', pick: placesOf(q), options: rankedOptions(q, totals, base.answered) }),
  reportCsvRows: (r, locale) => r.options.map((o) => [o.id, localLabel(locale, o), o.ranked, percentCell(o.share), o.first, o.borda, '', r.answered]),
  answerColumns: (q, locale) =>
    Array.from({ length: placesOf(q) }, (_, i) => ({
      header: locale === 'en' ? `${questionTitle(q, locale)} - rank ${i + 1}` : `${questionTitle(q, locale)} - 第${i + 1}位`,
      cell: (a) => {
        const id = (a as string[] | undefined)?.[i];
        return id === undefined ? '' : choiceLabel(q.options, id, locale);
      },
    })),
  answerWords: (q, a, locale) => pickList(a).map((x, i) => (locale === 'en' ? `${i + 1}. ${choiceLabel(q.options, x, locale)}` : `第 ${i + 1} 位：${choiceLabel(q.options, x, locale)}`)),
  crossTabColumns: (q) => q.options.map((o) => ({ ...labelled(o), counters: Array.from({ length: placesOf(q) }, (_, i) => counterNames.rank(q.id, i + 1, o.id)) })),
  logic: { options: (q) => q.options, chosen: (a) => a as string[] },
};
