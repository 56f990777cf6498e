// What an organizer does with a whole survey over a year: copy it, reopen it, archive it, find it.
import * as v from 'valibot';
import { RecordNotFoundError, SurveyStatusError } from '../errors.js';
import { withinFronts, type Creator } from '../accounts/scope.js';
import type { Survey } from '../survey/survey-schema.js';
import { assertDraftRoom, checkDefinition, newSurveyId, type ListedOverview, type SurveyAdminDeps } from './manage-surveys.js';
import { withCatalogueFronts } from './unit-fronts.js';
import { districtDateTime } from '../kernel/zoned-time.js';

export const CopySurveySchema = v.strictObject({ title: v.optional(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200))) });

async function existing(deps: SurveyAdminDeps, surveyId: string): Promise<{ survey: Survey; version: number; owner?: string }> {
  const found = await deps.surveyAdmin.getVersioned(surveyId);
  if (!found) throw new RecordNotFoundError('survey', surveyId);
  return found;
}

/**
 * A new draft with the same definition (questions, sections, logic; titled "…（副本）" unless a title is given) and
 * none of the responses, settings or access codes: any survey may be copied, in any status.
 */
/** "标题（副本）", cut so it still fits the 200-character title. */
export function copyTitle(title: string): string {
  const mark = '（副本）';
  return `${title.slice(0, 200 - mark.length)}${mark}`;
}

export async function copySurvey(deps: SurveyAdminDeps, surveyId: string, options: { title?: string; creator?: Creator } = {}): Promise<Survey> {
  const [{ survey: source }] = await Promise.all([existing(deps, surveyId), assertDraftRoom(deps, options.creator)]);
  const { publishedAt: _p, closedAt: _c, ...definition } = withinFronts(withCatalogueFronts(source, await deps.catalogue.load()), options.creator?.fronts);
  const copy = checkDefinition({
    ...definition,
    id: newSurveyId(deps.newId),
    status: 'draft',
    createdAt: deps.clock.now().toISOString(),
    // A copy says it is one until renamed, so the list never shows two surveys of the same title.
    title: options.title ?? copyTitle(source.title),
  });
  await deps.surveyAdmin.create(copy, options.creator?.email);
  return copy;
}

/** A closed survey collects again; its definition stays frozen, its stored responses keep counting. */
export async function reopenSurvey(deps: SurveyAdminDeps, surveyId: string): Promise<Survey> {
  const { survey: current, version, owner } = await existing(deps, surveyId);
  if (current.status !== 'closed') throw new SurveyStatusError(surveyId, current.status, 'published');
  const { closedAt: _closed, ...rest } = current;
  const survey: Survey = { ...rest, status: 'published' };
  await deps.surveyAdmin.transition(survey, 'closed', version, owner);
  await deps.afterStatusChange?.(survey, owner);
  return survey;
}

/** Archiving only tidies the list: the survey keeps its status, link and responses. */
export async function setArchived(deps: SurveyAdminDeps, surveyId: string, archived: boolean): Promise<void> {
  await existing(deps, surveyId);
  // Conditional on the version read: a settings save racing this one is refused, not undone.
  const { settings, version } = await deps.surveySettings.read(surveyId);
  const { archived: _was, ...rest } = settings;
  await deps.surveySettings.put(surveyId, archived ? { ...rest, archived: true } : rest, version);
}

/** The list's filters as typed (query string); unknown values are ignored rather than refused. */
export interface SurveyListFilter {
  q?: string | undefined;
  kind?: string | undefined;
  status?: string | undefined;
  year?: string | undefined;
  /** 'only' shows the archive; anything else hides it. */
  archived?: string | undefined;
}

export interface SurveyListResult {
  surveys: ListedOverview[];
  /** How many surveys the other filters leave, per status and in the archive, for the filter's labels. */
  counts: { all: number; draft: number; published: number; closed: number; archived: number };
  /** Years (district time) any survey was created in, newest first. */
  years: string[];
}

function yearOf(survey: Pick<Survey, 'createdAt'>, timeZone: string): string {
  return districtDateTime(survey.createdAt, timeZone).slice(0, 4);
}

export function filterSurveys(all: readonly ListedOverview[], filter: SurveyListFilter, timeZone: string): SurveyListResult {
  const words = (filter.q ?? '').trim().toLowerCase().split(/\s+/).filter(Boolean).slice(0, 10);
  const showArchive = filter.archived === 'only';
  const matchesOthers = (o: ListedOverview) =>
    words.every((w) => o.survey.title.toLowerCase().includes(w) || o.survey.id.toLowerCase() === w) &&
    (!filter.kind || o.survey.kind === filter.kind) &&
    (!filter.year || yearOf(o.survey, timeZone) === filter.year);
  const candidates = all.filter(matchesOthers);
  const inView = candidates.filter((o) => (o.settings.archived === true) === showArchive);
  const count = (status: Survey['status']) => inView.filter((o) => o.survey.status === status).length;
  return {
    surveys: inView.filter((o) => !filter.status || o.survey.status === filter.status),
    counts: {
      all: inView.length,
      draft: count('draft'),
      published: count('published'),
      closed: count('closed'),
      archived: candidates.filter((o) => o.settings.archived === true).length,
    },
    years: [...new Set(all.map((o) => yearOf(o.survey, timeZone)))].sort().reverse(),
  };
}

/** Most surveys one page of the list answers with (GET /api/surveys `limit`). */
export const SURVEY_PAGE_MAX = 200;

/**
 * One page of a filtered list: `cursor` is the id of the last survey of the previous page (so a new
 * survey at the top moves nothing on later pages); `next` is absent on the last page.
 */
export function surveyPage<T extends { survey: { id: string } }>(all: readonly T[], options: { limit?: number | undefined; cursor?: string | undefined }): { items: T[]; next?: string } {
  const limit = Math.min(Math.max(Math.trunc(options.limit ?? SURVEY_PAGE_MAX), 1), SURVEY_PAGE_MAX);
  const after = options.cursor ? all.findIndex((o) => o.survey.id === options.cursor) + 1 : 0;
  const items = all.slice(after, after + limit);
  const last = items.at(-1);
  return { items, ...(last && after + limit < all.length ? { next: last.survey.id } : {}) };
}
