// number: a numeric input within the question's range; the report gives the mean (min and max when known).
import { reportMessages } from '../../shared/i18n/report-messages.js';
import { uiMessages } from '../../shared/i18n/ui-messages.js';
import { fieldName } from '../../shared/question-types/form-values.js';
import { allowedDecimals } from '../../shared/question-types/number.js';
import type { QuestionView } from './view-type.js';
import { fixed } from './chart-parts.js';
import { editorMessages } from '../../shared/i18n/editor-messages.js';
import { FieldProblems, Flag, NumberField, Row } from './editor-parts.js';

/** The field's step: 1, 0.1, 0.01… (the server checks the decimals; the script says so early). */
const stepOf = (decimals: number) => (decimals === 0 ? '1' : `0.${'0'.repeat(decimals - 1)}1`);

export const numberView: QuestionView<'number'> = {
  layout: 'single',
  check: 'entry',
  hint: (q, locale) => uiMessages(locale).numberHint(q.min, q.max, allowedDecimals(q)),
  picks: () => undefined,
  Controls: ({ ctx, q }) => {
    const name = fieldName.answer(q.id);
    const value = ctx.values.get(name) ?? '';
    const common = { id: `${ctx.ids.base}-in`, name, 'aria-describedby': ctx.describedBy, 'aria-required': q.required ? 'true' : undefined };
    const decimals = allowedDecimals(q);
    return <input type="number" {...common} value={value} inputmode={decimals === 0 ? 'numeric' : 'decimal'} step={stepOf(decimals)} data-decimals={decimals} min={q.min} max={q.max} />;
  },
  Chart: ({ report: q, question, locale }) => {
    const t = reportMessages(locale);
    // Whole-number questions (people, lectures) get a whole mean: "平均 93", not "平均 93.16".
    const whole = question !== undefined && allowedDecimals(question) === 0;
    const mean = whole && q.mean !== null ? String(Math.round(q.mean)) : fixed(q.mean);
    // Wide-range numbers keep no histogram, so min and max are unknown: say only what is known.
    return <p class="figures">{q.min === null || q.max === null ? t.average(mean) : t.numberFigures(mean, fixed(q.min), fixed(q.max))}</p>;
  },
  EditorFields: ({ ed, q }) => {
    const t = editorMessages(ed.locale);
    return (
      <>
        <FieldProblems ed={ed} field="picks" />
        <Row>
          <NumberField ed={ed} field="picks" name="min" label={t.min} value={q.min} />
          <NumberField ed={ed} field="picks" name="max" label={t.max} value={q.max} />
          <NumberField ed={ed} field="picks" name="decimals" label={t.decimals} value={q.decimals} min={0} max={4} />
        </Row>
        <Flag name="integer" label={t.integer} checked={q.integer} />
      </>
    );
  },
};
