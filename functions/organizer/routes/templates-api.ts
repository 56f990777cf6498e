// The district's templates over JSON: list (built-in and saved), save a survey as one, create from one, rename, delete.
import { dashboardMessages } from '../../../shared/i18n/dashboard-messages.js';
import { TEMPLATES } from '../../../shared/survey-admin/manage-surveys.js';
import { deleteTemplate, renameTemplate, saveAsTemplate } from '../../../shared/survey-admin/district-templates.js';
import { requestLocale } from '../../http/error-handler.js';
import type { OrganizerDeps } from '../deps.js';
import { audit, pathId, register, type OrganizerApp } from '../register-route.js';
import { actorOf, createFromSaved, templateDeps, templateSummary } from '../template-actions.js';

export function templatesApi(app: OrganizerApp, deps: OrganizerDeps): void {
  const domain = { ...templateDeps(deps), surveyAdmin: deps.store.surveyAdmin };

  register(app, deps, 'GET /api/templates', async (c) => {
    const t = dashboardMessages(requestLocale(c));
    const saved = await deps.store.templates.list();
    return c.json({ builtIn: TEMPLATES.map((id) => ({ id, name: t.templates[id] })), saved: saved.map(templateSummary) });
  });

  register(app, deps, 'POST /api/surveys/:surveyId/template', async (c) => {
    const surveyId = pathId(c, 'surveyId', 'survey');
    const { name } = c.req.valid('json');
    const template = await saveAsTemplate(domain, surveyId, name, actorOf(c));
    await audit(deps, c, 'template.save', template.id, { from: surveyId, name });
    return c.json({ templateId: template.id, name: template.name }, 201);
  });

  register(app, deps, 'POST /api/templates/:templateId/surveys', async (c) => {
    const templateId = pathId(c, 'templateId', 'template');
    const { title } = c.req.valid('json');
    const { survey, retired } = await createFromSaved(deps, c, templateId, title);
    return c.json({ surveyId: survey.id, retired }, 201);
  });

  register(app, deps, 'PUT /api/templates/:templateId', async (c) => {
    const templateId = pathId(c, 'templateId', 'template');
    const { name } = c.req.valid('json');
    const template = await renameTemplate(domain, templateId, name, actorOf(c));
    await audit(deps, c, 'template.rename', templateId, { name });
    return c.json({ template: templateSummary(template) });
  });

  register(app, deps, 'POST /api/templates/:templateId/delete', async (c) => {
    const templateId = pathId(c, 'templateId', 'template');
    const template = await deleteTemplate(domain, templateId, actorOf(c));
    await audit(deps, c, 'template.delete', templateId, { name: template.name });
    return c.json({ templateId, deleted: true });
  });
}
