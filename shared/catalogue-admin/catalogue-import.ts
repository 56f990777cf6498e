// Catalogue import: rows of a spreadsheet → a plan that says, per row, what would be added, changed,
// left unchanged or refused and why → applied record by record. Rows match records by id when the row
// gives one, else by name, so importing the same file twice changes nothing. No HTTP, no storage here
// beyond the repositories passed in.
import type { CatalogueProblem } from '../i18n/catalogue-messages.js';
import type { CatalogueRecord, CatalogueRecordRepository, CatalogueSection } from '../catalogue/catalogue-store.js';
import { isId } from '../kernel/ids.js';
import { ACTIVE_WORDS, ID_COLUMN, LIST_SPLIT, RETIRED_WORD, SECTION_COLUMN, SECTION_COLUMNS, sectionOfWord, SECTION_WORDS } from './catalogue-columns.js';
import type { Clock } from '../kernel/clock.js';
import { ImportBusyError } from '../errors.js';
import type { MetaRepository } from '../kernel/meta-store.js';
import { nameField, newRecordId, recordProblems, recordSchemaProblems, type CatalogueEditDeps } from './catalogue-edits.js';
import { lookalikeFold } from './lookalike-fold.js';
import { basicFold, type NameFold } from '../catalogue/name-lookalikes.js';
import { readCatalogueFile, type ImportSheet } from './catalogue-file.js';
import type { Catalogue } from '../catalogue/catalogue-schema.js';

export type RowOutcome = 'add' | 'change' | 'same' | 'refuse';

export interface PlannedRow {
  sheet: string;
  /** The row number the spreadsheet shows. */
  row: number;
  section?: CatalogueSection;
  /** The record's name as the row gives it (what a person recognises the row by). */
  name: string;
  id?: string;
  outcome: RowOutcome;
  /** Changed record fields (outcome "change"). */
  changes: string[];
  problems: CatalogueProblem[];
}

export interface CatalogueWrite {
  section: CatalogueSection;
  record: CatalogueRecord;
  create: boolean;
}

export interface ImportPlan {
  rows: PlannedRow[];
  counts: Record<RowOutcome, number>;
  /** What applying does, in dependency order (fronts and themes before the units and topics naming them). */
  writes: CatalogueWrite[];
}

type Row = { sheet: string; order: number; number: number; section?: CatalogueSection; cell: (header: string) => string | undefined };

/** Every data row with its section: a sheet named after a section, or a 类别 column (CSV, or a single sheet). */
function rowsOf(sheets: readonly ImportSheet[]): { rows: Row[]; ignored: (PlannedRow & { order: number })[] } {
  const rows: Row[] = [];
  const ignored: (PlannedRow & { order: number })[] = [];
  let order = 0;
  for (const sheet of sheets) {
    const column = new Map(sheet.headers.map((header, i) => [header, i] as const).reverse());
    const sectionColumn = column.get(SECTION_COLUMN);
    const sheetSection = sectionOfWord(sheet.name);
    if (sectionColumn === undefined && !sheetSection) continue; // a notes sheet or similar: not the catalogue
    for (const { number, cells } of sheet.rows) {
      if (cells.every((c) => c === '')) continue;
      const cell = (header: string) => {
        const i = column.get(header);
        return i === undefined ? undefined : (cells[i] ?? '');
      };
      const section = sectionColumn !== undefined ? sectionOfWord(cells[sectionColumn] ?? '') : sheetSection;
      if (!section) {
        ignored.push({ order: order++, sheet: sheet.name, row: number, name: '', outcome: 'refuse', changes: [], problems: [{ code: 'unknown_section', field: 'section' }] });
        continue;
      }
      rows.push({ sheet: sheet.name, order: order++, number, section, cell });
    }
  }
  return { rows, ignored };
}

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Fields that differ; a record not retired reads the same whether it says `retired: false` or nothing. */
function changedFields(before: CatalogueRecord, after: CatalogueRecord): string[] {
  const a = before as unknown as Record<string, unknown>;
  const b = after as unknown as Record<string, unknown>;
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((key) => (key === 'retired' ? (a[key] === true) !== (b[key] === true) : !sameValue(a[key], b[key])));
}

interface Lookup {
  id: string;
  name?: string;
  title?: string;
}

/** A reference cell to an id: an id first, then a unique name. */
function resolve(list: readonly Lookup[], text: string): string | undefined {
  if (list.some((item) => item.id === text)) return text;
  const named = list.filter((item) => (item.name ?? item.title) === text);
  return named.length === 1 ? named[0]!.id : undefined;
}

/** `fold`: how names are compared for look-alikes (the full `lookalikeFold()` where the caller can await it). */
export function planImport(catalogue: Catalogue, sheets: readonly ImportSheet[], newId: () => string, fold: NameFold = basicFold): ImportPlan {
  const working: Catalogue = { fronts: [...catalogue.fronts], units: [...catalogue.units], themes: [...catalogue.themes], topics: [...catalogue.topics], experts: [...catalogue.experts] };
  const { rows, ignored } = rowsOf(sheets);
  const planned: (PlannedRow & { order: number })[] = [];
  const writes: CatalogueWrite[] = [];
  /** Records this file already touched, by section and id: the row that did. */
  const touched = new Map<string, number>();
  /** Names of rows refused in this file, so a row naming one says why it fails too. */
  const refusedNames: Record<CatalogueSection, Set<string>> = { fronts: new Set(), units: new Set(), themes: new Set(), topics: new Set(), experts: new Set() };

  // Dependency order: a unit may name a front added a few rows (or sheets) later in the file.
  const ORDER: CatalogueSection[] = ['fronts', 'themes', 'units', 'topics', 'experts'];
  for (const section of ORDER) {
    const list = () => working[section] as CatalogueRecord[];
    const nameKey = nameField(section);
    const nameHeader = SECTION_WORDS[section];
    for (const row of rows.filter((r) => r.section === section)) {
      const name = row.cell(nameHeader) ?? '';
      const idText = row.cell(ID_COLUMN) ?? '';
      const result = (outcome: RowOutcome, problems: CatalogueProblem[], id?: string, changes: string[] = []) => {
        planned.push({ sheet: row.sheet, row: row.number, order: row.order, section, name, ...(id ? { id } : {}), outcome, changes, problems });
        if (outcome === 'refuse' && name) refusedNames[section].add(name);
      };
      const early: CatalogueProblem[] = [];
      if (idText && !isId(idText)) early.push({ code: 'invalid_id', field: 'id' });
      if (!name) early.push({ code: 'required', field: nameKey });
      if (early.length > 0) {
        result('refuse', early);
        continue;
      }

      // The record the row means: by id when given, else by name (experts narrowed by organisation).
      let existing: CatalogueRecord | undefined;
      if (idText) existing = list().find((r) => r.id === idText);
      else {
        let named = list().filter((r) => (r as unknown as Record<string, unknown>)[nameKey] === name);
        const organisation = row.cell('工作单位');
        if (section === 'experts' && named.length > 1 && organisation) named = named.filter((r) => (r as Catalogue['experts'][number]).organisation === organisation);
        if (named.length > 1) {
          result('refuse', [{ code: 'ambiguous_name', field: nameKey }]);
          continue;
        }
        existing = named[0];
      }
      const id = existing?.id ?? (idText || newRecordId(section, newId));
      const earlier = touched.get(`${section}:${id}`);
      if (earlier !== undefined) {
        result('refuse', [{ code: 'duplicate_row', field: nameKey, limit: earlier }], existing ? id : undefined);
        continue;
      }

      // The record as the row has it: the row's columns over the stored record (a missing column keeps its value).
      const draft: Record<string, unknown> = existing ? { ...existing } : { id, ...(section === 'experts' ? { topics: [] } : {}) };
      const problems: CatalogueProblem[] = [];
      for (const column of SECTION_COLUMNS[section]) {
        const text = row.cell(column.header);
        if (text === undefined || column.kind === 'id') continue;
        if (column.kind === 'text') {
          if (text === '') delete draft[column.field];
          else draft[column.field] = text;
        } else if (column.kind === 'count') {
          if (text === '') delete draft[column.field];
          else if (/^\d{1,3}$/.test(text)) draft[column.field] = Number(text);
          else problems.push({ code: 'invalid', field: column.field, value: text });
        } else if (column.kind === 'retired') {
          if (text === RETIRED_WORD) draft.retired = true;
          else if (ACTIVE_WORDS.includes(text)) {
            if (draft.retired !== undefined) draft.retired = false;
          } else problems.push({ code: 'invalid', field: 'retired' });
        } else if (column.kind === 'front' || column.kind === 'theme') {
          const target: CatalogueSection = column.kind === 'front' ? 'fronts' : 'themes';
          if (text === '') {
            delete draft[column.field];
            continue;
          }
          const found = resolve(working[target], text);
          if (found) draft[column.field] = found;
          else problems.push({ code: refusedNames[target].has(text) ? 'refused_reference' : column.kind === 'front' ? 'unknown_front' : 'unknown_theme', field: column.field, value: text });
        } else {
          const ids: string[] = [];
          for (const title of text.split(LIST_SPLIT).map((t) => t.trim()).filter(Boolean)) {
            const found = resolve(working.topics, title);
            if (found) ids.push(found);
            else problems.push({ code: refusedNames.topics.has(title) ? 'refused_reference' : 'unknown_topic', field: column.field, value: title });
          }
          draft[column.field] = ids;
        }
      }
      if (problems.length > 0) {
        result('refuse', problems, existing?.id);
        continue;
      }
      const parsed = recordSchemaProblems(section, draft);
      const record = parsed.record;
      const refusals = record ? recordProblems(working, section, record, fold) : parsed.problems;
      if (!record || refusals.length > 0) {
        result('refuse', refusals, existing?.id);
        continue;
      }

      touched.set(`${section}:${id}`, row.number);
      if (existing) {
        const changes = changedFields(existing, record);
        if (changes.length === 0) {
          result('same', [], id);
          continue;
        }
        (working[section] as CatalogueRecord[]) = list().map((r) => (r.id === id ? record : r));
        writes.push({ section, record, create: false });
        result('change', [], id, changes);
      } else {
        (working[section] as CatalogueRecord[]) = [...list(), record];
        writes.push({ section, record, create: true });
        // A generated id is not shown: the preview's and the apply's differ (each plan makes its own).
        result('add', [], idText || undefined);
      }
    }
  }

  const all = [...planned, ...ignored].sort((a, b) => a.order - b.order).map(({ order: _order, ...row }) => row);
  const counts: Record<RowOutcome, number> = { add: 0, change: 0, same: 0, refuse: 0 };
  for (const row of all) counts[row.outcome]++;
  return { rows: all, counts, writes };
}

/**
 * Writes the plan a section at a time (fronts and themes before what names them), a few records at once.
 * Not one transaction (a catalogue can exceed 100 items): if a write fails half-way, importing the same
 * file again finishes the job, as rows match by name.
 */
export async function applyImport(records: CatalogueRecordRepository, plan: ImportPlan): Promise<void> {
  for (const section of ['fronts', 'themes', 'units', 'topics', 'experts'] as const) {
    const writes = plan.writes.filter((w) => w.section === section);
    const changes = writes.filter((w) => !w.create);
    for (let i = 0; i < changes.length; i += 10) await Promise.all(changes.slice(i, i + 10).map((w) => records.replace(section, w.record)));
    await records.createMany(section, writes.filter((w) => w.create).map((w) => w.record));
  }
}

/** How long one import may hold the district's import lease (reading and applying 5,000 rows takes well under it). */
const IMPORT_LEASE_MS = 120_000;
const IMPORT_LEASE = 'catalogue-import';

/**
 * Reads a file, plans it against the stored catalogue and, when asked, applies that plan: the same steps
 * for the page, the API and the CLI. One import at a time per district (a lease item): a file may unpack
 * to megabytes, and four at once must not take the organizer function's memory (409 import_busy).
 */
export async function importCatalogueFile(deps: CatalogueEditDeps & { meta: MetaRepository; clock: Clock }, bytes: Uint8Array, apply: boolean): Promise<ImportPlan> {
  const holder = deps.newId();
  const now = deps.clock.now();
  if (!(await deps.meta.takeLease(IMPORT_LEASE, holder, now, new Date(now.getTime() + IMPORT_LEASE_MS)))) throw new ImportBusyError();
  try {
    const sheets = await readCatalogueFile(bytes);
    const plan = planImport(await deps.catalogue.load(), sheets, deps.newId, await lookalikeFold());
    if (apply) await applyImport(deps.catalogueRecords, plan);
    return plan;
  } finally {
    await deps.meta.releaseLease(IMPORT_LEASE, holder);
  }
}
