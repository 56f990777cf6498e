// One response: its answers, whether it counts, and the confirmed step that marks it invalid or restores it.
import { dashboardMessages } from '../../../shared/i18n/dashboard-messages.js';
import { responseMessages } from '../../../shared/i18n/response-messages.js';
import { responseFields } from '../../../shared/report/responses-csv.js';
import { answerWords } from '../../../shared/report/answer-words.js';
import { shownQuestions } from '../../../shared/survey/display-logic.js';
import { localized } from '../../../shared/kernel/locale.js';
import { receiptNumber } from '../../../shared/responses/receipt.js';
import type { StoredResponse } from '../../../shared/responses/response-store.js';
import { districtDateTime } from '../../../shared/kernel/zoned-time.js';
import type { Survey } from '../../../shared/survey/survey-schema.js';
import { DashboardLayout, href, Problems, type PageContext } from './dashboard-layout.js';

/** The filled form: each question's number and text, its answer under it. */
export const filledStyle = `
ol.filled{list-style:none;padding:0;margin:12px 0}
ol.filled>li{border-top:1px solid #e4ded3;padding:8px 0}
ol.filled h3{font-size:16px;margin:0 0 4px}
ol.filled .answer{margin:0 0 0 1em;font-weight:700}
ol.filled ul.answer{padding-left:1em;list-style:none}
`;

export interface ResponsePageProps {
  ctx: PageContext;
  survey: Survey;
  response: StoredResponse;
  timeZone: string;
  /** What the last action did, shown once after the redirect. */
  notice?: 'invalidated' | 'restored' | 'unchanged';
  problems?: string[];
  /** The reason typed before a refusal, kept in the field. */
  reason?: string;
}

export function ResponsePage({ ctx, survey, response, timeZone, notice, problems, reason }: ResponsePageProps) {
  const t = responseMessages(ctx.locale);
  const base = `/admin/surveys/${survey.id}/responses/${response.responseId}`;
  const receipt = receiptNumber(response.responseId);
  // When, which unit and front: the CSV's first columns; then the form as it was filled in.
  const facts = responseFields(survey, response, { locale: ctx.locale, timeZone }).slice(0, 3);
  const shown = shownQuestions(survey, response.answers);
  const d = dashboardMessages(ctx.locale);
  const notices = { invalidated: t.markedInvalid, restored: t.restored, unchanged: t.unchanged };
  return (
    <DashboardLayout ctx={ctx} title={`${t.response} ${receipt}`} extraStyle={filledStyle}>
      <h1>
        {t.response} <code>{receipt}</code> · {survey.title}
      </h1>
      <p>
        <a href={href(ctx, `/admin/surveys/${survey.id}/responses`)}>{t.backToList}</a>
      </p>
      {notice ? (
        <p class="notice" role="status">
          {notices[notice]}
        </p>
      ) : null}
      <Problems title={dashboardMessages(ctx.locale).problems} items={problems ?? []} />

      {response.invalid ? (
        <form method="post" action={href(ctx, `${base}/restore`)}>
          <fieldset class="box">
            <legend>{t.restore}</legend>
            <p>
              <span class="status invalid">{t.invalid}</span> {t.invalidReason}: {response.invalid.reason} · {t.markedBy}: {response.invalid.by} ·{' '}
              {districtDateTime(response.invalid.at, timeZone)}
            </p>
            <p class="help">{t.restoreHelp}</p>
            <button type="submit">{t.confirmRestore}</button>
          </fieldset>
        </form>
      ) : (
        <form method="post" action={href(ctx, `${base}/invalidate`)}>
          <fieldset class="box">
            <legend>{t.markInvalid}</legend>
            <p class="help">{t.markInvalidHelp}</p>
            <label for="reason">{t.reasonLabel}</label>
            <input type="text" id="reason" name="reason" required maxlength={200} value={reason ?? ''} aria-describedby={problems?.length ? 'reason-problem' : undefined} />
            {problems?.length ? (
              <p class="help" id="reason-problem">
                {t.fieldProblems.reason}
              </p>
            ) : null}
            <button type="submit">{t.confirmInvalid}</button>
          </fieldset>
        </form>
      )}

      <section aria-labelledby="answers">
        <h2 id="answers">{t.answers}</h2>
        <table>
          <tbody>
            {facts.map((f) => (
              <tr>
                <th scope="row">{f.header}</th>
                <td>{f.value === '' || f.value === undefined || f.value === null ? <span class="muted">{t.noAnswer}</span> : String(f.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <ol class="filled">
          {survey.questions.map((q, i) => {
            const words = answerWords(q, response.answers[q.id], ctx.locale);
            return (
              <li>
                <h3>
                  {d.questionNumber(i + 1)} {localized(ctx.locale, q.title, q.titleEn)}
                </h3>
                {words.length === 0 ? (
                  <p class="muted">{shown.has(q.id) ? t.noAnswer : t.notShown}</p>
                ) : words.length === 1 ? (
                  <p class="answer">{words[0]}</p>
                ) : (
                  <ul class="answer">
                    {words.map((w) => (
                      <li>{w}</li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ol>
      </section>
    </DashboardLayout>
  );
}
