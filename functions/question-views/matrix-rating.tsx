// matrix_rating: a score row per item, each in its own fieldset; the report shows each row's mean.
import { localized } from '../../shared/kernel/locale.js';
import { reportMessages } from '../../shared/i18n/report-messages.js';
import { uiMessages } from '../../shared/i18n/ui-messages.js';
import { fieldName } from '../../shared/question-types/form-values.js';
import { BarChart } from './report-charts.js';
import type { QuestionView } from './view-type.js';
import { Scale } from './scale-parts.js';
import { fixed } from './chart-parts.js';
import { editorMessages } from '../../shared/i18n/editor-messages.js';
import { ListEditor, ScaleFields } from './editor-parts.js';

export const matrixRatingView: QuestionView<'matrix_rating'> = {
  layout: 'group',
  check: 'rows',
  hint: (q, locale) => uiMessages(locale).ratingHelp(q.scale),
  picks: () => undefined,
  Controls: ({ ctx, q }) => (
    <>
      {q.rows.map((row, n) => (
        <fieldset class="row">
          <legend>{localized(ctx.locale, row.label, row.labelEn)}</legend>
          <Scale ctx={ctx} q={q} name={fieldName.row(q.id, row.id)} idBase={`${ctx.ids.base}-row${n}`} />
        </fieldset>
      ))}
    </>
  ),
  Chart: ({ report: q, locale, title }) => {
    const t = reportMessages(locale);
    return <BarChart bars={q.rows.map((r) => ({ id: r.id, label: localized(locale, r.label, r.labelEn), value: r.mean ?? 0, note: `${t.mean(fixed(r.mean))} · ${t.answered(r.answered)}` }))} max={q.scale} title={title} />;
  },
  EditorFields: ({ ed, q }) => (
    <>
      <ListEditor ed={ed} list="row" items={q.rows} legend={editorMessages(ed.locale).rows} field="options" />
      <ScaleFields ed={ed} q={q} />
    </>
  ),
};
