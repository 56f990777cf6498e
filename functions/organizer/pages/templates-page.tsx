// The district's saved templates: create a survey from one, rename or delete it; and the page after creating.
import { dashboardMessages } from '../../../shared/i18n/dashboard-messages.js';
import { templateMessages } from '../../../shared/i18n/template-messages.js';
import type { RetiredOption } from '../../../shared/survey-admin/district-templates.js';
import type { SavedTemplate } from '../../../shared/templates/saved-template-schema.js';
import { districtDateTime } from '../../../shared/kernel/zoned-time.js';
import { DashboardLayout, href, Problems, type PageContext } from './dashboard-layout.js';

export interface TemplatesPageProps {
  ctx: PageContext;
  templates: SavedTemplate[];
  timeZone: string;
  notice?: string;
  problems?: string[];
}

export function TemplatesPage({ ctx, templates, timeZone, notice, problems }: TemplatesPageProps) {
  const t = templateMessages(ctx.locale);
  const d = dashboardMessages(ctx.locale);
  const mayChange = (tpl: SavedTemplate) => ctx.account?.role === 'admin' || (ctx.account?.role === 'organizer' && ctx.account.email === tpl.createdBy);
  return (
    <DashboardLayout ctx={ctx} title={t.templates}>
      <h1>{t.templates}</h1>
      <p class="help">{t.intro}</p>
      {notice ? (
        <p class="notice" role="status">
          {notice}
        </p>
      ) : null}
      <Problems title={d.problems} items={problems ?? []} />
      {templates.length === 0 ? <p>{t.none}</p> : null}
      {templates.map((tpl, i) => (
        <section class="box" aria-labelledby={`tpl-${i}`} data-template-id={tpl.id}>
          <h2 id={`tpl-${i}`}>{tpl.name}</h2>
          <p class="muted">
            {d.kind[tpl.definition.kind]} · {t.questions} {tpl.definition.questions.length} · {t.createdBy} {tpl.createdBy} · {t.createdAt}{' '}
            {districtDateTime(tpl.createdAt, timeZone).replace('T', ' ')}
          </p>
          {ctx.account?.role === 'viewer' ? null : (
            <form method="post" action={href(ctx, `/admin/templates/${tpl.id}/surveys`)}>
              <label for={`title-${i}`}>{t.newTitle}</label>
              <input id={`title-${i}`} name="title" type="text" maxlength={200} />
              <button type="submit">{t.createFrom}</button>
            </form>
          )}
          {mayChange(tpl) ? (
            <>
              <form method="post" action={href(ctx, `/admin/templates/${tpl.id}/rename`)}>
                <label for={`name-${i}`}>{t.newName}</label>
                <input id={`name-${i}`} name="name" type="text" required maxlength={100} value={tpl.name} />
                <button type="submit" class="secondary">
                  {t.rename}
                </button>
              </form>
              <form method="post" action={href(ctx, `/admin/templates/${tpl.id}/delete`)}>
                <label>
                  <input type="checkbox" name="confirm" value="1" required /> {t.confirmDelete}
                </label>
                <button type="submit" class="secondary">
                  {t.delete}
                </button>
              </form>
            </>
          ) : null}
        </section>
      ))}
    </DashboardLayout>
  );
}

/** After creating from a template that named retired catalogue records: what became of each. */
export function CreatedFromTemplatePage({ ctx, surveyId, retired }: { ctx: PageContext; surveyId: string; retired: RetiredOption[] }) {
  const t = templateMessages(ctx.locale);
  return (
    <DashboardLayout ctx={ctx} title={t.createdTitle}>
      <h1>{t.createdTitle}</h1>
      <p>{t.retiredIntro}</p>
      <ul>
        {retired.map((r) => (
          <li>
            {r.label}（{r.questionId}）: {r.removed ? t.retiredRemoved : t.retiredKept}
          </li>
        ))}
      </ul>
      <p>
        <a class="button" href={href(ctx, `/admin/surveys/${surveyId}`)}>
          {t.openDraft}
        </a>
      </p>
    </DashboardLayout>
  );
}
