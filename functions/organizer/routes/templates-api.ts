// The district's templates over JSON: list (built-in and saved), save a survey as one, create from one, rename, delete.
import type { Context } from 'hono';
import { creatorOf } from '../../../shared/accounts/scope.js';
import { dashboardMessages } from '../../../shared/i18n/dashboard-messages.js';
import { TEMPLATES } from '../../../shared/survey-admin/manage-surveys.js';
import { createFromTemplate, deleteTemplate, renameTemplate, saveAsTemplate, type TemplateDeps } from '../../../shared/survey-admin/district-templates.js';
import { FromTemplateBodySchema, TemplateNameBodySchema, type SavedTemplate } from '../../../shared/templates/saved-template-schema.js';
import { requestLocale } from '../../http/error-handler.js';
import { parseBody, readJson, readOptionalJson } from '../../http/json-body.js';
import type { OrganizerEnv } from '../access-guard.js';
import type { OrganizerDeps } from '../deps.js';
import { audit, pathId, register, type OrganizerApp } from '../register-route.js';
import { surveyAdminDeps } from '../survey-admin-deps.js';

export function templateDeps(deps: OrganizerDeps): TemplateDeps {
  return { templates: deps.store.templates, clock: deps.clock, newId: deps.newId };
}

/** A saved template as lists show it: what it is, never its whole definition. */
export function templateSummary(t: SavedTemplate) {
  return { id: t.id, name: t.name, kind: t.definition.kind, title: t.definition.title, questions: t.definition.questions.length, createdBy: t.createdBy, createdAt: t.createdAt };
}

/** The acting account, as the template rules read it. */
export const actorOf = (c: Context<OrganizerEnv>) => ({ email: c.get('session').email, role: c.get('session').role });

/** Creation from a saved template, with its audit entry: the API and the dashboard share it. */
export async function createFromSaved(deps: OrganizerDeps, c: Context<OrganizerEnv>, templateId: string, title?: string) {
  const created = await createFromTemplate({ ...surveyAdminDeps(deps), templates: deps.store.templates }, templateId, { ...(title ? { title } : {}), creator: creatorOf(c.get('session')) });
  await audit(deps, c, 'survey.create', created.survey.id, { kind: created.survey.kind, from: templateId, retired: created.retired.length });
  return created;
}

export function templatesApi(app: OrganizerApp, deps: OrganizerDeps): void {
  const domain = { ...templateDeps(deps), surveyAdmin: deps.store.surveyAdmin };

  register(app, deps, 'GET /api/templates', async (c) => {
    const t = dashboardMessages(requestLocale(c));
    const saved = await deps.store.templates.list();
    return c.json({ builtIn: TEMPLATES.map((id) => ({ id, name: t.templates[id] })), saved: saved.map(templateSummary) });
  });

  register(app, deps, 'POST /api/surveys/:surveyId/template', async (c) => {
    const surveyId = pathId(c, 'surveyId', 'survey');
    const { name } = parseBody(TemplateNameBodySchema, await readJson(c));
    const template = await saveAsTemplate(domain, surveyId, name, actorOf(c));
    await audit(deps, c, 'template.save', template.id, { from: surveyId, name });
    return c.json({ templateId: template.id, name: template.name }, 201);
  });

  register(app, deps, 'POST /api/templates/:templateId/surveys', async (c) => {
    const templateId = pathId(c, 'templateId', 'template');
    const { title } = parseBody(FromTemplateBodySchema, await readOptionalJson(c));
    const { survey, retired } = await createFromSaved(deps, c, templateId, title);
    return c.json({ surveyId: survey.id, retired }, 201);
  });

  register(app, deps, 'PUT /api/templates/:templateId', async (c) => {
    const templateId = pathId(c, 'templateId', 'template');
    const { name } = parseBody(TemplateNameBodySchema, await readJson(c));
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
