// The dashboard's side of templates: the templates page and its forms, and save-as-template from a survey.
import type { Context } from 'hono';
import * as v from 'valibot';
import { InvalidInputError } from '../../../shared/errors.js';
import { templateMessages } from '../../../shared/i18n/template-messages.js';
import { deleteTemplate, renameTemplate, saveAsTemplate } from '../../../shared/survey-admin/district-templates.js';
import { TemplateNameSchema } from '../../../shared/templates/saved-template-schema.js';
import { requestLocale } from '../../http/error-handler.js';
import { onRefusal } from '../../http/refused-form.js';
import { renderPage } from '../../http/render.js';
import type { OrganizerEnv } from '../access-guard.js';
import type { OrganizerDeps } from '../deps.js';
import { href } from '../pages/dashboard-layout.js';
import { CreatedFromTemplatePage, TemplatesPage } from '../pages/templates-page.js';
import { audit, pathId, register, type OrganizerApp } from '../register-route.js';
import { formFields, pageContext } from '../page-context.js';
import { actorOf, createFromSaved, templateDeps } from '../template-actions.js';

/** A typed name, checked like the API's; the form keeps nothing else. */
function formName(fields: URLSearchParams): string {
  const parsed = v.safeParse(TemplateNameSchema, fields.get('name') ?? '');
  if (!parsed.success) throw new InvalidInputError([{ field: 'name', message: 'A name of 1 to 100 characters is required', zh: '请填写名称（1 至 100 个字）。' }]);
  return parsed.output;
}

export function templatesPages(app: OrganizerApp, deps: OrganizerDeps): void {
  const domain = { ...templateDeps(deps), surveyAdmin: deps.store.surveyAdmin };

  const page = async (c: Context<OrganizerEnv>, extra: { notice?: string; problems?: string[] } = {}) =>
    renderPage(c, <TemplatesPage ctx={pageContext(c)} templates={await deps.store.templates.list()} timeZone={deps.timeZone} {...extra} />);

  /** Runs a template form; a refusal shows the templates page with the reasons. */
  const templateAction = (key: Parameters<typeof register>[2], action: (c: Context<OrganizerEnv>, templateId: string, fields: URLSearchParams) => Promise<string>) =>
    register(app, deps, key, async (c) => {
      const templateId = pathId(c, 'templateId', 'template');
      onRefusal(c, (refusal) => page(c, { problems: refusal.lines }));
      const notice = await action(c, templateId, await formFields(c));
      return page(c, { notice });
    });

  register(app, deps, 'GET /admin/templates', (c) => page(c));

  register(app, deps, 'POST /admin/surveys/:surveyId/template', async (c) => {
    const surveyId = pathId(c, 'surveyId', 'survey');
    const fields = await formFields(c);
    onRefusal(c, (refusal) => page(c, { problems: refusal.lines }));
    const template = await saveAsTemplate(domain, surveyId, formName(fields), actorOf(c));
    await audit(deps, c, 'template.save', template.id, { from: surveyId, name: template.name });
    return page(c, { notice: templateMessages(requestLocale(c)).saved(template.name) });
  });

  register(app, deps, 'POST /admin/templates/:templateId/surveys', async (c) => {
    const templateId = pathId(c, 'templateId', 'template');
    const title = (await formFields(c)).get('title')?.trim().slice(0, 200);
    const { survey, retired } = await createFromSaved(deps, c, templateId, title || undefined);
    if (retired.length === 0) return c.redirect(href(pageContext(c), `/admin/surveys/${survey.id}`), 303);
    return renderPage(c, <CreatedFromTemplatePage ctx={pageContext(c)} surveyId={survey.id} retired={retired} />, 201);
  });

  templateAction('POST /admin/templates/:templateId/rename', async (c, templateId, fields) => {
    const template = await renameTemplate(domain, templateId, formName(fields), actorOf(c));
    await audit(deps, c, 'template.rename', templateId, { name: template.name });
    return templateMessages(requestLocale(c)).renamed(template.name);
  });

  templateAction('POST /admin/templates/:templateId/delete', async (c, templateId, fields) => {
    const t = templateMessages(requestLocale(c));
    if (fields.get('confirm') !== '1') throw new InvalidInputError([{ field: 'confirm', message: t.confirmDeleteMissing }]);
    const template = await deleteTemplate(domain, templateId, actorOf(c));
    await audit(deps, c, 'template.delete', templateId, { name: template.name });
    return t.deleted(template.name);
  });
}
