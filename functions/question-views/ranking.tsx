// ranking: a select per place (第 1 位, 第 2 位, …); the report ranks options by Borda score.
import { localized } from '../../shared/kernel/locale.js';
import { reportMessages } from '../../shared/i18n/report-messages.js';
import { uiMessages } from '../../shared/i18n/ui-messages.js';
import { fieldName } from '../../shared/question-types/form-values.js';
import { placesOf } from '../../shared/question-types/ranking.js';
import type { QuestionOf } from '../../shared/survey/survey-schema.js';
import { BarChart, type Bar } from './report-charts.js';
import type { FieldCtx, QuestionView } from './view-type.js';
import { editorMessages } from '../../shared/i18n/editor-messages.js';
import { FieldProblems, ListEditor, NumberField, Row } from './editor-parts.js';

function Ranking({ ctx, q }: { ctx: FieldCtx; q: QuestionOf<'ranking'> }) {
  const t = uiMessages(ctx.locale);
  const positions = Array.from({ length: placesOf(q) }, (_, i) => i + 1);
  return (
    <div class="rank">
      {positions.map((position) => {
        const name = fieldName.rank(q.id, position);
        const current = ctx.values.get(name);
        const id = `${ctx.ids.base}-r${position}`;
        return (
          <>
            <label for={id}>{t.rankPosition(position)}</label>
            <select id={id} name={name} aria-describedby={ctx.describedBy}>
              <option value="">{t.rankPlaceholder}</option>
              {q.options.map((option) => (
                <option value={option.id} selected={current === option.id}>
                  {localized(ctx.locale, option.label, option.labelEn)}
                </option>
              ))}
            </select>
          </>
        );
      })}
    </div>
  );
}

export const rankingView: QuestionView<'ranking'> = {
  layout: 'group',
  check: 'ranked',
  hint: (q, locale) => uiMessages(locale).rankHelp(placesOf(q)),
  picks: (q) => ({ min: Math.min(q.minPicks ?? q.pick, q.pick, q.options.length), max: placesOf(q) }),
  Controls: Ranking,
  Chart: ({ report, locale, title }) => {
    const t = reportMessages(locale);
    const bars: Bar[] = report.options.map((o) => ({ id: o.id, label: localized(locale, o.label, o.labelEn), value: o.borda, note: t.borda(o.borda), detail: `${t.rankedFirst(o.first)} · ${t.ranked(o.ranked)}` }));
    return <BarChart bars={bars} max={Math.max(0, ...bars.map((b) => b.value))} title={title} />;
  },
  EditorFields: ({ ed, q }) => {
    const t = editorMessages(ed.locale);
    return (
      <>
        <ListEditor ed={ed} list="opt" items={q.options} legend={t.options} field="options" withCatalogue />
        <FieldProblems ed={ed} field="picks" />
        <Row>
          <NumberField ed={ed} field="picks" name="pick" label={t.pick} value={q.pick} min={1} max={20} />
          <NumberField ed={ed} field="picks" name="minPicks" label={t.minRanked} value={q.minPicks} min={0} />
        </Row>
      </>
    );
  },
};
