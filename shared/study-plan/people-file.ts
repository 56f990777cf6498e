// People of units as a spreadsheet, the catalogue's way (shared/catalogue-admin): Chinese column names,
// .xlsx or CSV (UTF-8 with BOM; GBK read too), cells only ever text. An import plans every row (added,
// changed, unchanged or refused with its reasons) before anything is written; rows match people by 编号
// when given, else by name within the unit, so importing the same file twice changes nothing.
import { ImportBusyError } from '../errors.js';
import type { Catalogue } from '../catalogue/catalogue-schema.js';
import { ACTIVE_WORDS, RETIRED_WORD } from '../catalogue-admin/catalogue-columns.js';
import { readCatalogueFile, type ImportSheet } from '../catalogue-admin/catalogue-file.js';
import { csvRows } from '../kernel/csv.js';
import { loadExcelJs } from '../kernel/exceljs.js';
import { isId } from '../kernel/ids.js';
import type { Clock } from '../kernel/clock.js';
import type { Locale } from '../kernel/locale.js';
import type { MetaRepository } from '../kernel/meta-store.js';
import { studyPlanMessages, type StudyProblem } from '../i18n/study-plan-messages.js';
import { duplicateOf, newPersonId, personFrom, type PeopleDeps } from './manage-people.js';
import { PERSON_ROLES, personKey, type Person, type PersonRole } from './person-schema.js';

const HEADERS = ['编号', '姓名', '职务', '单位', '身份', '状态'] as const;
const ROLE_WORDS: Record<PersonRole, string> = { member: '中心组成员', head: '单位负责人' };
const SHEET = '人员';

function rows(people: readonly Person[]): string[][] {
  return people.map((p) => [p.id, p.name, p.post, p.unit, ROLE_WORDS[p.role], p.retired ? RETIRED_WORD : '']);
}

export function peopleCsv(people: readonly Person[]): string {
  return csvRows([[...HEADERS], ...rows(people)], { bom: true });
}

export async function peopleXlsx(people: readonly Person[]): Promise<Buffer> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(SHEET);
  sheet.columns = HEADERS.map((header, i) => ({ header, width: i === 3 ? 32 : i === 2 ? 28 : 16 }));
  sheet.getRow(1).font = { bold: true };
  // Strings only: ExcelJS writes them as text, never as formulas.
  for (const row of rows(people)) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export type PeopleRowOutcome = 'add' | 'change' | 'same' | 'refuse';

export interface PeopleImportRow {
  row: number;
  name: string;
  outcome: PeopleRowOutcome;
  reasons: string[];
}

export interface PeopleImportPlan {
  rows: PeopleImportRow[];
  counts: Record<PeopleRowOutcome, number>;
  creates: Person[];
  changes: Person[];
}

function roleOf(text: string): PersonRole | undefined {
  const word = text.trim();
  return PERSON_ROLES.find((role) => ROLE_WORDS[role] === word || role === word);
}

/** The sheet holding people: one named 人员, else the first whose header has 姓名. */
function peopleSheet(sheets: readonly ImportSheet[]): ImportSheet | undefined {
  return sheets.find((s) => s.name === SHEET) ?? sheets.find((s) => s.headers.includes('姓名'));
}

export function planPeopleImport(catalogue: Pick<Catalogue, 'units'>, people: readonly Person[], sheets: readonly ImportSheet[], newId: () => string, locale: Locale): PeopleImportPlan {
  const t = studyPlanMessages(locale).problems;
  const working = [...people];
  const plan: PeopleImportPlan = { rows: [], counts: { add: 0, change: 0, same: 0, refuse: 0 }, creates: [], changes: [] };
  const sheet = peopleSheet(sheets);
  const touched = new Set<string>();
  for (const { number, cells } of sheet?.rows ?? []) {
    const column = (header: string) => {
      const i = sheet!.headers.indexOf(header);
      return i < 0 ? undefined : (cells[i] ?? '').trim();
    };
    const name = column('姓名') ?? '';
    const result = (outcome: PeopleRowOutcome, problems: StudyProblem[] = []) => {
      plan.rows.push({ row: number, name, outcome, reasons: problems.map((p) => t[p]) });
      plan.counts[outcome]++;
    };
    const idText = column('编号') ?? '';
    const unitText = column('单位') ?? '';
    const problems: StudyProblem[] = [];
    if (idText && !isId(idText)) problems.push('invalid_id');
    if (!name) problems.push('required');
    const role = roleOf(column('身份') ?? '');
    if (!role) problems.push('invalid_role');
    const statusText = column('状态') ?? '';
    if (statusText !== RETIRED_WORD && !ACTIVE_WORDS.includes(statusText)) problems.push('invalid_status');
    if (problems.length > 0 || !role) {
      result('refuse', problems);
      continue;
    }
    // The person the row means: by id when given, else by name within the unit.
    const existing = idText ? working.find((p) => p.id === idText) : working.find((p) => personKey(p) === personKey({ name, unit: unitText }));
    const id = existing?.id ?? (idText || newPersonId(newId));
    if (touched.has(id)) {
      result('refuse', ['duplicate_row']);
      continue;
    }
    const retired = statusText === RETIRED_WORD ? true : existing?.retired !== undefined ? false : undefined;
    const { person, problems: refused } = personFrom(catalogue, id, {
      name,
      post: column('职务') || existing?.post || '',
      ...(unitText ? { unit: unitText } : existing ? { unit: existing.unit } : {}),
      role,
      ...(retired !== undefined ? { retired } : {}),
    });
    if (!person) {
      result('refuse', refused.map((p) => p.problem));
      continue;
    }
    if (!person.post) {
      result('refuse', ['required']);
      continue;
    }
    if (duplicateOf(working, person)) {
      result('refuse', ['duplicate_person']);
      continue;
    }
    touched.add(id);
    if (existing) {
      if (JSON.stringify({ ...existing, retired: existing.retired === true }) === JSON.stringify({ ...person, retired: person.retired === true })) {
        result('same');
        continue;
      }
      working.splice(working.indexOf(existing), 1, person);
      plan.changes.push(person);
      result('change');
    } else {
      working.push(person);
      plan.creates.push(person);
      result('add');
    }
  }
  return plan;
}

const LEASE = 'people-import';
const LEASE_MS = 120_000;

/** Reads, plans and (when asked) applies a people file; one import at a time per district, as the catalogue's. */
export async function importPeopleFile(deps: PeopleDeps & { meta: MetaRepository; clock: Clock }, bytes: Uint8Array, apply: boolean, locale: Locale): Promise<PeopleImportPlan> {
  const holder = deps.newId();
  const now = deps.clock.now();
  if (!(await deps.meta.takeLease(LEASE, holder, now, new Date(now.getTime() + LEASE_MS)))) throw new ImportBusyError();
  try {
    const sheets = await readCatalogueFile(bytes);
    const [catalogue, people] = await Promise.all([deps.catalogue.load(), deps.people.list()]);
    const plan = planPeopleImport(catalogue, people, sheets, deps.newId, locale);
    if (apply) {
      for (let i = 0; i < plan.changes.length; i += 10) await Promise.all(plan.changes.slice(i, i + 10).map((p) => deps.people.replace(p)));
      await deps.people.createMany(plan.creates);
    }
    return plan;
  } finally {
    await deps.meta.releaseLease(LEASE, holder);
  }
}
