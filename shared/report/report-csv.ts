// report.csv and crosstab.csv: the demand report as rows an organizer can sort and chart in Excel.
import type { Locale } from '../i18n/locale.js';
import { localized } from '../i18n/locale.js';
import { csvRows, percentCell, type Cell } from './csv.js';
import type { CrossTab, Labelled, SurveyReport } from './report-types.js';

const HEADERS: Record<Locale, { report: string[]; crossUnit: string[]; crossFront: string[] }> = {
  zh: {
    report: ['题号', '题目', '题型', '选项编号', '选项', '人次', '占比', '排第一次数', '排序得分', '平均分', '作答人数'],
    crossUnit: ['单位编号', '单位', '战线', '答卷数'],
    crossFront: ['战线编号', '战线', '答卷数'],
  },
  en: {
    report: ['question id', 'question', 'type', 'option id', 'option', 'count', 'share', 'ranked first', 'Borda score', 'mean', 'answered'],
    crossUnit: ['unit id', 'unit', 'front', 'responses'],
    crossFront: ['front id', 'front', 'responses'],
  },
};

const label = (locale: Locale, l: { label: string; labelEn?: string }) => localized(locale, l.label, l.labelEn);
const round2 = (n: number | null) => (n === null ? '' : Math.round(n * 100) / 100);

export function reportCsv(report: SurveyReport, locale: Locale): string {
  const rows: Cell[][] = [HEADERS[locale].report];
  for (const q of report.questions) {
    const title = localized(locale, q.title, q.titleEn);
    const lead = [q.questionId, title, q.type];
    switch (q.type) {
      case 'ranking':
        for (const o of q.options) rows.push([...lead, o.id, label(locale, o), o.ranked, percentCell(o.share), o.first, o.borda, '', q.answered]);
        break;
      case 'rating':
        for (const d of q.distribution) rows.push([...lead, String(d.score), String(d.score), d.count, percentCell(q.answered ? d.count / q.answered : 0), '', '', round2(q.mean), q.answered]);
        break;
      case 'matrix_rating':
        for (const row of q.rows) {
          for (const d of row.distribution) rows.push([...lead, `${row.id}:${d.score}`, `${label(locale, row)}: ${d.score}`, d.count, percentCell(row.answered ? d.count / row.answered : 0), '', '', round2(row.mean), row.answered]);
        }
        break;
      case 'number':
        rows.push([...lead, '', locale === 'en' ? `min ${q.min ?? '-'}, max ${q.max ?? '-'}` : `最小 ${q.min ?? '-'}，最大 ${q.max ?? '-'}`, '', '', '', '', round2(q.mean), q.answered]);
        break;
      case 'text':
        rows.push([...lead, '', '', q.answered, '', '', '', '', q.answered]);
        break;
      default:
        for (const o of q.options) rows.push([...lead, o.id, label(locale, o), o.count, percentCell(o.share), '', '', '', q.answered]);
    }
  }
  return csvRows(rows, { bom: true });
}

export function crossTabCsv(table: CrossTab, locale: Locale, frontLabel: (frontId: string) => string): string {
  const head = table.by === 'unit' ? HEADERS[locale].crossUnit : HEADERS[locale].crossFront;
  const rows: Cell[][] = [[...head, ...table.columns.map((c: Labelled) => label(locale, c))]];
  for (const r of table.rows) {
    const lead = table.by === 'unit' ? [r.id, label(locale, r), r.front ? frontLabel(r.front) : ''] : [r.id, label(locale, r)];
    rows.push([...lead, r.responses, ...r.counts]);
  }
  return csvRows(rows, { bom: true });
}
