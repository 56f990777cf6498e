// Radio and checkbox lists, with the "other" write-in: shared by the choice-like types.
import { localized } from '../../shared/kernel/locale.js';
import { uiMessages } from '../../shared/i18n/ui-messages.js';
import { fieldName } from '../../shared/question-types/form-values.js';
import { OTHER_OPTION_ID } from '../../shared/kernel/ids.js';
import type { Option } from '../../shared/survey/survey-schema.js';
import type { FieldCtx } from './view-type.js';

type ChoiceProps = { ctx: FieldCtx; questionId: string; type: 'radio' | 'checkbox' };

function ChoiceOption(props: ChoiceProps & { option: Option; n: number }) {
  const { ctx, type, option, n } = props;
  const name = fieldName.answer(props.questionId);
  const checked = ctx.values.getAll(name).includes(option.id);
  return (
    <label class="opt" for={`${ctx.ids.base}-o${n}`}>
      <input type={type} id={`${ctx.ids.base}-o${n}`} name={name} value={option.id} checked={checked} />
      <span>{localized(ctx.locale, option.label, option.labelEn)}</span>
    </label>
  );
}

function OtherOption({ ctx, type, questionId }: ChoiceProps) {
  const t = uiMessages(ctx.locale);
  const name = fieldName.answer(questionId);
  const checked = ctx.values.getAll(name).includes(OTHER_OPTION_ID);
  return (
    <>
      <label class="opt" for={`${ctx.ids.base}-other`}>
        <input type={type} id={`${ctx.ids.base}-other`} name={name} value={OTHER_OPTION_ID} checked={checked} />
        <span>{t.other}</span>
      </label>
      <input
        type="text"
        class="other"
        name={fieldName.other(questionId)}
        value={ctx.values.get(fieldName.other(questionId)) ?? ''}
        maxlength={200}
        aria-label={`${t.other}: ${t.otherPlaceholder}`}
        placeholder={t.otherPlaceholder}
      />
    </>
  );
}

export function Choices({ ctx, type, q }: { ctx: FieldCtx; type: 'radio' | 'checkbox'; q: { id: string; options: Option[]; allowOther?: boolean } }) {
  return (
    <>
      {q.options.map((option, n) => (
        <ChoiceOption ctx={ctx} questionId={q.id} type={type} option={option} n={n} />
      ))}
      {q.allowOther ? <OtherOption ctx={ctx} questionId={q.id} type={type} /> : null}
    </>
  );
}

/** "Choose between min and max", unless the limits say nothing beyond "pick any". */
export function picksHint(picks: { min: number; max: number }, total: number, locale: FieldCtx['locale']): string | undefined {
  return picks.min <= 1 && picks.max >= total ? undefined : uiMessages(locale).choosePicks(picks.min, picks.max);
}
