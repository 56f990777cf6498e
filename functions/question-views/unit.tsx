// unit: a select of the units grouped by front; the report shows a bar per unit.
import { localized } from '../../shared/kernel/locale.js';
import { uiMessages } from '../../shared/i18n/ui-messages.js';
import { fieldName } from '../../shared/question-types/form-values.js';
import type { UnitOption } from '../../shared/survey/survey-schema.js';
import type { QuestionView } from './view-type.js';
import { OptionBars } from './chart-parts.js';
import { editorMessages } from '../../shared/i18n/editor-messages.js';
import { FieldProblems } from './editor-parts.js';

export const unitView: QuestionView<'unit'> = {
  layout: 'single',
  check: 'entry',
  hint: () => undefined,
  picks: () => undefined,
  Controls: ({ ctx, q }) => {
    const t = uiMessages(ctx.locale);
    const current = ctx.values.get(fieldName.answer(q.id));
    const fronts = ctx.survey.fronts ?? [];
    const grouped = fronts.map((front) => ({ front, units: q.options.filter((o) => o.front === front.id) }));
    const ungrouped = q.options.filter((o) => !fronts.some((f) => f.id === o.front));
    const optionOf = (o: UnitOption) => (
      <option value={o.id} selected={current === o.id}>
        {localized(ctx.locale, o.label, o.labelEn)}
      </option>
    );
    return (
      <select id={`${ctx.ids.base}-in`} name={fieldName.answer(q.id)} aria-describedby={ctx.describedBy} aria-required={q.required ? 'true' : undefined}>
        <option value="">{t.unitPlaceholder}</option>
        {grouped
          .filter((g) => g.units.length > 0)
          .map((g) => (
            <optgroup label={localized(ctx.locale, g.front.label, g.front.labelEn)}>{g.units.map(optionOf)}</optgroup>
          ))}
        {ungrouped.map(optionOf)}
      </select>
    );
  },
  Chart: ({ report, locale, title }) => <OptionBars options={report.options} locale={locale} title={title} />,
  EditorFields: ({ ed, q }) => {
    const t = editorMessages(ed.locale);
    const chosen = new Set(q.options.map((o) => o.id));
    const catalogueUnits = (ed.catalogue?.units ?? []).filter((u) => !u.retired || chosen.has(u.id));
    const others = q.options.filter((o) => !catalogueUnits.some((u) => u.id === o.id));
    const units = [...catalogueUnits.map((u) => ({ id: u.id, label: localized(ed.locale, u.name, u.nameEn) })), ...others.map((o) => ({ id: o.id, label: localized(ed.locale, o.label, o.labelEn) }))];
    return (
      <fieldset class="list">
        <legend>{t.units}</legend>
        <FieldProblems ed={ed} field="options" />
        {units.map((u, i) => (
          <label class="inline" for={`ed-unit-${i}`}>
            <input type="checkbox" id={`ed-unit-${i}`} name="unit.pick" value={u.id} checked={chosen.has(u.id)} />
            {u.label}
          </label>
        ))}
      </fieldset>
    );
  },
};
