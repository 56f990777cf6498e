// The organizers' survey operations: create from a template, edit while draft, publish, close, settings.
import * as v from 'valibot';
import type { Catalogue } from '../catalogue/catalogue-schema.js';
import { assertUnitsWithin, withinFronts, type Creator } from '../accounts/scope.js';
import type { Clock, IdGenerator } from '../kernel/clock.js';
import { schemaMisfits, DraftLimitError, EditConflictError, InvalidInputError, InvalidSurveyError, RecordNotFoundError, SurveyFrozenError, SurveyStatusError, type FieldIssue } from '../errors.js';
import { INVALID_COUNTER, RESPONSES_COUNTER } from '../question-types/counter-names.js';
import type { CatalogueRepository } from '../catalogue/catalogue-store.js';
import type { CounterRepository } from '../survey/counter-store.js';
import type { ListedSurvey, StoredSettings, SurveyAdminRepository, SurveySettingsRepository, VersionedSurvey } from './survey-admin-store.js';
import type { SurveyRepository } from '../survey/survey-store.js';
import { definitionIssues } from '../survey/definition-issues.js';
import { SurveySchema, type Survey } from '../survey/survey-schema.js';
import { feedbackFormTemplate } from '../templates/feedback-form.js';
import { needsSurveyTemplate } from '../templates/needs-survey.js';
import { SurveySettingsSchema, type SettingName, type SurveySettings, type SurveySettingsInput } from './survey-settings-schema.js';
import type { SurveySummary } from '../survey/survey-summary.js';
import { withCatalogueFronts } from './unit-fronts.js';
import { parseDistrictTime } from '../kernel/zoned-time.js';

export interface SurveyAdminDeps {
  surveys: SurveyRepository;
  surveyAdmin: SurveyAdminRepository;
  surveySettings: SurveySettingsRepository;
  counters: CounterRepository;
  catalogue: CatalogueRepository;
  clock: Clock;
  newId: IdGenerator;
  /** The district's IANA time zone, e.g. Asia/Shanghai: opening and closing times are read in it. */
  timeZone: string;
  /** Called after a publish or close with the survey and its owner, so the units' pages list what is open. */
  afterStatusChange?: (survey: Survey, owner: string | undefined) => Promise<unknown>;
  /** Caps on drafts; DEFAULT_DRAFT_LIMITS when absent. */
  draftLimits?: DraftLimits;
}

export const TEMPLATES = ['needs', 'feedback', 'blank'] as const;
export type TemplateName = (typeof TEMPLATES)[number];

export interface SurveyOverview {
  survey: Survey;
  /** The definition's version, for a form or client to send back with its next change (If-Match). */
  version: number;
  settings: SurveySettings;
  /** Stored settings that could not be read (written by an older version): shown so the organizer sets them again. */
  unreadableSettings: SettingName[];
  /** The settings' version, for a form or client to send back with its next change. */
  settingsVersion: number;
  responses: number;
  /** The account that created the survey, when known (a front-limited organizer reaches only its own). */
  owner?: string;
}

/** Short ids keep the share link and its QR code small; 12 hex digits of a UUID are plenty per district. */
export function newSurveyId(newId: IdGenerator): string {
  return `s${newId().replace(/-/g, '').slice(0, 12)}`;
}

function blankSurvey(meta: { id: string; createdAt: string; title?: string }): Survey {
  return {
    id: meta.id,
    kind: 'custom',
    status: 'draft',
    title: meta.title ?? '新问卷',
    createdAt: meta.createdAt,
    questions: [{ id: 'q1', type: 'text', required: false, title: '请填写您的意见和建议', titleEn: 'Your comments', maxLength: 500, multiline: true }],
  };
}

export function fromTemplate(template: TemplateName, catalogue: Catalogue, meta: { id: string; createdAt: string; title?: string }): Survey {
  if (template === 'needs') return needsSurveyTemplate(catalogue, meta);
  if (template === 'feedback') return feedbackFormTemplate(catalogue, meta);
  return blankSurvey(meta);
}

/** The total of a survey's `responses` counters over its units: no response is read. */
export async function responseCount(counters: CounterRepository, surveyId: string, options: { withInvalid?: boolean } = {}): Promise<number> {
  const units = await counters.read(surveyId);
  const of = (unit: (typeof units)[number]) => (unit.counters[RESPONSES_COUNTER] ?? 0) + (options.withInvalid ? (unit.counters[INVALID_COUNTER] ?? 0) : 0);
  return units.reduce((sum, unit) => sum + of(unit), 0);
}

/** Checks a definition against the schema and the cross-field rules, listing every problem at once. */
export function checkDefinition(input: unknown): Survey {
  const parsed = v.safeParse(SurveySchema, input);
  if (!parsed.success) {
    throw new InvalidInputError(schemaMisfits(parsed.issues, 50), 'survey');
  }
  const issues = definitionIssues(parsed.output);
  if (issues.length > 0) throw new InvalidSurveyError(issues);
  return parsed.output;
}

export async function createSurvey(deps: SurveyAdminDeps, request: { template: TemplateName; title?: string } | { definition: unknown }, creator?: Creator): Promise<Survey> {
  const id = newSurveyId(deps.newId);
  const createdAt = deps.clock.now().toISOString();
  const [catalogue] = await Promise.all([deps.catalogue.load(), assertDraftRoom(deps, creator)]);
  let survey: Survey;
  if ('definition' in request) {
    // A definition names its units; their fronts are the catalogue's, and a limited account's may name only its own.
    survey = checkDefinition(withCatalogueFronts(checkDefinition({ ...(request.definition as object), id, status: 'draft', createdAt, publishedAt: undefined, closedAt: undefined }), catalogue));
    assertUnitsWithin(survey, creator, catalogue);
  } else {
    // A built-in template lists the whole district: a limited account's copy is cut to its fronts.
    survey = checkDefinition(withinFronts(fromTemplate(request.template, catalogue, { id, createdAt, ...(request.title ? { title: request.title } : {}) }), creator?.fronts));
  }
  await deps.surveyAdmin.create(survey, creator?.email);
  return survey;
}

/** The survey as stored, at the version its next write must still find (else EditConflictError). */
async function existing(deps: SurveyAdminDeps, surveyId: string, expectedVersion?: number): Promise<VersionedSurvey> {
  const found = await deps.surveyAdmin.getVersioned(surveyId);
  if (!found) throw new RecordNotFoundError('survey', surveyId);
  if (expectedVersion !== undefined && expectedVersion !== found.version) throw new EditConflictError('survey', surveyId);
  return found;
}

export async function surveyOverview(deps: SurveyAdminDeps, surveyId: string): Promise<SurveyOverview> {
  const [survey, stored, responses] = await Promise.all([existing(deps, surveyId), deps.surveySettings.read(surveyId), responseCount(deps.counters, surveyId)]);
  return overviewOf(survey, stored, responses);
}

function overviewOf({ survey, version, owner }: VersionedSurvey, stored: StoredSettings, responses: number): SurveyOverview {
  return { survey, version, settings: stored.settings, unreadableSettings: stored.unreadable, settingsVersion: stored.version, responses, ...(owner ? { owner } : {}) };
}

/** A survey as a list shows it: its summary (never its definition), settings and, for the page shown, responses. */
export interface ListedOverview extends Omit<SurveyOverview, 'survey' | 'version' | 'responses'> {
  survey: SurveySummary;
  /** Counted only for the surveys a page shows (withResponses): the list's cost stays O(page), not O(surveys). */
  responses?: number;
}

/**
 * Every survey `keep` lets through, from the summaries (one small item each) and settings: what the
 * filters and counts need. Responses are counted later, for the page shown only.
 */
export async function listSurveys(deps: SurveyAdminDeps, keep: (listed: ListedSurvey) => boolean = () => true): Promise<ListedOverview[]> {
  const listed = (await deps.surveyAdmin.list()).filter(keep);
  return Promise.all(
    listed.map(async ({ summary, owner }) => {
      const stored = await deps.surveySettings.read(summary.id);
      return { survey: summary, settings: stored.settings, unreadableSettings: stored.unreadable, settingsVersion: stored.version, ...(owner ? { owner } : {}) };
    }),
  );
}

/** The response count of each survey shown (one counter Query each). */
export async function withResponses<T extends ListedOverview>(deps: Pick<SurveyAdminDeps, 'counters'>, shown: readonly T[]): Promise<(T & { responses: number })[]> {
  return Promise.all(shown.map(async (o) => ({ ...o, responses: await responseCount(deps.counters, o.survey.id) })));
}

/** Draft limits: a per-account and a per-district cap, so no one organizer can slow every list. */
export interface DraftLimits {
  perAccount: number;
  perDistrict: number;
}

export const DEFAULT_DRAFT_LIMITS: DraftLimits = { perAccount: 50, perDistrict: 300 };

/**
 * Refuses a new draft past either cap (409 draft_limit), counted from the summaries. Two creations at
 * the very same moment may each see room for one more: the caps bound the lists, they are no quota.
 */
export async function assertDraftRoom(deps: SurveyAdminDeps, creator: Creator | undefined): Promise<void> {
  const limits = deps.draftLimits ?? DEFAULT_DRAFT_LIMITS;
  const drafts = (await deps.surveyAdmin.list()).filter((l) => l.summary.status === 'draft');
  if (drafts.length >= limits.perDistrict) throw new DraftLimitError('district', limits.perDistrict);
  if (creator && drafts.filter((l) => l.owner === creator.email).length >= limits.perAccount) throw new DraftLimitError('account', limits.perAccount);
}

/**
 * Replaces a draft's whole definition; id, status, kind and creation time stay the server's. With
 * `expectedVersion` (what the editor was showing) a save over someone else's newer save is refused.
 * `editor`: who saves; a front-limited one cannot add another front's units.
 */
export async function replaceDefinition(deps: SurveyAdminDeps, surveyId: string, definition: unknown, expectedVersion?: number, editor?: Creator): Promise<VersionedSurvey> {
  const { survey: current, version, owner } = await existing(deps, surveyId, expectedVersion);
  if (current.status !== 'draft') throw new SurveyFrozenError(surveyId, current.status);
  const fields = typeof definition === 'object' && definition !== null && !Array.isArray(definition) ? definition : {};
  const catalogue = await deps.catalogue.load();
  const sent = checkDefinition({ ...fields, id: current.id, kind: current.kind, status: 'draft', createdAt: current.createdAt, publishedAt: undefined, closedAt: undefined });
  const survey = checkDefinition(withCatalogueFronts(sent, catalogue));
  // A front-limited editor may not list another front's units: the survey would leave its own reach.
  assertUnitsWithin(survey, editor, catalogue);
  return { survey, version: await deps.surveyAdmin.replaceDraft(survey, version, owner) };
}

/**
 * Publishes exactly the definition read here: a save that lands in between makes this a 409, never a
 * lost save. Unit fronts are the catalogue's as of publishing (the frozen survey keeps them), and a
 * limited publisher's survey may reach only its fronts' units.
 */
export async function publishSurvey(deps: SurveyAdminDeps, surveyId: string, expectedVersion?: number, publisher?: Creator): Promise<VersionedSurvey> {
  const { survey: current, version, owner } = await existing(deps, surveyId, expectedVersion);
  if (current.status !== 'draft') throw new SurveyStatusError(surveyId, current.status, 'published');
  const catalogue = await deps.catalogue.load();
  const survey = checkDefinition(withCatalogueFronts({ ...current, status: 'published', publishedAt: deps.clock.now().toISOString() }, catalogue));
  assertUnitsWithin(survey, publisher, catalogue);
  const next = await deps.surveyAdmin.transition(survey, 'draft', version, owner);
  await deps.afterStatusChange?.(survey, owner);
  return { survey, version: next };
}

export async function closeSurvey(deps: SurveyAdminDeps, surveyId: string): Promise<VersionedSurvey> {
  const { survey: current, version, owner } = await existing(deps, surveyId);
  if (current.status !== 'published') throw new SurveyStatusError(surveyId, current.status, 'closed');
  const survey: Survey = { ...current, status: 'closed', closedAt: deps.clock.now().toISOString() };
  const next = await deps.surveyAdmin.transition(survey, 'published', version, owner);
  await deps.afterStatusChange?.(survey, owner);
  return { survey, version: next };
}

function readTime(field: 'opensAt' | 'closesAt', input: string, timeZone: string, issues: FieldIssue[]): string | undefined {
  const date = parseDistrictTime(input, timeZone);
  if (!date) issues.push({ field, message: 'Expected a real date and time in 2000-2100, as YYYY-MM-DDTHH:mm (district time) or ISO 8601 with an offset', zh: '请填写 2000 至 2100 年间的有效日期和时间。' });
  return date?.toISOString();
}

export interface SavedSettings {
  settings: SurveySettings;
  version: number;
}

/**
 * Settings may change at any time, also after publishing (e.g. extending the closing time). With
 * `input.version` (what the form or client read) a save over a newer version is refused; without it,
 * a save racing another still cannot undo it: the write is conditional on the version read here.
 */
export async function updateSettings(deps: SurveyAdminDeps, surveyId: string, input: SurveySettingsInput): Promise<SavedSettings> {
  const stored = await deps.surveySettings.read(surveyId);
  await existing(deps, surveyId);
  if (input.version !== undefined && input.version !== stored.version) throw new EditConflictError('survey settings', surveyId);
  const current = stored.settings;
  const issues: FieldIssue[] = [];
  const next: SurveySettings = { ...current };
  for (const field of ['opensAt', 'closesAt'] as const) {
    const value = input[field];
    if (value === null) delete next[field];
    else if (value !== undefined) {
      const time = readTime(field, value, deps.timeZone, issues);
      if (time) next[field] = time;
    }
  }
  if (input.responseLimit === null) delete next.responseLimit;
  else if (input.responseLimit !== undefined) {
    // Checked here too, not only by the API schema: the dashboard form sends whatever was typed.
    if (Number.isInteger(input.responseLimit) && input.responseLimit >= 1 && input.responseLimit <= 1_000_000) next.responseLimit = input.responseLimit;
    else issues.push({ field: 'responseLimit', message: 'The response limit must be a whole number from 1 to 1,000,000', zh: '回收上限须是 1 至 1,000,000 的整数。' });
  }
  if (input.requireAccessCode !== undefined) next.requireAccessCode = input.requireAccessCode;
  if (input.onePerDevice !== undefined) next.onePerDevice = input.onePerDevice;
  if (next.opensAt && next.closesAt && Date.parse(next.closesAt) <= Date.parse(next.opensAt)) {
    issues.push({ field: 'closesAt', message: 'The closing time must come after the opening time', zh: '截止时间须晚于开始时间。' });
  }
  if (issues.length === 0) {
    // The schema settings are read back with: whatever passes here can always be read again.
    const checked = v.safeParse(SurveySettingsSchema, next);
    if (!checked.success) issues.push(...checked.issues.map((issue) => ({ field: v.getDotPath(issue) ?? '', message: issue.message })));
  }
  if (issues.length > 0) throw new InvalidInputError(issues);
  if (next.responseLimit !== undefined && next.responseLimit !== current.responseLimit) {
    // The running total starts from the responses already stored, invalid ones too (exact unless responses arrive at this very moment).
    await deps.surveySettings.setQuotaCount(surveyId, await responseCount(deps.counters, surveyId, { withInvalid: true }), next.responseLimit);
  }
  const version = await deps.surveySettings.put(surveyId, next, stored.version);
  return { settings: next, version };
}
