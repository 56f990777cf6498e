// rating: a row of score buttons; the report shows the mean and the spread of scores.
import { reportMessages } from '../../shared/i18n/report-messages.js';
import { uiMessages } from '../../shared/i18n/ui-messages.js';
import { fieldName } from '../../shared/question-types/form-values.js';
import { BarChart, percent } from './report-charts.js';
import type { QuestionView } from './view-type.js';
import { Scale } from './scale-parts.js';
import { fixed } from './chart-parts.js';
import { ScaleFields } from './editor-parts.js';

export const ratingView: QuestionView<'rating'> = {
  layout: 'group',
  check: 'one',
  hint: (q, locale) => uiMessages(locale).ratingHelp(q.scale),
  picks: () => undefined,
  Controls: ({ ctx, q }) => <Scale ctx={ctx} q={q} name={fieldName.answer(q.id)} idBase={ctx.ids.base} />,
  Chart: ({ report: q, locale, title }) => {
    const t = reportMessages(locale);
    return (
      <>
        <p class="figures">{t.mean(fixed(q.mean))}</p>
        <BarChart bars={q.distribution.map((d) => ({ id: `${d.score}`, label: t.score(d.score), value: d.count, note: `${d.count} (${percent(q.answered ? d.count / q.answered : 0)})` }))} max={Math.max(0, ...q.distribution.map((d) => d.count))} title={title} />
      </>
    );
  },
  EditorFields: ({ ed, q }) => <ScaleFields ed={ed} q={q} />,
};
