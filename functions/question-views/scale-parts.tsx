// A 1..n score as a row of radio buttons with its end labels: rating and matrix_rating.
import { localized } from '../../shared/kernel/locale.js';
import { uiMessages } from '../../shared/i18n/ui-messages.js';
import type { QuestionOf } from '../../shared/survey/survey-schema.js';
import type { FieldCtx } from './view-type.js';

export function Scale(props: { ctx: FieldCtx; name: string; idBase: string; q: QuestionOf<'rating'> | QuestionOf<'matrix_rating'> }) {
  const { ctx, name, idBase, q } = props;
  const t = uiMessages(ctx.locale);
  const current = ctx.values.get(name);
  const low = localized(ctx.locale, q.lowLabel ?? '', q.lowLabelEn);
  const high = localized(ctx.locale, q.highLabel ?? '', q.highLabelEn);
  return (
    <>
      <div class="scale">
        {Array.from({ length: q.scale }, (_, i) => String(i + 1)).map((score) => (
          <label class="opt" for={`${idBase}-v${score}`}>
            <input type="radio" id={`${idBase}-v${score}`} name={name} value={score} checked={current === score} />
            <span>{t.scorePoints(Number(score))}</span>
          </label>
        ))}
      </div>
      {low || high ? (
        <p class="ends" aria-hidden="true">
          <span>{low ? `1 = ${low}` : ''}</span>
          <span>{high ? `${q.scale} = ${high}` : ''}</span>
        </p>
      ) : null}
    </>
  );
}
