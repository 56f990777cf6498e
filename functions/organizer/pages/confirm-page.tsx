// The step between a tap and a change that cannot be taken back lightly: says what it means, then asks.
import { surveyLifecycleMessages } from '../../../shared/i18n/survey-lifecycle-messages.js';
import { templateMessages } from '../../../shared/i18n/template-messages.js';
import { confirmBack, type ConfirmWords } from '../../../shared/i18n/confirm-messages.js';
import type { Survey } from '../../../shared/survey/survey-schema.js';
import { DashboardLayout, href, type PageContext } from './dashboard-layout.js';

export const CONFIRMED_ACTIONS = ['publish', 'close', 'reopen'] as const;
export type ConfirmedAction = (typeof CONFIRMED_ACTIONS)[number];

/** `version`: the definition's version the survey page showed, sent on so a publish over a newer save is refused. */
export function ConfirmPage({ ctx, survey, action, version }: { ctx: PageContext; survey: Survey; action: ConfirmedAction; version?: number }) {
  const t = surveyLifecycleMessages(ctx.locale);
  const tt = templateMessages(ctx.locale);
  const base = `/admin/surveys/${survey.id}`;
  return (
    <DashboardLayout ctx={ctx} title={t.confirmTitle[action]!}>
      <h1>{t.confirmTitle[action]}</h1>
      <section aria-labelledby="means">
        <h2 id="means">{survey.title}</h2>
        <ul>
          {(t.confirmMeans[action] ?? []).map((line) => (
            <li>{line}</li>
          ))}
        </ul>
        <form method="post" action={href(ctx, `${base}/${action}`)}>
          {version !== undefined ? <input type="hidden" name="version" value={String(version)} /> : null}
          <button type="submit">{t.confirmButton[action]}</button>
        </form>
        <p>
          <a href={href(ctx, base)}>{t.cancel}</a>
        </p>
      </section>
    </DashboardLayout>
  );
}

/**
 * The confirmation step of any other change that cannot be undone: what it means and to whom, then
 * a button that posts the same form again with `confirmed=1`. Plain HTML: works without a script.
 */
export function ConfirmStepPage({ ctx, words, action, carry, back }: { ctx: PageContext; words: ConfirmWords; action: string; carry: readonly [string, string][]; back: string }) {
  return (
    <DashboardLayout ctx={ctx} title={words.title}>
      <h1>{words.title}</h1>
      <section>
        <ul>
          {words.means.map((line) => (
            <li>{line}</li>
          ))}
        </ul>
        <form method="post" action={href(ctx, action)}>
          {carry.map(([name, value]) => (
            <input type="hidden" name={name} value={value} />
          ))}
          <input type="hidden" name={CONFIRMED_FIELD} value="1" />
          <button type="submit">{words.button}</button>
        </form>
        <p>
          <a href={href(ctx, back)}>{confirmBack(ctx.locale)}</a>
        </p>
      </section>
    </DashboardLayout>
  );
}

/** The field a confirmation page adds: a post without it only asks. */
export const CONFIRMED_FIELD = 'confirmed';

/** The survey page's actions: publish, close and reopen lead to their confirmation; copy and archive act at once. */
export function SurveyLifecycle({ ctx, survey, version, archived }: { ctx: PageContext; survey: Survey; version: number; archived: boolean }) {
  const t = surveyLifecycleMessages(ctx.locale);
  const tt = templateMessages(ctx.locale);
  const base = `/admin/surveys/${survey.id}`;
  const next: ConfirmedAction | undefined = survey.status === 'draft' ? 'publish' : survey.status === 'published' ? 'close' : 'reopen';
  return (
    <section aria-labelledby="lifecycle">
      <h2 id="lifecycle">{t.lifecycle}</h2>
      {archived ? <p class="notice">{t.archivedNote}</p> : null}
      {next ? (
        <p>
          <a class="button" href={href(ctx, `${base}/confirm/${next}?version=${version}`)}>
            {t[next]}
          </a>
        </p>
      ) : null}
      <form method="post" action={href(ctx, `${base}/copy`)}>
        <p class="help">{t.copyHelp}</p>
        <button type="submit" class="secondary">
          {t.copy}
        </button>
      </form>
      <form method="post" action={href(ctx, `${base}/template`)}>
        <p class="help">{tt.saveAsTemplateHelp}</p>
        <label for="template-name">{tt.templateName}</label>
        <input id="template-name" name="name" type="text" required maxlength={100} value={survey.title.slice(0, 100)} />
        <button type="submit" class="secondary">
          {tt.saveAsTemplate}
        </button>
      </form>
      <form method="post" action={href(ctx, `${base}/archive`)}>
        <p class="help">{t.archiveHelp}</p>
        <input type="hidden" name="archived" value={archived ? '0' : '1'} />
        <button type="submit" class="secondary">
          {archived ? t.unarchive : t.archive}
        </button>
      </form>
    </section>
  );
}
