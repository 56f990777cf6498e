// The organizers' catalogue edits: create (with a generated id), replace, retire one record, with references checked.
import * as v from 'valibot';
import { CatalogueInputError, RecordNotFoundError } from '../errors.js';
import type { CatalogueProblem } from '../i18n/catalogue-messages.js';
import type { CatalogueRecord, CatalogueRecordRepository, CatalogueRepository, CatalogueSection } from '../catalogue/catalogue-store.js';
import { MAX_OPTIONS } from '../question-types/question-base.js';
import { MAX_UNIT_OPTIONS } from '../question-types/unit.js';
import { RECORD_SCHEMAS, type Catalogue } from '../catalogue/catalogue-schema.js';
import { lookalikeFold } from './lookalike-fold.js';
import { basicFold, cleanName, type NameFold } from '../catalogue/name-lookalikes.js';

export const CATALOGUE_SECTIONS = ['fronts', 'units', 'themes', 'topics', 'experts'] as const satisfies readonly CatalogueSection[];

export { RECORD_SCHEMAS } from '../catalogue/catalogue-schema.js';

export function isCatalogueSection(value: string): value is CatalogueSection {
  return (CATALOGUE_SECTIONS as readonly string[]).includes(value);
}

export interface CatalogueEditDeps {
  catalogue: CatalogueRepository;
  catalogueRecords: CatalogueRecordRepository;
  /** A fresh unique string (a UUID): new records' ids are made from it, never typed. */
  newId: () => string;
}

/**
 * How many active records of a section the templates can carry: each puts a whole section into one
 * question (topics into a ranking, units into the unit question), and a question has a limit.
 */
export const ACTIVE_LIMITS: Partial<Record<CatalogueSection, number>> = { units: MAX_UNIT_OPTIONS, themes: MAX_OPTIONS, topics: MAX_OPTIONS, experts: MAX_OPTIONS };

const ID_PREFIXES: Record<CatalogueSection, string> = { fronts: 'f', units: 'u', themes: 'th', topics: 't', experts: 'e' };

/** A generated id: the section's prefix and 12 hex digits of a UUID (48 bits: no collision in a district's hundreds of records). */
export function newRecordId(section: CatalogueSection, newId: () => string): string {
  return `${ID_PREFIXES[section]}-${newId().replace(/[^A-Za-z0-9]/g, '').slice(-12).toLowerCase()}`;
}

/** The field a record is known by: a topic by its title, everything else by its name. */
export function nameField(section: CatalogueSection): 'name' | 'title' {
  return section === 'topics' ? 'title' : 'name';
}

/**
 * What tells two records of a section apart for people (and for an import matching rows by name): the
 * name, and for experts the name with the organisation (two experts may share a name).
 */
export function recordKey(section: CatalogueSection, record: CatalogueRecord, fold: NameFold = cleanName): string {
  const name = (record as Record<string, unknown>)[nameField(section)];
  const key = typeof name === 'string' ? fold(name) : '';
  return section === 'experts' ? `${key}\u0000${fold((record as Catalogue['experts'][number]).organisation)}` : key;
}

const recordName = (section: CatalogueSection, record: CatalogueRecord) => String((record as Record<string, unknown>)[nameField(section)] ?? '');

/** References must name records that exist (retired ones included: retiring never breaks a record). */
function referenceProblems(catalogue: Catalogue, section: CatalogueSection, record: CatalogueRecord): CatalogueProblem[] {
  const has = (list: readonly { id: string }[], id: string) => list.some((item) => item.id === id);
  if (section === 'units') {
    const unit = record as Catalogue['units'][number];
    return has(catalogue.fronts, unit.front) ? [] : [{ code: 'unknown_front', field: 'front' }];
  }
  if (section === 'topics') {
    const topic = record as Catalogue['topics'][number];
    return has(catalogue.themes, topic.theme) ? [] : [{ code: 'unknown_theme', field: 'theme' }];
  }
  if (section === 'experts') {
    const expert = record as Catalogue['experts'][number];
    if (new Set(expert.topics).size < expert.topics.length) return [{ code: 'duplicate_topic', field: 'topics' }];
    return expert.topics.flatMap((id, i) => (has(catalogue.topics, id) ? [] : [{ code: 'unknown_topic' as const, field: `topics.${i}` }]));
  }
  return [];
}

/** A record becoming active must leave the section within what a template question can list. */
function activeLimitProblems(catalogue: Catalogue, section: CatalogueSection, record: CatalogueRecord): CatalogueProblem[] {
  const limit = ACTIVE_LIMITS[section];
  if (limit === undefined || record.retired) return [];
  const others = (catalogue[section] as readonly CatalogueRecord[]).filter((item) => !item.retired && item.id !== record.id).length;
  return others + 1 > limit ? [{ code: 'active_limit', field: 'retired', limit }] : [];
}

/**
 * Another record of the section with the same name (and organisation, for experts) would make "by name"
 * ambiguous; one whose name only looks the same (full-width letters, traditional characters, invisible
 * characters, another Unicode form) would too, and is refused naming the record it resembles.
 */
function duplicateNameProblems(catalogue: Catalogue, section: CatalogueSection, record: CatalogueRecord, fold: NameFold): CatalogueProblem[] {
  const others = (catalogue[section] as readonly CatalogueRecord[]).filter((item) => item.id !== record.id);
  if (others.some((item) => recordKey(section, item) === recordKey(section, record))) return [{ code: 'duplicate_name', field: nameField(section) }];
  const key = recordKey(section, record, fold);
  const resembled = others.find((item) => recordKey(section, item, fold) === key);
  return resembled ? [{ code: 'lookalike_name', field: nameField(section), value: recordName(section, resembled) }] : [];
}

/**
 * Every rule a record must keep against the rest of the catalogue: the forms, the API and the import
 * share it. `fold` compares names for look-alikes (`lookalikeFold()` where it can be awaited).
 */
export function recordProblems(catalogue: Catalogue, section: CatalogueSection, record: CatalogueRecord, fold: NameFold = basicFold): CatalogueProblem[] {
  return [...referenceProblems(catalogue, section, record), ...duplicateNameProblems(catalogue, section, record, fold), ...activeLimitProblems(catalogue, section, record)];
}

/** A schema issue as a problem beside its field (never repeating the value). */
function schemaProblem(issue: v.BaseIssue<unknown>): CatalogueProblem {
  const field = (v.getDotPath(issue) ?? '').slice(0, 100);
  if (issue.type === 'regex') return { code: 'invalid_id', field };
  if (issue.type === 'max_length') return { code: 'too_long', field, limit: Number(issue.requirement) };
  if (issue.type === 'min_length' || (issue.input === undefined && issue.kind === 'schema')) return { code: 'required', field };
  return { code: 'invalid', field };
}

export function recordSchemaProblems(section: CatalogueSection, input: unknown): { record?: CatalogueRecord; problems: CatalogueProblem[] } {
  const parsed = v.safeParse(RECORD_SCHEMAS[section], input);
  if (parsed.success) return { record: parsed.output, problems: [] };
  return { problems: parsed.issues.slice(0, 20).map(schemaProblem) };
}

export function parseRecord(section: CatalogueSection, input: unknown): CatalogueRecord {
  const { record, problems } = recordSchemaProblems(section, input);
  if (!record) throw new CatalogueInputError(problems);
  return record;
}

const asFields = (input: unknown): Record<string, unknown> => (typeof input === 'object' && input !== null && !Array.isArray(input) ? (input as Record<string, unknown>) : {});

/** A new record; its id is generated unless the caller gives one (the JSON API keeps accepting ids). */
export async function createRecord(deps: CatalogueEditDeps, section: CatalogueSection, input: unknown): Promise<CatalogueRecord> {
  const fields = asFields(input);
  const record = parseRecord(section, fields === input && fields.id === undefined ? { ...fields, id: newRecordId(section, deps.newId) } : input);
  const [catalogue, fold] = await Promise.all([deps.catalogue.load(), lookalikeFold()]);
  const problems = recordProblems(catalogue, section, record, fold);
  if (problems.length > 0) throw new CatalogueInputError(problems);
  await deps.catalogueRecords.create(section, record);
  return record;
}

export async function replaceRecord(deps: Omit<CatalogueEditDeps, 'newId'>, section: CatalogueSection, id: string, input: unknown): Promise<CatalogueRecord> {
  const record = parseRecord(section, { ...asFields(input), id });
  const [catalogue, fold] = await Promise.all([deps.catalogue.load(), lookalikeFold()]);
  if (!catalogue[section].some((item) => item.id === id)) throw new RecordNotFoundError(section, id);
  const problems = recordProblems(catalogue, section, record, fold);
  if (problems.length > 0) throw new CatalogueInputError(problems);
  await deps.catalogueRecords.replace(section, record);
  return record;
}

/** Retired records stay (old surveys and reports name them) but leave new templates. */
export async function setRetired(deps: Omit<CatalogueEditDeps, 'newId'>, section: CatalogueSection, id: string, retired: boolean): Promise<CatalogueRecord> {
  const catalogue = await deps.catalogue.load();
  const current = catalogue[section].find((item) => item.id === id);
  if (!current) throw new RecordNotFoundError(section, id);
  const record = { ...current, retired };
  const problems = activeLimitProblems(catalogue, section, record);
  if (problems.length > 0) throw new CatalogueInputError(problems);
  await deps.catalogueRecords.replace(section, record);
  return record;
}
