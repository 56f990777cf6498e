// The one scope check: what a front-limited account (限定战线) may see and manage. An admin limits an
// organizer (or viewer) to some fronts; it then reaches only the surveys it created whose units all
// lie in those fronts, the lectures, requests and units of those fronts, and nothing district-wide.
import type { Catalogue } from '../catalogue/catalogue-schema.js';
import { OutOfScopeError } from '../errors.js';
import type { SurveySummary } from '../survey/survey-summary.js';
import type { Survey } from '../survey/survey-schema.js';

/** A limited account's reach; `undefined` stands for the whole district (admins, accounts without fronts). */
export interface AccountScope {
  email: string;
  fronts: ReadonlySet<string>;
}

/** What an object is, as far as reach goes. */
export type ScopedObject =
  /** A survey: who created it and the fronts of the units it lists. */
  | { kind: 'survey'; owner?: string | undefined; unitFronts: readonly string[] }
  /** A lecture, request or unit: the fronts of the units it belongs to. */
  | { kind: 'units'; fronts: readonly string[] }
  /** Data that spans the district (menus and their request boards, scorecards, programme totals, every unit's link). */
  | { kind: 'district' };

export function accountScope(session: { email: string; role: string; fronts?: readonly string[] | undefined }): AccountScope | undefined {
  if (session.role === 'admin' || !session.fronts || session.fronts.length === 0) return undefined;
  return { email: session.email, fronts: new Set(session.fronts) };
}

/** The check itself: every route kind and every list asks this, and nothing else decides reach. */
export function inScope(scope: AccountScope | undefined, object: ScopedObject): boolean {
  if (!scope) return true;
  if (object.kind === 'district') return false;
  if (object.kind === 'survey') return object.owner === scope.email && object.unitFronts.every((f) => scope.fronts.has(f));
  // An object of no unit at all belongs to the whole district, so to no limited account.
  return object.fronts.length > 0 && object.fronts.every((f) => scope.fronts.has(f));
}

/**
 * The fronts of the units a survey lists (its unit questions' options). With the catalogue, a unit it
 * knows counts under the catalogue's front whatever the stored option says (a definition stored
 * before fronts were taken from the catalogue may name another).
 */
export function surveyUnitFronts(survey: SurveyUnits, catalogue?: Catalogue): string[] {
  const known = new Map((catalogue?.units ?? []).map((u) => [u.id, u.front]));
  return [...new Set(unitsOf(survey).map((u) => known.get(u.id) ?? u.front))];
}

/** A survey's units: read from its definition, or from its summary (lists never read definitions). */
type SurveyUnits = Pick<Survey, 'questions'> | Pick<SurveySummary, 'units' | 'hasUnitQuestion'>;

function unitsOf(survey: SurveyUnits): { id: string; front: string }[] {
  if ('units' in survey) return survey.units;
  return survey.questions.flatMap((q) => (q.type === 'unit' ? q.options.map((o) => ({ id: o.id, front: o.front })) : []));
}

const hasUnitQuestion = (survey: SurveyUnits) => ('units' in survey ? survey.hasUnitQuestion : survey.questions.some((q) => q.type === 'unit'));

/** The units a survey lists that lie outside these fronts by the catalogue (or that the catalogue does not know). */
export function unitsOutside(survey: Pick<Survey, 'questions'>, fronts: readonly string[], catalogue: Catalogue): { id: string; label: string }[] {
  const allowed = new Set(fronts);
  const units = new Map(catalogue.units.map((u) => [u.id, u]));
  const outside = new Map<string, string>();
  for (const q of survey.questions) {
    if (q.type !== 'unit') continue;
    for (const o of q.options) {
      const unit = units.get(o.id);
      if (!unit || !allowed.has(unit.front)) outside.set(o.id, unit?.name ?? o.label);
    }
  }
  return [...outside].map(([id, label]) => ({ id, label }));
}

/** A limited account's survey may list only units of its fronts: 403 naming every other one. */
export function assertUnitsWithin(survey: Pick<Survey, 'questions'>, account: Creator | undefined, catalogue: Catalogue): void {
  if (!account?.fronts || account.fronts.length === 0) return;
  const outside = unitsOutside(survey, account.fronts, catalogue);
  if (outside.length > 0) throw new OutOfScopeError('units of another front', outside);
}

/**
 * Which units a survey reaches (its unit pages, its status board, the unit links it files under): the
 * units its unit question lists; without one, every unit, or, when its owner is front-limited, the
 * units of the owner's fronts (its reach never passes its owner's).
 */
export type SurveyReach = { unitIds: readonly string[] } | { fronts: readonly string[] } | 'district';

export function surveyReach(survey: SurveyUnits, ownerFronts: readonly string[] | undefined): SurveyReach {
  if (hasUnitQuestion(survey)) return { unitIds: [...new Set(unitsOf(survey).map((u) => u.id))] };
  return ownerFronts && ownerFronts.length > 0 ? { fronts: ownerFronts } : 'district';
}

export function reaches(reach: SurveyReach, unit: { id: string; front: string }): boolean {
  if (reach === 'district') return true;
  return 'unitIds' in reach ? reach.unitIds.includes(unit.id) : reach.fronts.includes(unit.front);
}

/**
 * A new survey of a limited account lists only its fronts' units (a template lists the whole
 * district's), so everything the survey collects stays within its reach.
 */
export function withinFronts<S extends Pick<Survey, 'questions' | 'fronts'>>(survey: S, fronts: readonly string[] | undefined): S {
  if (!fronts || fronts.length === 0) return survey;
  const allowed = new Set(fronts);
  return {
    ...survey,
    ...(survey.fronts ? { fronts: survey.fronts.filter((f) => allowed.has(f.id)) } : {}),
    questions: survey.questions.map((q) => (q.type === 'unit' ? { ...q, options: q.options.filter((o) => allowed.has(o.front)) } : q)),
  };
}

/** Who creates a survey: it becomes theirs, cut to their fronts when they are limited. */
export interface Creator {
  email: string;
  fronts?: readonly string[] | undefined;
}

export function creatorOf(session: { email: string; role: string; fronts?: readonly string[] | undefined }): Creator {
  const scope = accountScope(session);
  return { email: session.email, ...(scope ? { fronts: [...scope.fronts] } : {}) };
}
