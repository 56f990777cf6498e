// One question as form controls, by type. Works without JavaScript; the script only enhances.
import type { Locale } from '../../../shared/i18n/locale.js';
import { localized } from '../../../shared/i18n/locale.js';
import { uiMessages } from '../../../shared/i18n/ui-messages.js';
import { OTHER_OPTION_ID } from '../../../shared/survey/ids.js';
import { allowedDecimals, stepOf } from '../../../shared/survey/number-rules.js';
import type { Option, Question, QuestionOf, Survey } from '../../../shared/survey/survey-schema.js';
import { fieldName, type FormValues } from '../form-fields.js';

export interface FieldProps {
  survey: Survey;
  question: Question;
  /** Position in the survey: HTML ids are built from it, never from organizer-chosen ids. */
  index: number;
  locale: Locale;
  values: FormValues;
  error?: string;
}

interface Ctx extends FieldProps {
  ids: { base: string; help: string; err: string };
  describedBy: string;
}

const label = (locale: Locale, o: { label: string; labelEn?: string }) => localized(locale, o.label, o.labelEn);

function picksHint(q: QuestionOf<'multiple_choice'> | QuestionOf<'time_slots'>, locale: Locale): string | undefined {
  const total = q.options.length + (q.type === 'multiple_choice' && q.allowOther ? 1 : 0);
  const min = Math.max(q.minPicks ?? 0, q.required ? 1 : 0);
  const max = q.maxPicks ?? total;
  return min <= 1 && max >= total ? undefined : uiMessages(locale).choosePicks(min, max);
}

function questionHint(q: Question, locale: Locale): string | undefined {
  const t = uiMessages(locale);
  switch (q.type) {
    case 'multiple_choice':
    case 'time_slots':
      return picksHint(q, locale);
    case 'ranking':
      return t.rankHelp(Math.min(q.pick, q.options.length));
    case 'rating':
    case 'matrix_rating':
      return t.ratingHelp(q.scale);
    case 'number':
      return t.numberHint(q.min, q.max, allowedDecimals(q));
    case 'text':
      return t.charsLeft(q.maxLength);
    default:
      return undefined;
  }
}

function ChoiceOption(props: { ctx: Ctx; type: 'radio' | 'checkbox'; option: Option; n: number }) {
  const { ctx, type, option, n } = props;
  const name = fieldName.answer(ctx.question.id);
  const checked = ctx.values.getAll(name).includes(option.id);
  return (
    <label class="opt" for={`${ctx.ids.base}-o${n}`}>
      <input type={type} id={`${ctx.ids.base}-o${n}`} name={name} value={option.id} checked={checked} />
      <span>{label(ctx.locale, option)}</span>
    </label>
  );
}

function OtherOption({ ctx, type }: { ctx: Ctx; type: 'radio' | 'checkbox' }) {
  const t = uiMessages(ctx.locale);
  const name = fieldName.answer(ctx.question.id);
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
        name={fieldName.other(ctx.question.id)}
        value={ctx.values.get(fieldName.other(ctx.question.id)) ?? ''}
        maxlength={200}
        aria-label={`${t.other}: ${t.otherPlaceholder}`}
        placeholder={t.otherPlaceholder}
      />
    </>
  );
}

function Choices({ ctx, type, q }: { ctx: Ctx; type: 'radio' | 'checkbox'; q: { options: Option[]; allowOther?: boolean } }) {
  return (
    <>
      {q.options.map((option, n) => (
        <ChoiceOption ctx={ctx} type={type} option={option} n={n} />
      ))}
      {q.allowOther ? <OtherOption ctx={ctx} type={type} /> : null}
    </>
  );
}

function Ranking({ ctx, q }: { ctx: Ctx; q: QuestionOf<'ranking'> }) {
  const t = uiMessages(ctx.locale);
  const positions = Array.from({ length: Math.min(q.pick, q.options.length) }, (_, i) => i + 1);
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
                  {label(ctx.locale, option)}
                </option>
              ))}
            </select>
          </>
        );
      })}
    </div>
  );
}

function Scale(props: { ctx: Ctx; name: string; scale: number; idBase: string; q: QuestionOf<'rating'> | QuestionOf<'matrix_rating'> }) {
  const { ctx, name, scale, idBase, q } = props;
  const t = uiMessages(ctx.locale);
  const current = ctx.values.get(name);
  const low = localized(ctx.locale, q.lowLabel ?? '', q.lowLabelEn);
  const high = localized(ctx.locale, q.highLabel ?? '', q.highLabelEn);
  return (
    <>
      <div class="scale">
        {Array.from({ length: scale }, (_, i) => String(i + 1)).map((score) => (
          <label class="opt" for={`${idBase}-v${score}`}>
            <input type="radio" id={`${idBase}-v${score}`} name={name} value={score} checked={current === score} />
            <span>{t.scorePoints(Number(score))}</span>
          </label>
        ))}
      </div>
      {low || high ? (
        <p class="ends" aria-hidden="true">
          <span>{low ? `1 = ${low}` : ''}</span>
          <span>{high ? `${scale} = ${high}` : ''}</span>
        </p>
      ) : null}
    </>
  );
}

function Matrix({ ctx, q }: { ctx: Ctx; q: QuestionOf<'matrix_rating'> }) {
  return (
    <>
      {q.rows.map((row, n) => (
        <fieldset class="row">
          <legend>{label(ctx.locale, row)}</legend>
          <Scale ctx={ctx} q={q} name={fieldName.row(q.id, row.id)} scale={q.scale} idBase={`${ctx.ids.base}-row${n}`} />
        </fieldset>
      ))}
    </>
  );
}

function SlotGrid({ ctx, q }: { ctx: Ctx; q: QuestionOf<'time_slots'> }) {
  const grid = q.grid;
  if (!grid) {
    return (
      <div class="cols">
        <Choices ctx={ctx} type="checkbox" q={q} />
      </div>
    );
  }
  const name = fieldName.answer(q.id);
  const chosen = new Set(ctx.values.getAll(name));
  return (
    <table class="grid">
      <thead>
        <tr>
          <td></td>
          {grid.columns.map((c) => (
            <th scope="col">{label(ctx.locale, c)}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {grid.rows.map((r) => (
          <tr>
            <th scope="row">{label(ctx.locale, r)}</th>
            {grid.columns.map((c) => {
              const n = q.options.findIndex((o) => o.row === r.id && o.column === c.id);
              const option = q.options[n];
              if (!option) return <td></td>;
              return (
                <td>
                  <label for={`${ctx.ids.base}-o${n}`}>
                    <input type="checkbox" id={`${ctx.ids.base}-o${n}`} name={name} value={option.id} checked={chosen.has(option.id)} />
                    <span class="sr">{label(ctx.locale, option)}</span>
                  </label>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function UnitSelect({ ctx, q }: { ctx: Ctx; q: QuestionOf<'unit'> }) {
  const t = uiMessages(ctx.locale);
  const current = ctx.values.get(fieldName.answer(q.id));
  const fronts = ctx.survey.fronts ?? [];
  const grouped = fronts.map((front) => ({ front, units: q.options.filter((o) => o.front === front.id) }));
  const ungrouped = q.options.filter((o) => !fronts.some((f) => f.id === o.front));
  const optionOf = (o: Option | QuestionOf<'unit'>['options'][number]) => (
    <option value={o.id} selected={current === o.id}>
      {label(ctx.locale, o)}
    </option>
  );
  return (
    <select id={`${ctx.ids.base}-in`} name={fieldName.answer(q.id)} aria-describedby={ctx.describedBy} aria-required={q.required ? 'true' : undefined}>
      <option value="">{t.unitPlaceholder}</option>
      {grouped
        .filter((g) => g.units.length > 0)
        .map((g) => (
          <optgroup label={label(ctx.locale, g.front)}>{g.units.map(optionOf)}</optgroup>
        ))}
      {ungrouped.map(optionOf)}
    </select>
  );
}

function SingleControl({ ctx }: { ctx: Ctx }) {
  const q = ctx.question;
  const name = fieldName.answer(q.id);
  const value = ctx.values.get(name) ?? '';
  const common = { id: `${ctx.ids.base}-in`, name, 'aria-describedby': ctx.describedBy, 'aria-required': q.required ? 'true' : undefined };
  if (q.type === 'unit') return <UnitSelect ctx={ctx} q={q} />;
  if (q.type === 'number') {
    const decimals = allowedDecimals(q);
    return <input type="number" {...common} value={value} inputmode={decimals === 0 ? 'numeric' : 'decimal'} step={stepOf(decimals)} data-decimals={decimals} min={q.min} max={q.max} />;
  }
  if (q.type === 'text' && q.multiline) return <textarea {...common} maxlength={q.maxLength} rows={4}>{value}</textarea>;
  if (q.type === 'text') return <input type="text" {...common} value={value} maxlength={q.maxLength} />;
  return null;
}

function GroupControls({ ctx }: { ctx: Ctx }) {
  const q = ctx.question;
  switch (q.type) {
    case 'single_choice':
      return <Choices ctx={ctx} type="radio" q={q} />;
    case 'multiple_choice':
      return <Choices ctx={ctx} type="checkbox" q={q} />;
    case 'time_slots':
      return <SlotGrid ctx={ctx} q={q} />;
    case 'ranking':
      return <Ranking ctx={ctx} q={q} />;
    case 'rating':
      return <Scale ctx={ctx} q={q} name={fieldName.answer(q.id)} scale={q.scale} idBase={ctx.ids.base} />;
    case 'matrix_rating':
      return <Matrix ctx={ctx} q={q} />;
    default:
      return null;
  }
}

const SINGLE_CONTROL = new Set<Question['type']>(['text', 'number', 'unit']);

export function QuestionField(props: FieldProps) {
  const { question: q, index, locale, error } = props;
  const t = uiMessages(locale);
  const base = `q${index}`;
  const ids = { base, help: `${base}-help`, err: `${base}-err` };
  const ctx: Ctx = { ...props, ids, describedBy: `${ids.help} ${ids.err}` };
  const help = [localized(locale, q.help ?? '', q.helpEn), questionHint(q, locale)].filter(Boolean).join(' ');
  const title = (
    <>
      {`${index + 1}. ${localized(locale, q.title, q.titleEn)}`}
      <span class="tag">{q.required ? t.required : t.optional}</span>
    </>
  );
  const dataset = {
    id: `${base}-box`,
    class: error ? 'q bad' : 'q',
    'data-q': q.id,
    'data-type': q.type,
    'data-required': q.required ? '1' : undefined,
    'data-min': 'minPicks' in q || q.type === 'ranking' ? String(minPicksOf(q)) : undefined,
    'data-max': maxPicksOf(q),
  };
  const helpAndError = (
    <>
      <p class="help" id={ids.help}>{help}</p>
      <p class="err" id={ids.err} aria-live="polite">{error ?? ''}</p>
    </>
  );
  if (SINGLE_CONTROL.has(q.type)) {
    return (
      <div {...dataset}>
        <label class="qt" for={`${base}-in`}>{title}</label>
        {helpAndError}
        <SingleControl ctx={ctx} />
      </div>
    );
  }
  return (
    <fieldset {...dataset} aria-describedby={ctx.describedBy}>
      <legend>{title}</legend>
      {helpAndError}
      <GroupControls ctx={ctx} />
    </fieldset>
  );
}

function minPicksOf(q: Question): number {
  if (q.type === 'ranking') return Math.min(q.minPicks ?? q.pick, q.pick, q.options.length);
  if (q.type === 'multiple_choice' || q.type === 'time_slots') return Math.max(q.minPicks ?? 0, q.required ? 1 : 0);
  return 0;
}

function maxPicksOf(q: Question): string | undefined {
  if (q.type === 'ranking') return String(Math.min(q.pick, q.options.length));
  if (q.type === 'multiple_choice') return String(q.maxPicks ?? q.options.length + (q.allowOther ? 1 : 0));
  if (q.type === 'time_slots') return String(q.maxPicks ?? q.options.length);
  return undefined;
}
