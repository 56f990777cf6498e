// number: a numeric input within the question's range; the report gives the mean (min and max when known).
import { reportMessages } from '../../shared/i18n/report-messages.js';
import { uiMessages } from '../../shared/i18n/ui-messages.js';
import { fieldName } from '../../shared/question-types/form-values.js';
import type { QuestionView } from './view-type.js';
import { fixed } from './chart-parts.js';

export const numberView: QuestionView<'number'> = {
  layout: 'single',
  hint: (q, locale) => uiMessages(locale).numberRange(q.min, q.max) || undefined,
  picks: () => undefined,
  Controls: ({ ctx, q }) => {
    const name = fieldName.answer(q.id);
    const value = ctx.values.get(name) ?? '';
    const common = { id: `${ctx.ids.base}-in`, name, 'aria-describedby': ctx.describedBy, 'aria-required': q.required ? 'true' : undefined };
    return <input type="number" {...common} value={value} inputmode={q.integer ? 'numeric' : 'decimal'} step={q.integer ? '1' : 'any'} min={q.min} max={q.max} />;
  },
  Chart: ({ report: q, locale }) => {
    const t = reportMessages(locale);
    // Wide-range numbers keep no histogram, so min and max are unknown: say only what is known.
    return <p class="figures">{q.min === null || q.max === null ? t.average(fixed(q.mean)) : t.numberFigures(fixed(q.mean), fixed(q.min), fixed(q.max))}</p>;
  },
};
