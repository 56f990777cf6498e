// What the templates API and the templates pages share: the domain's deps, the acting account, a saved
// template as lists show it, and creating a survey from one with its audit entry.
import type { Context } from 'hono';
import { creatorOf } from '../../shared/accounts/scope.js';
import { createFromTemplate, type TemplateDeps } from '../../shared/survey-admin/district-templates.js';
import type { SavedTemplate } from '../../shared/templates/saved-template-schema.js';
import type { OrganizerEnv } from './access-guard.js';
import type { OrganizerDeps } from './deps.js';
import { audit } from './register-route.js';
import { surveyAdminDeps } from './survey-admin-deps.js';

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
