// text: a line or a box with a character limit; the report lists the answers (no chart).
import { uiMessages } from '../../shared/i18n/ui-messages.js';
import { fieldName } from '../../shared/question-types/form-values.js';
import type { QuestionView } from './view-type.js';
import { editorMessages } from '../../shared/i18n/editor-messages.js';
import { FieldProblems, Flag, NumberField } from './editor-parts.js';

export const textView: QuestionView<'text'> = {
  layout: 'single',
  check: 'entry',
  hint: (q, locale) => uiMessages(locale).charsLeft(q.maxLength),
  picks: () => undefined,
  Controls: ({ ctx, q }) => {
    const name = fieldName.answer(q.id);
    const value = ctx.values.get(name) ?? '';
    const common = { id: `${ctx.ids.base}-in`, name, 'aria-describedby': ctx.describedBy, 'aria-required': q.required ? 'true' : undefined };
    return q.multiline ? <textarea {...common} maxlength={q.maxLength} rows={4}>{value}</textarea> : q.phone ? (
      <input type="tel" inputmode="tel" autocomplete="tel" {...common} value={value} maxlength={q.maxLength} />
    ) : (
      <input type="text" {...common} value={value} maxlength={q.maxLength} />
    );
  },
  Chart: () => null,
  EditorFields: ({ ed, q }) => (
    <>
      <FieldProblems ed={ed} field="maxLength" />
      <NumberField ed={ed} field="maxLength" name="maxLength" label={editorMessages(ed.locale).maxLength} value={q.maxLength} min={1} max={5000} />
      <Flag name="multiline" label={editorMessages(ed.locale).multiline} checked={q.multiline} />
      <Flag name="phone" label={editorMessages(ed.locale).phone} checked={q.phone} />
    </>
  ),
};
