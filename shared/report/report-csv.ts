// report.csv and crosstab.csv: the demand report as rows an organizer can sort and chart in Excel.
import type { Locale } from '../kernel/locale.js';
import { localized } from '../kernel/locale.js';
import { csvRows, type Cell } from '../kernel/csv.js';
import { dashboardMessages } from '../i18n/dashboard-messages.js';
import { moduleOf } from '../question-types/registry.js';
import type { CrossTab, Labelled, SurveyReport } from './report-types.js';

const HEADERS: Record<Locale, { report: string[]; crossUnit: string[]; crossFront: string[] }> = {
  zh: {
    report: ['题号', '题目', '题型', '选项', '人次', '占比', '排第一次数', '排序得分', '平均分', '作答人数'],
    crossUnit: ['单位', '战线', '答卷数'],
    crossFront: ['战线', '答卷数'],
  },
  en: {
    report: ['no.', 'question', 'type', 'option', 'count', 'share', 'ranked first', 'Borda score', 'mean', 'answered'],
    crossUnit: ['unit', 'front', 'responses'],
    crossFront: ['front', 'responses'],
  },
};

const label = (locale: Locale, l: { label: string; labelEn?: string }) => localized(locale, l.label, l.labelEn);

/**
 * One row per question and option, in words a cadre can pass on: "第 3 题", the question, its type's
 * Chinese name and the option's label; the ids the API answers with stay out of the file.
 */
export function reportCsv(report: SurveyReport, locale: Locale): string {
  const rows: Cell[][] = [HEADERS[locale].report];
  const d = dashboardMessages(locale);
  report.questions.forEach((q, i) => {
    const title = localized(locale, q.title, q.titleEn);
    const module = moduleOf(q);
    const lead = [d.questionNumber(i + 1), title, module.name[locale]];
    // A type's rows start with the option's id, for the API's sake: left out here.
    for (const row of module.reportCsvRows(q, locale)) rows.push([...lead, ...row.slice(1)]);
  });
  return csvRows(rows, { bom: true });
}

export function crossTabCsv(table: CrossTab, locale: Locale, frontLabel: (frontId: string) => string): string {
  const head = table.by === 'unit' ? HEADERS[locale].crossUnit : HEADERS[locale].crossFront;
  const rows: Cell[][] = [[...head, ...table.columns.map((c: Labelled) => label(locale, c))]];
  for (const r of table.rows) {
    const lead = table.by === 'unit' ? [label(locale, r), r.front ? frontLabel(r.front) : ''] : [label(locale, r)];
    rows.push([...lead, r.responses, ...r.counts]);
  }
  return csvRows(rows, { bom: true });
}
