// The district's own templates: save a survey's definition under a name, start new drafts from it,
// rename and delete it. Catalogue-linked options are checked against today's catalogue on use.
import type { Catalogue } from '../catalogue/catalogue-schema.js';
import type { Clock, IdGenerator } from '../kernel/clock.js';
import { InvalidSurveyError, InvalidInputError, NotTemplateOwnerError, RecordNotFoundError } from '../errors.js';
import type { Role } from '../accounts/account-schema.js';
import { withCatalogueFronts } from './unit-fronts.js';
import { withinFronts, type Creator } from '../accounts/scope.js';
import { assertDraftRoom, checkDefinition, newSurveyId, type SurveyAdminDeps } from './manage-surveys.js';
import type { Question, Survey } from '../survey/survey-schema.js';
import { conditionList } from '../survey/display-logic.js';
import type { TemplateRepository } from '../templates/template-store.js';
import type { SavedTemplate, TemplateDefinition } from '../templates/saved-template-schema.js';

export interface TemplateDeps {
  templates: TemplateRepository;
  clock: Clock;
  newId: IdGenerator;
}

/** Who is acting: the creator or an admin may rename and delete. */
export interface Actor {
  email: string;
  role: Role;
}

/** An option of the template that names a catalogue record retired (or gone) since the template was saved. */
export interface RetiredOption {
  questionId: string;
  optionId: string;
  label: string;
  /** False only when leaving it out would break the question (too few options left, logic on it): then it stays, for the organizer to fix. */
  removed: boolean;
}

export function newTemplateId(newId: IdGenerator): string {
  return `t${newId().replace(/-/g, '').slice(0, 12)}`;
}

/** Saves any survey's definition (any status) as a district template. */
export async function saveAsTemplate(deps: TemplateDeps & Pick<SurveyAdminDeps, 'surveyAdmin'>, surveyId: string, name: string, actor: Actor): Promise<SavedTemplate> {
  const found = await deps.surveyAdmin.getVersioned(surveyId);
  if (!found) throw new RecordNotFoundError('survey', surveyId);
  const { id: _id, status: _s, createdAt: _c, publishedAt: _p, closedAt: _cl, ...definition } = found.survey;
  const template: SavedTemplate = { id: newTemplateId(deps.newId), name, createdBy: actor.email, createdAt: deps.clock.now().toISOString(), sourceSurveyId: surveyId, definition };
  await deps.templates.create(template);
  return template;
}

async function existing(deps: Pick<TemplateDeps, 'templates'>, templateId: string): Promise<SavedTemplate> {
  const template = await deps.templates.get(templateId);
  if (!template) throw new RecordNotFoundError('template', templateId);
  return template;
}

function mayChange(template: SavedTemplate, actor: Actor): void {
  if (actor.role !== 'admin' && template.createdBy !== actor.email) throw new NotTemplateOwnerError(template.id);
}

export async function renameTemplate(deps: Pick<TemplateDeps, 'templates'>, templateId: string, name: string, actor: Actor): Promise<SavedTemplate> {
  const template = await existing(deps, templateId);
  mayChange(template, actor);
  await deps.templates.rename(templateId, name);
  return { ...template, name };
}

export async function deleteTemplate(deps: Pick<TemplateDeps, 'templates'>, templateId: string, actor: Actor): Promise<SavedTemplate> {
  const template = await existing(deps, templateId);
  mayChange(template, actor);
  await deps.templates.delete(templateId);
  return template;
}

/** The catalogue records an option id may name, per question type; other types carry no catalogue options. */
function catalogueRecordsFor(question: Question, catalogue: Catalogue): Map<string, { retired?: boolean | undefined }> | undefined {
  if (question.type === 'unit') return new Map(catalogue.units.map((u) => [u.id, u]));
  if (question.type === 'single_choice' || question.type === 'multiple_choice' || question.type === 'ranking') {
    return new Map([...catalogue.topics, ...catalogue.experts, ...catalogue.themes].map((r) => [r.id, r]));
  }
  return undefined;
}

/**
 * Options linked to catalogue records retired since the template was saved. A unit option whose unit
 * is gone counts too (units come only from the catalogue); a choice option matching no record is the
 * organizer's own text and stays.
 */
export function retiredOptions(definition: TemplateDefinition, catalogue: Catalogue): Omit<RetiredOption, 'removed'>[] {
  return definition.questions.flatMap((question) => {
    const records = catalogueRecordsFor(question, catalogue);
    if (!records || !('options' in question)) return [];
    return question.options
      .filter((o) => {
        const record = records.get(o.id);
        return question.type === 'unit' ? !record || record.retired === true : record?.retired === true;
      })
      .map((o) => ({ questionId: question.id, optionId: o.id, label: o.label }));
  });
}

function withoutOptions(definition: TemplateDefinition, drop: readonly Omit<RetiredOption, 'removed'>[]): TemplateDefinition {
  const dropped = (questionId: string, optionId: string) => drop.some((d) => d.questionId === questionId && d.optionId === optionId);
  const questions = definition.questions.map((q) => {
    const pruned = 'options' in q ? { ...q, options: (q.options as { id: string }[]).filter((o) => !dropped(q.id, o.id)) } : q;
    // Display logic on a removed option can never match again: it points at the options left.
    if (!pruned.visibleIf) return pruned;
    const conditions = conditionList(pruned.visibleIf).map((c) => ({ ...c, anyOf: c.anyOf.filter((id) => !dropped(c.questionId, id)) }));
    return { ...pruned, visibleIf: 'all' in pruned.visibleIf ? { all: conditions } : conditions[0] };
  });
  return { ...definition, questions: questions as Question[] };
}

/**
 * A new draft with the template's definition. Options naming catalogue records retired since are
 * left out and reported, never silently kept; where leaving one out would make the definition
 * invalid (a ranking needing more options, logic resting only on it) the options stay and are
 * reported as kept, for the organizer to fix in the editor.
 */
export async function createFromTemplate(
  deps: SurveyAdminDeps & Pick<TemplateDeps, 'templates'>,
  templateId: string,
  options: { title?: string; creator?: Creator } = {},
): Promise<{ survey: Survey; retired: RetiredOption[] }> {
  const [found, catalogue] = await Promise.all([existing(deps, templateId), deps.catalogue.load(), assertDraftRoom(deps, options.creator)]);
  // A saved definition's unit fronts are taken from today's catalogue before a limited account's cut.
  const template = { ...found, definition: withinFronts(withCatalogueFronts(found.definition, catalogue), options.creator?.fronts) };
  const retired = retiredOptions(template.definition, catalogue);
  const meta = { id: newSurveyId(deps.newId), status: 'draft' as const, createdAt: deps.clock.now().toISOString(), ...(options.title ? { title: options.title } : {}) };
  let survey: Survey;
  let removed = retired.length > 0;
  try {
    survey = checkDefinition({ ...withoutOptions(template.definition, retired), ...meta });
  } catch (error) {
    if (!removed || !(error instanceof InvalidSurveyError || error instanceof InvalidInputError)) throw error;
    removed = false;
    survey = checkDefinition({ ...template.definition, ...meta });
  }
  await deps.surveyAdmin.create(survey, options.creator?.email);
  return { survey, retired: retired.map((r) => ({ ...r, removed })) };
}
