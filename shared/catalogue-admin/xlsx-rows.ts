// Reads an .xlsx import row by row in bounded memory, stopping at the row limit: the zip is opened by its
// central directory (JSZip: entries in any order, nothing inflated until asked), and each sheet's XML is
// inflated as a stream and parsed as it arrives (saxes, the SAX parser exceljs itself uses). No workbook
// model is built, so a file of a million tiny rows costs what the first 5,000 do. exceljs's own streaming
// reader was not used: it stops early on valid files whose entries come in another order (its own
// non-streaming writer's output among them).
import { PassThrough, type Readable } from 'node:stream';
import { UnreadableFileError } from '../errors.js';
import { namespaceOf } from '../kernel/on-demand-import.js';

export interface XlsxSheet {
  name: string;
  /** Each row's number as a spreadsheet shows it, and its cells' text by column (A = 0). */
  rows: AsyncGenerator<{ number: number; cells: string[] }>;
}

/** Most columns a row keeps (a catalogue sheet has at most 7). */
const MAX_COLUMNS = 100;

type Zip = import('jszip');

/**
 * An entry inflated chunk by chunk, as a core stream (JSZip's own is an older stream that cannot be
 * iterated); destroying it stops the inflating (the source unpipes and pauses).
 */
function inflated(file: import('jszip').JSZipObject): PassThrough {
  const out = new PassThrough();
  const source = file.nodeStream('nodebuffer') as Readable;
  source.on('error', (error) => out.destroy(error));
  source.pipe(out);
  return out;
}

async function entryText(zip: Zip, path: string): Promise<string | undefined> {
  return zip.file(path)?.async('string');
}

/** Attributes of every element named `tag` in a small XML text (the workbook and its relationships). */
async function elements(xml: string, tag: string): Promise<Record<string, string>[]> {
  const { SaxesParser } = namespaceOf(await import('saxes'));
  const found: Record<string, string>[] = [];
  const parser = new SaxesParser();
  parser.on('opentag', (node) => {
    if (node.name === tag || node.name.endsWith(`:${tag}`)) found.push(Object.fromEntries(Object.entries(node.attributes).map(([k, v]) => [k, String(v)])));
  });
  parser.write(xml).close();
  return found;
}

/** The text of every shared string, in order (rich text runs joined). */
async function sharedStrings(zip: Zip): Promise<string[]> {
  const file = zip.file('xl/sharedStrings.xml');
  if (!file) return [];
  const { SaxesParser } = namespaceOf(await import('saxes'));
  const strings: string[] = [];
  let current: string | undefined;
  let inText = false;
  const parser = new SaxesParser();
  parser.on('opentag', (node) => {
    if (node.name === 'si') current = '';
    else if (node.name === 't') inText = true;
  });
  parser.on('text', (text) => {
    if (inText && current !== undefined) current += text;
  });
  parser.on('closetag', (node) => {
    if (node.name === 't') inText = false;
    else if (node.name === 'si') {
      strings.push(current ?? '');
      current = undefined;
    }
  });
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of inflated(file)) parser.write(decoder.decode(chunk as Buffer, { stream: true }));
  parser.write(decoder.decode()).close();
  return strings;
}

/** "C12" → 2 (column C). */
function columnOf(reference: string | undefined, fallback: number): number {
  const letters = /^([A-Z]+)/.exec(reference ?? '')?.[1];
  if (!letters) return fallback;
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** One sheet's rows as its XML arrives: a cell is its text as typed (a formula its own "=…" text, never a result). */
async function* sheetRows(zip: Zip, path: string, shared: readonly string[]): AsyncGenerator<{ number: number; cells: string[] }> {
  const file = zip.file(path);
  if (!file) return;
  const { SaxesParser } = namespaceOf(await import('saxes'));
  const parser = new SaxesParser();
  const ready: { number: number; cells: string[] }[] = [];
  let row: { number: number; cells: string[] } | undefined;
  let cell: { column: number; type: string; value: string; formula: string } | undefined;
  let reading: 'v' | 't' | 'f' | undefined;
  let rowNumber = 0;
  parser.on('opentag', (node) => {
    const attr = (name: string) => (node.attributes[name] === undefined ? undefined : String(node.attributes[name]));
    if (node.name === 'row') {
      rowNumber = Number(attr('r')) || rowNumber + 1;
      row = { number: rowNumber, cells: [] };
    } else if (node.name === 'c' && row) cell = { column: columnOf(attr('r'), row.cells.length), type: attr('t') ?? 'n', value: '', formula: '' };
    else if (cell && (node.name === 'v' || node.name === 't' || node.name === 'f')) reading = node.name;
  });
  parser.on('text', (text) => {
    if (!cell || !reading) return;
    if (reading === 'f') cell.formula += text;
    else cell.value += text;
  });
  parser.on('closetag', (node) => {
    if (node.name === 'v' || node.name === 't' || node.name === 'f') reading = undefined;
    else if (node.name === 'c' && row && cell) {
      const text = cell.formula ? `=${cell.formula}` : cell.type === 's' ? (shared[Number(cell.value)] ?? '') : cell.type === 'b' ? (cell.value === '1' ? 'true' : 'false') : cell.value;
      if (cell.column < MAX_COLUMNS) {
        while (row.cells.length < cell.column) row.cells.push('');
        row.cells[cell.column] = text;
      }
      cell = undefined;
    } else if (node.name === 'row' && row) {
      ready.push(row);
      row = undefined;
    }
  });
  const stream = inflated(file);
  // A character may be split between two chunks: the decoder carries its first bytes over.
  const decoder = new TextDecoder('utf-8');
  try {
    for await (const chunk of stream) {
      parser.write(decoder.decode(chunk as Buffer, { stream: true }));
      // Rows are handed over as they complete: a caller that stops reading stops the inflating.
      while (ready.length > 0) yield ready.shift()!;
    }
    parser.write(decoder.decode()).close();
    while (ready.length > 0) yield ready.shift()!;
  } finally {
    stream.destroy();
  }
}

/** The workbook's sheets in order, each with its rows to read one at a time. */
export async function xlsxSheets(bytes: Uint8Array): Promise<XlsxSheet[]> {
  const { default: JSZip } = await import('jszip');
  let zip: Zip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new UnreadableFileError('not an xlsx workbook');
  }
  const [workbook, rels] = await Promise.all([entryText(zip, 'xl/workbook.xml'), entryText(zip, 'xl/_rels/workbook.xml.rels')]);
  if (workbook === undefined || rels === undefined) throw new UnreadableFileError('not an xlsx workbook');
  const targets = new Map((await elements(rels, 'Relationship')).map((r) => [r.Id, r.Target ?? '']));
  const shared = await sharedStrings(zip);
  return (await elements(workbook, 'sheet')).map((sheet) => {
    const target = targets.get(sheet['r:id'] ?? '') ?? '';
    // Targets are relative to xl/ (or absolute from the package root).
    const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
    return { name: (sheet.name ?? '').trim(), rows: sheetRows(zip, path, shared) };
  });
}
