// time_slots: checkboxes, or a weekday x time-of-day grid of them; a heat map in the report.
import { localized } from '../../shared/kernel/locale.js';
import { uiMessages } from '../../shared/i18n/ui-messages.js';
import { fieldName } from '../../shared/question-types/form-values.js';
import { fewestPicks } from '../../shared/question-types/multiple-choice.js';
import type { QuestionOf } from '../../shared/survey/survey-schema.js';
import { SlotHeatMap } from './report-charts.js';
import type { FieldCtx, QuestionView } from './view-type.js';
import { Choices, picksHint } from './choice-parts.js';
import { OptionBars } from './chart-parts.js';
import { editorMessages } from '../../shared/i18n/editor-messages.js';
import { Flag, ListEditor, PicksFields } from './editor-parts.js';

function SlotGrid({ ctx, q }: { ctx: FieldCtx; q: QuestionOf<'time_slots'> }) {
  const grid = q.grid;
  if (!grid) {
    return (
      <div class="cols">
        <Choices ctx={ctx} type="checkbox" q={q} />
      </div>
    );
  }
  const label = (o: { label: string; labelEn?: string }) => localized(ctx.locale, o.label, o.labelEn);
  const name = fieldName.answer(q.id);
  const chosen = new Set(ctx.values.getAll(name));
  // A grid wider than the phone scrolls inside its own box (shaded edges; the script shows the hint when it does).
  return (
    <>
      <p class="swipe" hidden>
        {uiMessages(ctx.locale).swipe}
      </p>
      <div class="wide">
        <table class="grid">
          <thead>
            <tr>
              <td></td>
              {grid.columns.map((c) => (
                <th scope="col">{label(c)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.rows.map((r) => (
              <tr>
                <th scope="row">{label(r)}</th>
                {grid.columns.map((c) => {
                  const n = q.options.findIndex((o) => o.row === r.id && o.column === c.id);
                  const option = q.options[n];
                  if (!option) return <td></td>;
                  return (
                    <td>
                      <label for={`${ctx.ids.base}-o${n}`}>
                        <input type="checkbox" id={`${ctx.ids.base}-o${n}`} name={name} value={option.id} checked={chosen.has(option.id)} />
                        <span class="sr">{label(option)}</span>
                      </label>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

const picks = (q: QuestionOf<'time_slots'>) => ({ min: fewestPicks(q), max: q.maxPicks ?? q.options.length });

export const timeSlotsView: QuestionView<'time_slots'> = {
  layout: 'group',
  check: 'picks',
  hint: (q, locale) => picksHint(picks(q), q.options.length, locale),
  picks,
  Controls: SlotGrid,
  Chart: ({ report, question, locale, title }) => {
    if (question?.grid) {
      const counts = new Map(report.options.map((o) => [o.id, { count: o.count, share: o.share }]));
      return <SlotHeatMap q={question} counts={counts} locale={locale} title={title} />;
    }
    return <OptionBars options={report.options} locale={locale} title={title} />;
  },
  EditorFields: ({ ed, q }) => {
    const t = editorMessages(ed.locale);
    return (
      <>
        <Flag name="useGrid" label={t.useGrid} checked={q.grid !== undefined} />
        {q.grid ? (
          <>
            <ListEditor ed={ed} list="grow" items={q.grid.rows} legend={t.gridRows} field="options" />
            <ListEditor ed={ed} list="gcol" items={q.grid.columns} legend={t.gridColumns} field="options" />
          </>
        ) : (
          <ListEditor ed={ed} list="opt" items={q.options} legend={t.options} field="options" />
        )}
        <PicksFields ed={ed} q={q} />
      </>
    );
  },
};
