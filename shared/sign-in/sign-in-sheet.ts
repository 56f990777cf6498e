// The sign-in sheet (签到表) of one event: every sign-in in arrival order, as rows for CSV and .xlsx.
// Times in district time, named by the zone's words; no ids in the file.
import type { EventSummary } from '../events/event.js';
import type { Locale } from '../kernel/locale.js';
import { zoneName } from '../i18n/zone-names.js';
import { csvRows, type Cell } from '../kernel/csv.js';
import { districtDateTime } from '../kernel/zoned-time.js';
import { loadExcelJs } from '../kernel/exceljs.js';
import type { StoredSignIn } from './sign-in-schema.js';
import type { SignInRepository } from './sign-in-store.js';

/** Every sign-in of the event, page by page (a hall is hundreds, a year's largest a few thousand). */
export async function allSignIns(signIns: Pick<SignInRepository, 'list'>, eventId: string): Promise<StoredSignIn[]> {
  const all: StoredSignIn[] = [];
  let cursor: string | undefined;
  do {
    const page = await signIns.list(eventId, { limit: 1000, ...(cursor ? { cursor } : {}) });
    all.push(...page.items);
    cursor = page.cursor;
  } while (cursor);
  return all;
}

const HEADERS = {
  zh: (zone: string) => ['序号', `签到时间（${zone}）`, '姓名', '单位', '备注'],
  en: (zone: string) => ['No.', `Signed in (${zone})`, 'Name', 'Unit', 'Note'],
};

export function signInRows(signIns: readonly StoredSignIn[], timeZone: string, locale: Locale): Cell[][] {
  const guest = locale === 'en' ? 'Guest' : '列席';
  return [
    HEADERS[locale](zoneName(timeZone, locale)),
    ...signIns.map((s, i) => [i + 1, districtDateTime(s.at, timeZone).slice(0, 16), s.name ?? '', s.unitName ?? '', s.guest ? guest : '']),
  ];
}

export function signInCsv(signIns: readonly StoredSignIn[], timeZone: string, locale: Locale): string {
  return csvRows(signInRows(signIns, timeZone, locale), { bom: true });
}

/** The sheet as a workbook: the event on top (title, time, place), then the rows. Cells are text or numbers, never formulas. */
export async function signInXlsx(event: EventSummary, signIns: readonly StoredSignIn[], timeZone: string, locale: Locale): Promise<Buffer> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(locale === 'en' ? 'Sign-in sheet' : '签到表');
  sheet.columns = [{ width: 8 }, { width: 22 }, { width: 16 }, { width: 36 }, { width: 10 }];
  sheet.addRow([event.title]).font = { bold: true, size: 14 };
  sheet.addRow([`${districtDateTime(event.startsAt, timeZone).slice(0, 16)} · ${event.place}`]);
  sheet.addRow([]);
  const [header, ...rows] = signInRows(signIns, timeZone, locale);
  sheet.addRow(header ?? []).font = { bold: true };
  for (const row of rows) sheet.addRow(row.map((c) => c ?? ''));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
