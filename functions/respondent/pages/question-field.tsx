// One question's box: title, help, error and its type's controls (from the type's view).
// Works without JavaScript; the script only enhances.
import type { Locale } from '../../../shared/kernel/locale.js';
import { localized } from '../../../shared/kernel/locale.js';
import { uiMessages } from '../../../shared/i18n/ui-messages.js';
import type { Question, Survey } from '../../../shared/survey/survey-schema.js';
import { viewOf } from '../../question-views/registry.js';
import type { FieldCtx } from '../../question-views/view-type.js';
import type { FormValues } from '../form-fields.js';
import { conditionsOf } from '../../../shared/survey/display-logic.js';
import { logicData, logicNote } from './logic-note.js';

export interface FieldProps {
  survey: Survey;
  question: Question;
  /** Position in the survey: HTML ids are built from it, never from organizer-chosen ids. */
  index: number;
  locale: Locale;
  values: FormValues;
  error?: string;
}

export function QuestionField(props: FieldProps) {
  const { question: q, index, locale, error } = props;
  const t = uiMessages(locale);
  const view = viewOf(q.type);
  const base = `q${index}`;
  const ids = { base, help: `${base}-help`, err: `${base}-err` };
  const ctx: FieldCtx = { survey: props.survey, locale, values: props.values, ids, describedBy: `${ids.help} ${ids.err}` };
  const help = [localized(locale, q.help ?? '', q.helpEn), view.hint(q, locale)].filter(Boolean).join(' ');
  const title = (
    <>
      {`${index + 1}. ${localized(locale, q.title, q.titleEn)}`}
      <span class="tag">{q.required ? t.required : t.optional}</span>
    </>
  );
  const picks = view.picks(q);
  const conditions = conditionsOf(props.survey, q);
  const dataset = {
    id: `${base}-box`,
    class: error ? 'q bad' : 'q',
    'data-q': q.id,
    'data-type': q.type,
    'data-check': view.check,
    'data-required': q.required ? '1' : undefined,
    'data-min': picks ? String(picks.min) : undefined,
    'data-max': picks ? String(picks.max) : undefined,
    'data-if': logicData(conditions),
  };
  const helpAndError = (
    <>
      {conditions.length > 0 ? <p class="if">{logicNote(props.survey, conditions, locale)}</p> : null}
      <p class="help" id={ids.help}>{help}</p>
      <p class="err" id={ids.err} aria-live="polite">{error ?? ''}</p>
    </>
  );
  if (view.layout === 'single') {
    return (
      <div {...dataset}>
        <label class="qt" for={`${base}-in`}>{title}</label>
        {helpAndError}
        <view.Controls ctx={ctx} q={q} />
      </div>
    );
  }
  return (
    <fieldset {...dataset} aria-describedby={ctx.describedBy}>
      <legend>{title}</legend>
      {helpAndError}
      <view.Controls ctx={ctx} q={q} />
    </fieldset>
  );
}
