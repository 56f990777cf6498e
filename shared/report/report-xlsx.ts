// The report as one Excel workbook to keep and pass upward: a summary sheet, a sheet per question
// (第 N 题, its question and its figures, in words) and the unit x topic table, in the report's
// language. No ids, no type codes; every text cell is written as text, so nothing in it is ever run
// as a formula. exceljs is loaded only here, on first use, off the organizer function's cold start.
import type { Locale } from '../kernel/locale.js';
import { localized } from '../kernel/locale.js';
import { moduleOf } from '../question-types/registry.js';
import type { UnitCounters } from '../survey/counter-store.js';
import type { Survey } from '../survey/survey-schema.js';
import { districtDateTime } from '../kernel/zoned-time.js';
import { reportMessages } from '../i18n/report-messages.js';
import { crossTab, cutCrossTab, defaultCrossTabQuestion, surveyFronts, surveyUnits } from './crosstab.js';
import type { Cell } from '../kernel/csv.js';
import type { CrossTab, ReportFilter, SurveyReport } from './report-types.js';
import { reportScopeName, reportTitle } from './report-title.js';

const WORDS = {
  zh: {
    summary: '概要',
    title: '报告',
    scope: '范围',
    whole: '全部单位',
    responses: '答卷数',
    latest: '最近一份答卷',
    made: '生成时间',
    question: (n: number) => `第${n}题`,
    questionTitle: (n: number, title: string) => `第 ${n} 题　${title}`,
    answered: '作答人数',
    // The columns of a type's report rows after the option's id (see QuestionTypeModule.reportCsvRows).
    columns: ['选项', '人次', '占比', '排第一次数', '排序得分', '平均分', '作答人数'],
    textNote: '文字回答见“原始答卷”（CSV）。',
    matrix: '单位×课题',
    unit: '单位',
    front: '战线',
    total: '合计',
  },
  en: {
    summary: 'Summary',
    title: 'Report',
    scope: 'Covering',
    whole: 'Every unit',
    responses: 'Responses',
    latest: 'Latest response',
    made: 'Made',
    question: (n: number) => `Q${n}`,
    questionTitle: (n: number, title: string) => `Question ${n}: ${title}`,
    answered: 'Answered',
    columns: ['Option', 'Count', 'Share', 'Ranked first', 'Borda score', 'Mean', 'Answered'],
    textNote: 'Written answers are in the raw responses (CSV).',
    matrix: 'Units x topics',
    unit: 'Unit',
    front: 'Front',
    total: 'Total',
  },
} as const;

export interface ReportWorkbook {
  report: SurveyReport;
  /** The title as the page shows it (survey, kind of report, cut). */
  title: string;
  /** The cut in words (a front, a unit), or undefined for the whole report. */
  scope?: string | undefined;
  /** The unit x topic table, already cut to the report's units; its question's title. */
  matrix?: { table: CrossTab; title: string; frontName: (id: string) => string } | undefined;
  /** District wall-clock times, `YYYY-MM-DD HH:mm`. */
  latest?: string | undefined;
  made: string;
}

/** The workbook of a report made from the counters it was built from (no second read), cut as the report is. */
export function reportWorkbook(
  made: { survey: Survey; report: SurveyReport; units: readonly UnitCounters[]; filter: ReportFilter; timeZone: string; now: Date },
  locale: Locale,
): ReportWorkbook {
  const { survey, report, filter, timeZone } = made;
  const minute = (iso: string) => districtDateTime(iso, timeZone).slice(0, 16);
  const matrixQuestion = defaultCrossTabQuestion(survey);
  const fronts = surveyFronts(survey);
  const label = (o: { label: string; labelEn?: string | undefined }) => localized(locale, o.label, o.labelEn);
  return {
    report,
    title: reportTitle(survey, filter, locale),
    scope: reportScopeName(survey, filter, locale),
    matrix:
      matrixQuestion && surveyUnits(survey).length > 0
        ? {
            table: cutCrossTab(crossTab(survey, made.units, 'unit', matrixQuestion.id), filter),
            title: reportMessages(locale).matrix(label({ label: matrixQuestion.title, labelEn: matrixQuestion.titleEn })),
            frontName: (id) => {
              const front = fronts.find((f) => f.id === id);
              return front ? label(front) : '';
            },
          }
        : undefined,
    latest: report.lastResponseAt ? minute(report.lastResponseAt) : undefined,
    made: minute(made.now.toISOString()),
  };
}

/** "12.5%" as the number 0.125, so Excel can sort and chart it (shown as a percentage). */
function cellValue(cell: Cell): string | number {
  if (typeof cell === 'number') return cell;
  const text = cell ?? '';
  const percent = /^(\d+(?:\.\d+)?)%$/.exec(text);
  return percent ? Number(percent[1]) / 100 : text;
}

export async function reportXlsx(book: ReportWorkbook, locale: Locale): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const w = WORDS[locale];
  const workbook = new ExcelJS.Workbook();
  const bold = { bold: true } as const;

  const summary = workbook.addWorksheet(w.summary);
  summary.columns = [{ width: 26 }, { width: 80 }];
  const facts: [string, string | number][] = [
    [w.title, book.title],
    [w.scope, book.scope ?? w.whole],
    [w.responses, book.report.responses],
    ...(book.latest ? [[w.latest, book.latest] as [string, string]] : []),
    [w.made, book.made],
  ];
  for (const fact of facts) summary.addRow(fact).getCell(1).font = bold;
  summary.addRow([]);
  for (const line of book.report.summary) summary.addRow([line.text]);

  book.report.questions.forEach((q, i) => {
    const sheet = workbook.addWorksheet(w.question(i + 1));
    const module = moduleOf(q);
    // A type's rows start with the option's id (the API's); the workbook keeps the words only.
    const rows = module.reportCsvRows(q, locale).map((row) => row.slice(1));
    const used = w.columns.map((_, c) => rows.some((row) => row[c] !== '' && row[c] !== undefined && row[c] !== null));
    sheet.addRow([w.questionTitle(i + 1, localized(locale, q.title, q.titleEn))]).font = { bold: true, size: 13 };
    sheet.addRow([w.answered, q.answered]);
    sheet.addRow([]);
    if (q.type === 'text') {
      sheet.addRow([w.textNote]);
      return;
    }
    const keep = <T,>(cells: readonly T[]) => cells.filter((_, c) => used[c]);
    const headers = keep(w.columns);
    const share = headers.indexOf(w.columns[2]);
    sheet.addRow(headers).font = bold;
    for (const row of rows) {
      const added = sheet.addRow(keep(row).map(cellValue));
      // A share is a number Excel can sort and chart, shown as a percentage.
      if (share >= 0) added.getCell(share + 1).numFmt = '0.0%';
    }
    sheet.getColumn(1).width = 40;
    for (let c = 2; c <= headers.length; c++) sheet.getColumn(c).width = 12;
  });

  if (book.matrix) {
    const { table, title, frontName } = book.matrix;
    const sheet = workbook.addWorksheet(w.matrix);
    const label = (o: { label: string; labelEn?: string }) => localized(locale, o.label, o.labelEn);
    sheet.addRow([title]).font = { bold: true, size: 13 };
    sheet.addRow([w.unit, w.front, w.responses, ...table.columns.map(label)]).font = bold;
    for (const r of table.rows) sheet.addRow([label(r), r.front ? frontName(r.front) : '', r.responses, ...r.counts]);
    if (table.rows.length > 1) {
      const totals = table.columns.map((_, i) => table.rows.reduce((sum, r) => sum + (r.counts[i] ?? 0), 0));
      sheet.addRow([w.total, '', table.rows.reduce((sum, r) => sum + r.responses, 0), ...totals]).font = bold;
    }
    sheet.getColumn(1).width = 30;
    sheet.getColumn(2).width = 14;
    sheet.views = [{ state: 'frozen', xSplit: 1, ySplit: 2 }];
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
