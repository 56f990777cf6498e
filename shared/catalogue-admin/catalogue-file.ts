// Reads an import file (.xlsx or CSV in UTF-8 or GBK) into sheets of text cells, and writes the catalogue
// as .xlsx (a sheet per section) or CSV (a 类别 column). Cells are only ever text: a formula is never
// evaluated, on the way in (its text is kept, inert) or out (CSV neutralises, .xlsx writes strings).
import { parse } from 'csv-parse/sync';
import { UnreadableFileError } from '../errors.js';
import { csvRows } from '../kernel/csv.js';
import type { CatalogueSection } from '../catalogue/catalogue-store.js';
import type { Catalogue } from '../catalogue/catalogue-schema.js';
import { CATALOGUE_SECTIONS } from './catalogue-edits.js';
import { xlsxSheets } from './xlsx-rows.js';
import { CSV_HEADERS, LIST_SEPARATOR, RETIRED_WORD, SECTION_COLUMNS, SECTION_WORDS, type CatalogueColumn } from './catalogue-columns.js';
import { loadExcelJs } from '../kernel/exceljs.js';

/** An import file's size limit: its base64 copy in the preview's hidden field stays well under the 512 KB body limit. */
export const MAX_IMPORT_BYTES = 256 * 1024;
/** Rows an import takes (a district's catalogue holds hundreds). */
export const MAX_IMPORT_ROWS = 5000;
/**
 * What an .xlsx may declare it unpacks to: a zip bomb is refused before anything is unpacked. A
 * 5,000-row catalogue unpacks to about 2 MB; 8 MB leaves room for wide sheets and formatting.
 */
export const MAX_UNPACKED_BYTES = 8 * 1024 * 1024;

export interface ImportSheet {
  name: string;
  headers: string[];
  /** `number` is the row number a spreadsheet shows (the header is row 1). */
  rows: { number: number; cells: string[] }[];
}

/** A cell as text: our own CSV export's formula guard (a leading ') undone, control characters dropped. */
export function cellText(raw: string): string {
  // eslint-disable-next-line no-control-regex
  const text = raw.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').trim();
  return /^'[=+\-@]/.test(text) ? text.slice(1) : text;
}

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** The sizes a zip's central directory declares unpacked, summed (read before any unpacking). */
function declaredUnpackedBytes(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let end = bytes.length - 22; end >= Math.max(0, bytes.length - 22 - 65535); end--) {
    if (view.getUint32(end, true) !== 0x06054b50) continue;
    const entries = view.getUint16(end + 10, true);
    let at = view.getUint32(end + 16, true);
    let total = 0;
    for (let i = 0; i < entries; i++) {
      if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) throw new UnreadableFileError('bad zip directory');
      total += view.getUint32(at + 24, true);
      at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    }
    return total;
  }
  throw new UnreadableFileError('no zip directory');
}

/**
 * Reads an .xlsx row by row (xlsx-rows.ts): nothing but the rows kept is held in memory, and reading
 * stops at the first row past the limit.
 */
async function readXlsx(bytes: Uint8Array): Promise<ImportSheet[]> {
  if (declaredUnpackedBytes(bytes) > MAX_UNPACKED_BYTES) throw new UnreadableFileError('unpacks too large');
  const sheets: ImportSheet[] = [];
  let total = 0;
  try {
    for (const { name, rows } of await xlsxSheets(bytes)) {
      const sheet: ImportSheet = { name, headers: [], rows: [] };
      sheets.push(sheet);
      for await (const row of rows) {
        const cells = row.cells.map(cellText);
        if (cells.every((cell) => cell === '')) continue;
        if (sheet.headers.length === 0) {
          sheet.headers = cells;
          continue;
        }
        if (++total > MAX_IMPORT_ROWS) throw new UnreadableFileError('too many rows');
        sheet.rows.push({ number: row.number, cells });
      }
    }
  } catch (error) {
    if (error instanceof UnreadableFileError) throw error;
    throw new UnreadableFileError('not an xlsx workbook');
  }
  return sheets;
}

function decodeText(bytes: Uint8Array): string {
  for (const encoding of ['utf-8', 'gb18030']) {
    try {
      return new TextDecoder(encoding, { fatal: true }).decode(bytes);
    } catch {
      // Excel on Chinese Windows saves "CSV" in GBK: try it next.
    }
  }
  throw new UnreadableFileError('not UTF-8 or GBK text');
}

function readCsv(bytes: Uint8Array): ImportSheet[] {
  const text = decodeText(bytes);
  if (text.includes('\u0000')) throw new UnreadableFileError('binary');
  let records: string[][];
  try {
    records = parse(text, { bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: false, max_record_size: 64 * 1024 }) as string[][];
  } catch {
    throw new UnreadableFileError('not CSV');
  }
  if (records.length - 1 > MAX_IMPORT_ROWS) throw new UnreadableFileError('too many rows');
  const [headers = [], ...rows] = records;
  return [{ name: 'CSV', headers: headers.slice(0, 100).map(cellText), rows: rows.map((cells, i) => ({ number: i + 2, cells: cells.slice(0, 100).map(cellText) })) }];
}

/** An import file's sheets: an .xlsx by its zip signature, anything else as CSV text. */
export async function readCatalogueFile(bytes: Uint8Array): Promise<ImportSheet[]> {
  if (bytes.byteLength === 0) throw new UnreadableFileError('empty');
  if (bytes.byteLength > MAX_IMPORT_BYTES) throw new UnreadableFileError('too large');
  return isZip(bytes) ? readXlsx(bytes) : readCsv(bytes);
}

/** A referenced record as a cell: its name when that names it alone (and fits a list cell), else its id. */
function referenceText(list: readonly { id: string; name?: string; title?: string }[], id: string): string {
  const record = list.find((item) => item.id === id);
  const name = record?.name ?? record?.title;
  if (!name || /[;；\n]/.test(name)) return id;
  return list.filter((item) => (item.name ?? item.title) === name).length === 1 ? name : id;
}

function cellOf(catalogue: Catalogue, record: Record<string, unknown>, column: CatalogueColumn): string {
  const value = record[column.field];
  switch (column.kind) {
    case 'retired':
      return value === true ? RETIRED_WORD : '';
    case 'count':
      return typeof value === 'number' ? String(value) : '';
    case 'front':
      return referenceText(catalogue.fronts, String(value));
    case 'theme':
      return referenceText(catalogue.themes, String(value));
    case 'topics':
      return (Array.isArray(value) ? value : []).map((id) => referenceText(catalogue.topics, String(id))).join(LIST_SEPARATOR);
    default:
      return typeof value === 'string' ? value : '';
  }
}

function sectionRows(catalogue: Catalogue, section: CatalogueSection): string[][] {
  return (catalogue[section] as unknown as Record<string, unknown>[]).map((record) => SECTION_COLUMNS[section].map((column) => cellOf(catalogue, record, column)));
}

/** The whole catalogue as one CSV (UTF-8 with BOM, formulas neutralised): 类别, then every section's columns. */
export function catalogueCsv(catalogue: Catalogue): string {
  const rows = CATALOGUE_SECTIONS.flatMap((section) =>
    sectionRows(catalogue, section).map((cells) => {
      const row = CSV_HEADERS.map(() => '');
      row[0] = SECTION_WORDS[section];
      SECTION_COLUMNS[section].forEach((column, i) => (row[CSV_HEADERS.indexOf(column.header)] = cells[i]!));
      return row;
    }),
  );
  return csvRows([CSV_HEADERS, ...rows], { bom: true });
}

/** The whole catalogue as an .xlsx workbook, a sheet per section named 战线, 单位, 专题, 课题, 专家. */
export async function catalogueXlsx(catalogue: Catalogue): Promise<Buffer> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  for (const section of CATALOGUE_SECTIONS) {
    const sheet = workbook.addWorksheet(SECTION_WORDS[section]);
    const columns = SECTION_COLUMNS[section];
    sheet.columns = columns.map((column) => ({ header: column.header, key: column.field, width: column.kind === 'id' || column.kind === 'retired' ? 16 : 28 }));
    sheet.getRow(1).font = { bold: true };
    // Strings only: ExcelJS writes them as text, never as formulas, whatever they start with.
    for (const cells of sectionRows(catalogue, section)) sheet.addRow(cells);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
