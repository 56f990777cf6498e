// The year's record (年度台账): every lecture delivered in a calendar year (district time) with its
// figures and its record, in start order. The A4 print view draws it one lecture a page; the ZIP job
// writes it as a folder per lecture and an index workbook.
import type { Catalogue } from '../catalogue/catalogue-schema.js';
import type { Locale } from '../kernel/locale.js';
import { percentCell } from '../kernel/csv.js';
import { loadExcelJs } from '../kernel/exceljs.js';
import { districtDateTime } from '../kernel/zoned-time.js';
import { lectureMessages } from '../i18n/lecture-messages.js';
import { yearMessages } from '../i18n/record-messages.js';
import { formatName } from '../lectures/ledger.js';
import type { LectureRepository } from '../lectures/lecture-store.js';
import { scoredLectures } from '../lectures/ledger.js';
import { lectureTotals, scoreCell, type ScoredLecture, type ScoreTotals } from '../lectures/scorecards.js';
import { yearRange } from '../lectures/year-stats.js';
import { DIMENSIONS } from '../survey/survey-schema.js';
import type { EventRecord } from './record-schema.js';
import type { RecordRepository } from './record-store.js';

export interface BookEntry extends ScoredLecture {
  totals: ScoreTotals;
  record: EventRecord;
}

export interface YearBookDeps {
  lectures: LectureRepository;
  records: RecordRepository;
}

/** The year's delivered lectures with their counters and records: one range query, one counters batch, one record query per lecture. */
export async function loadYearBook(deps: YearBookDeps, year: number, timeZone: string): Promise<BookEntry[]> {
  const lectures = await scoredLectures(deps.lectures, yearRange(year, timeZone), { status: 'delivered' });
  const records = await deps.records.many(lectures.map((l) => l.lecture.id));
  return lectures.map((scored) => ({ ...scored, totals: lectureTotals(scored), record: records.get(scored.lecture.id) ?? { eventId: scored.lecture.id, photos: [], files: [] } }));
}

/** One lecture's facts as label and value pairs, in the order the page and the text file give them. */
export function bookFacts(entry: BookEntry, catalogue: Catalogue, timeZone: string, locale: Locale): [string, string][] {
  const t = yearMessages(locale);
  const l = lectureMessages(locale);
  const { lecture, totals } = entry;
  const at = districtDateTime(lecture.startsAt, timeZone);
  const ends = districtDateTime(lecture.endsAt, timeZone);
  const expert = catalogue.experts.find((e) => e.id === lecture.expertId);
  const frontName = (id: string) => catalogue.fronts.find((f) => f.id === id)?.name ?? '';
  const zone = locale === 'en' ? 'Beijing time' : '北京时间';
  return [
    [t.topic, lecture.topicTitle],
    [t.expert, expert ? `${lecture.expertName}（${expert.title}，${expert.organisation}）` : lecture.expertName],
    [t.unit, lecture.units.map((u) => `${u.name}${frontName(u.front) ? `（${frontName(u.front)}）` : ''}`).join('、')],
    [t.time, `${at.slice(0, 16).replace('T', ' ')}–${ends.slice(11, 16)} ${zone}`],
    [t.place, lecture.place],
    ...(lecture.format || lecture.manner ? [[l.format, [formatName(lecture.format, locale), formatName(lecture.manner, locale)].filter(Boolean).join(' · ')] as [string, string]] : []),
    [t.attendance, lecture.attendance === undefined ? '' : String(lecture.attendance)],
    [t.signIns, String(totals.signIns)],
    [t.feedback, String(totals.feedback)],
    ...DIMENSIONS.map((d) => [l.dimension[d] ?? d, String(scoreCell(totals, d, locale))] as [string, string]),
    [t.satisfaction, totals.satisfaction === undefined ? '' : percentCell(totals.satisfaction)],
  ];
}

/** The ZIP's index: one row per lecture, with the folder that holds its photos and files. */
export async function yearIndexXlsx(entries: readonly { entry: BookEntry; folder: string }[], catalogue: Catalogue, timeZone: string, locale: Locale, title: string): Promise<Buffer> {
  const t = yearMessages(locale);
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(locale === 'en' ? 'Index' : '索引');
  sheet.addRow([title]).font = { bold: true, size: 14 };
  const first = entries[0];
  const labels = first ? bookFacts(first.entry, catalogue, timeZone, locale).map(([label]) => label) : [t.topic];
  sheet.addRow(['#', locale === 'en' ? 'Folder' : '文件夹', ...labels, t.photos, t.files, t.summary]).font = { bold: true };
  entries.forEach(({ entry, folder }, i) => {
    sheet.addRow([i + 1, folder, ...bookFacts(entry, catalogue, timeZone, locale).map(([, value]) => value), entry.record.photos.length, entry.record.files.length, entry.record.summary?.text ?? '']);
  });
  sheet.columns.forEach((column, i) => (column.width = i === 0 ? 6 : i < 4 ? 28 : 14));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
