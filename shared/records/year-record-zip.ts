// The year's record as a ZIP (streamed with yazl): an index workbook, then a folder per lecture with a
// text sheet of its facts and summary, its photos and its files. Photos and files are opened one at a
// time, only when the ZIP reaches them (lazy entries), and flow through with backpressure: what is
// held is the lecture list and one file's stream, never the year's photos.
import { Readable } from 'node:stream';
import yazl from 'yazl';
import type { Catalogue } from '../catalogue/catalogue-schema.js';
import type { Locale } from '../kernel/locale.js';
import { yearMessages } from '../i18n/record-messages.js';
import { safeFileStem } from '../report/download-name.js';
import { districtDateTime } from '../kernel/zoned-time.js';
import { bookFacts, yearIndexXlsx, type BookEntry } from './year-book.js';
import type { RecordFiles } from './record-store.js';
import type { RecordItem } from './record-schema.js';

/** Photos are JPEG/PNG/WebP already compressed: stored as they are. Documents (zip-based Office, PDF) too. */
const STORE = { compress: false } as const;

/** A folder per lecture: its number (start order), district date and topic, safe on Windows and macOS. */
export function lectureFolder(entry: BookEntry, index: number, timeZone: string): string {
  const day = districtDateTime(entry.lecture.startsAt, timeZone).slice(0, 10);
  return `${String(index + 1).padStart(3, '0')} ${day} ${safeFileStem(entry.lecture.topicTitle, 40) || 'lecture'}`;
}

function itemName(item: RecordItem, index: number): string {
  const stem = safeFileStem(item.name.replace(/\.[A-Za-z0-9]{1,5}$/, ''), 60) || item.itemId.slice(0, 8);
  // Numbered, so two photos of the same name never share a path.
  return `${String(index + 1).padStart(2, '0')} ${stem}.${item.format}`;
}

function factSheet(entry: BookEntry, catalogue: Catalogue, timeZone: string, locale: Locale): Buffer {
  const t = yearMessages(locale);
  const lines = bookFacts(entry, catalogue, timeZone, locale).map(([label, value]) => `${label}：${value}`);
  if (entry.record.summary) lines.push('', `${t.summary}：`, entry.record.summary.text);
  // A BOM and CRLF: Notepad on an older Windows reads the Chinese right.
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

export interface ZipProgress {
  /** Called as the ZIP starts each lecture's folder (0-based), for the job's progress and heartbeat. */
  lecture?(index: number): void | Promise<void>;
}

export function yearRecordZip(files: Pick<RecordFiles, 'stream'>, entries: readonly BookEntry[], catalogue: Catalogue, timeZone: string, locale: Locale, title: string, progress: ZipProgress = {}): AsyncIterable<Uint8Array> {
  const zip = new yazl.ZipFile();
  const output = zip.outputStream as unknown as Readable;
  const folders = entries.map((entry, i) => ({ entry, folder: lectureFolder(entry, i, timeZone) }));
  const lazy = (path: string, options: { size?: number; mtime?: Date }, open: () => Promise<Readable>) =>
    zip.addReadStreamLazy(path, { ...STORE, ...options }, (callback) => {
      open().then(
        (stream) => callback(null, stream),
        (error: unknown) => callback(error, undefined as never),
      );
    });
  // A file that cannot be read fails the ZIP (and so the job): never a ZIP silently missing a photo.
  zip.on('error', (error: unknown) => output.destroy(error as Error));
  const build = async () => {
    zip.addBuffer(await yearIndexXlsx(folders, catalogue, timeZone, locale, title), locale === 'en' ? 'index.xlsx' : '索引.xlsx', STORE);
    const t = yearMessages(locale);
    folders.forEach(({ entry, folder }, i) => {
      const sheet = factSheet(entry, catalogue, timeZone, locale);
      lazy(`${folder}/${locale === 'en' ? 'record.txt' : '台账.txt'}`, { size: sheet.length }, async () => {
        await progress.lecture?.(i);
        return Readable.from([sheet]);
      });
      entry.record.photos.forEach((photo, n) => lazy(`${folder}/${t.photos}/${itemName(photo, n)}`, { size: photo.bytes, mtime: new Date(photo.addedAt) }, () => files.stream(photo.object)));
      entry.record.files.forEach((file, n) => lazy(`${folder}/${t.files}/${itemName(file, n)}`, { size: file.bytes, mtime: new Date(file.addedAt) }, () => files.stream(file.object)));
    });
    zip.end();
  };
  return (async function* () {
    const building = build().catch((error: unknown) => output.destroy(error as Error));
    for await (const chunk of output) yield chunk as Uint8Array;
    await building;
  })();
}
