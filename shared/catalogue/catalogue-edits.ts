// The organizers' catalogue edits: create, replace, retire one record, with references checked.
import * as v from 'valibot';
import { InvalidInputError, RecordNotFoundError, type FieldIssue } from '../errors.js';
import type { CatalogueRecord, CatalogueRecordRepository, CatalogueRepository, CatalogueSection } from '../storage/ports.js';
import { MAX_OPTIONS } from '../question-types/question-base.js';
import { MAX_UNIT_OPTIONS } from '../question-types/unit.js';
import { ExpertRecordSchema, FrontRecordSchema, ThemeRecordSchema, TopicRecordSchema, UnitRecordSchema, type Catalogue } from './catalogue-schema.js';

export const CATALOGUE_SECTIONS = ['fronts', 'units', 'themes', 'topics', 'experts'] as const satisfies readonly CatalogueSection[];

export const RECORD_SCHEMAS = {
  fronts: FrontRecordSchema,
  units: UnitRecordSchema,
  themes: ThemeRecordSchema,
  topics: TopicRecordSchema,
  experts: ExpertRecordSchema,
} as const;

export function isCatalogueSection(value: string): value is CatalogueSection {
  return (CATALOGUE_SECTIONS as readonly string[]).includes(value);
}

export interface CatalogueEditDeps {
  catalogue: CatalogueRepository;
  catalogueRecords: CatalogueRecordRepository;
}

/**
 * How many active records of a section the templates can carry: each puts a whole section into one
 * question (topics into a ranking, units into the unit question), and a question has a limit.
 */
export const ACTIVE_LIMITS: Partial<Record<CatalogueSection, number>> = { units: MAX_UNIT_OPTIONS, themes: MAX_OPTIONS, topics: MAX_OPTIONS, experts: MAX_OPTIONS };

/** References must name records that exist (retired ones included: retiring never breaks a record). */
function referenceIssues(catalogue: Catalogue, section: CatalogueSection, record: CatalogueRecord): FieldIssue[] {
  const has = (list: readonly { id: string }[], id: string) => list.some((item) => item.id === id);
  if (section === 'units') {
    const unit = record as Catalogue['units'][number];
    return has(catalogue.fronts, unit.front) ? [] : [{ field: 'front', message: 'No front has this id.' }];
  }
  if (section === 'topics') {
    const topic = record as Catalogue['topics'][number];
    return has(catalogue.themes, topic.theme) ? [] : [{ field: 'theme', message: 'No theme has this id.' }];
  }
  if (section === 'experts') {
    const expert = record as Catalogue['experts'][number];
    if (new Set(expert.topics).size < expert.topics.length) return [{ field: 'topics', message: 'Each topic may be listed once.' }];
    return expert.topics.flatMap((id, i) => (has(catalogue.topics, id) ? [] : [{ field: `topics.${i}`, message: 'No topic has this id.' }]));
  }
  return [];
}

/** A record becoming active must leave the section within what a template question can list. */
function activeLimitIssues(catalogue: Catalogue, section: CatalogueSection, record: CatalogueRecord): FieldIssue[] {
  const limit = ACTIVE_LIMITS[section];
  if (limit === undefined || record.retired) return [];
  const others = (catalogue[section] as readonly CatalogueRecord[]).filter((item) => !item.retired && item.id !== record.id).length;
  return others + 1 > limit ? [{ field: 'retired', message: `At most ${limit} active records of this kind fit in a survey template; retire one first.` }] : [];
}

export function parseRecord(section: CatalogueSection, input: unknown): CatalogueRecord {
  const parsed = v.safeParse(RECORD_SCHEMAS[section], input);
  if (parsed.success) return parsed.output;
  throw new InvalidInputError(
    parsed.issues.slice(0, 20).map((issue) => ({ field: (v.getDotPath(issue) ?? '').slice(0, 100), message: `Expected ${issue.expected ?? 'a valid value'}`.slice(0, 200) })),
  );
}

export async function createRecord(deps: CatalogueEditDeps, section: CatalogueSection, input: unknown): Promise<CatalogueRecord> {
  const record = parseRecord(section, input);
  const catalogue = await deps.catalogue.load();
  const issues = [...referenceIssues(catalogue, section, record), ...activeLimitIssues(catalogue, section, record)];
  if (issues.length > 0) throw new InvalidInputError(issues);
  await deps.catalogueRecords.create(section, record);
  return record;
}

export async function replaceRecord(deps: CatalogueEditDeps, section: CatalogueSection, id: string, input: unknown): Promise<CatalogueRecord> {
  const fields = typeof input === 'object' && input !== null && !Array.isArray(input) ? input : {};
  const record = parseRecord(section, { ...fields, id });
  const catalogue = await deps.catalogue.load();
  if (!catalogue[section].some((item) => item.id === id)) throw new RecordNotFoundError(section, id);
  const issues = [...referenceIssues(catalogue, section, record), ...activeLimitIssues(catalogue, section, record)];
  if (issues.length > 0) throw new InvalidInputError(issues);
  await deps.catalogueRecords.replace(section, record);
  return record;
}

/** Retired records stay (old surveys and reports name them) but leave new templates. */
export async function setRetired(deps: CatalogueEditDeps, section: CatalogueSection, id: string, retired: boolean): Promise<CatalogueRecord> {
  const catalogue = await deps.catalogue.load();
  const current = catalogue[section].find((item) => item.id === id);
  if (!current) throw new RecordNotFoundError(section, id);
  const record = { ...current, retired };
  const issues = activeLimitIssues(catalogue, section, record);
  if (issues.length > 0) throw new InvalidInputError(issues);
  await deps.catalogueRecords.replace(section, record);
  return record;
}
