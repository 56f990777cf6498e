// time_slots: pick the times that suit, optionally laid out as a weekday x time-of-day grid.
import * as v from 'valibot';
import { counterNames } from './counter-names.js';
import { checkPicks, exampleIds, idsOf } from './answer-checks.js';
import { IdSchema } from '../kernel/ids.js';
import { options, picksSchema, questionBase, text, optionalText } from './question-base.js';
import { OptionFigureSchema, reportSchema } from './report-shapes.js';
import type { QuestionTypeModule } from './question-type.js';
import { countPicks, fewestPicks, formPicks, pickColumns, pickedIds, picksIssues } from './multiple-choice.js';
import { choiceLabel, optionCrossTabColumns, optionCsvRows, optionFigures, optionListIssues, pickList } from './report-parts.js';
import { defined, editorNumber, listFromEditor } from './editor-input.js';

const GridAxisSchema = v.object({ id: IdSchema, label: text(100), labelEn: optionalText(100) });

export const TimeSlotsQuestionSchema = v.object({
  ...questionBase,
  type: v.literal('time_slots'),
  options,
  minPicks: picksSchema,
  maxPicks: picksSchema,
  /** When present the slots are shown as a grid (e.g. weekday x time of day). */
  grid: v.optional(v.object({ rows: v.array(GridAxisSchema), columns: v.array(GridAxisSchema) })),
});

export const TimeSlotsReportSchema = reportSchema('time_slots', { options: v.array(OptionFigureSchema) });

export const timeSlots: QuestionTypeModule<typeof TimeSlotsQuestionSchema, typeof TimeSlotsReportSchema> = {
  type: 'time_slots',
  name: { zh: '时间段', en: 'Time slots' },
  schema: TimeSlotsQuestionSchema,
  reportSchema: TimeSlotsReportSchema,
  skeleton: (base) => ({ ...base, type: 'time_slots', options: [{ id: 'am', label: '上午', labelEn: 'Morning' }, { id: 'pm', label: '下午', labelEn: 'Afternoon' }] }),
  fromEditor: (form, q) => {
    const picks = { minPicks: editorNumber(form, 'minPicks'), maxPicks: editorNumber(form, 'maxPicks') };
    if (form.get('useGrid') !== '1') return defined({ options: listFromEditor(form, 'opt', q.options.map(({ row: _r, column: _c, ...o }) => o)), ...picks });
    // A grid's slots are every row x column; a slot keeps its id (and its counts) while its cell stays.
    const rows = listFromEditor(form, 'grow', q.grid?.rows ?? []);
    const columns = listFromEditor(form, 'gcol', q.grid?.columns ?? []);
    const options = rows.flatMap((r) =>
      columns.map((c) => {
        const kept = q.options.find((o) => o.row === r.id && o.column === c.id);
        return { id: kept?.id ?? `${r.id}-${c.id}`, label: `${r.label}${c.label}`, row: r.id, column: c.id };
      }),
    );
    return defined({ options, grid: { rows, columns }, ...picks });
  },
  definitionIssues: (q, _survey, add) => {
    optionListIssues(q.id, q.options, add);
    picksIssues(q, q.options.length, add);
    if (q.grid) {
      const rows = new Set(q.grid.rows.map((r) => r.id));
      const columns = new Set(q.grid.columns.map((c) => c.id));
      for (const o of q.options) {
        if (!o.row || !o.column || !rows.has(o.row) || !columns.has(o.column)) add('unknown_grid_cell', `Slot ${o.id} of question ${q.id} is not in the grid.`);
      }
    }
  },
  checkAnswer: (q, value, issue) => checkPicks(value, idsOf(q.options), false, fewestPicks(q), q.maxPicks ?? q.options.length, issue),
  expectedForm: (q) => ({ zh: `时间段选项 id 的数组，如 ${exampleIds(q.options)}`, en: `a list of time-slot option ids, e.g. ${exampleIds(q.options)}` }),
  fromForm: formPicks,
  countAnswer: (q, answer, add) => countPicks(q.id, answer, add),
  maxCounterChanges: (q) => Math.min(q.maxPicks ?? q.options.length, q.options.length),
  counterNames: (q) => q.options.map((o) => counterNames.option(q.id, o.id)),
  report: (q, totals, base) => ({ ...base, type: 'time_slots', options: optionFigures(q.id, q.options, totals, base.answered) }),
  reportCsvRows: (r, locale) => optionCsvRows(r.options, r.answered, locale),
  answerColumns: (q, locale) => pickColumns(q, false, locale),
  answerWords: (q, a, locale) => pickList(a).map((x) => choiceLabel(q.options, x, locale)),
  crossTabColumns: (q) => optionCrossTabColumns(q.id, q.options),
  logic: { options: (q) => q.options, chosen: pickedIds },
};
