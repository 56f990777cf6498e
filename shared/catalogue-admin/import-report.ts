// An import plan as people and API clients read it: each row's outcome with its reasons in one language.
import { catalogueProblemText } from '../i18n/catalogue-messages.js';
import type { Locale } from '../kernel/locale.js';
import { headerOf, SECTION_WORDS } from './catalogue-columns.js';
import type { ImportPlan, RowOutcome } from './catalogue-import.js';

export interface ImportReportRow {
  sheet: string;
  row: number;
  /** The section's Chinese word (战线, 单位, 专题, 课题, 专家), as in the file. */
  section?: string;
  name: string;
  id?: string;
  outcome: RowOutcome;
  /** Changed columns, by their Chinese headers. */
  changes: string[];
  reasons: string[];
}

export interface ImportReport {
  applied: boolean;
  counts: Record<RowOutcome, number>;
  rows: ImportReportRow[];
}

export function importReport(plan: ImportPlan, applied: boolean, locale: Locale): ImportReport {
  return {
    applied,
    counts: plan.counts,
    rows: plan.rows.map((row) => ({
      sheet: row.sheet,
      row: row.row,
      ...(row.section ? { section: SECTION_WORDS[row.section] } : {}),
      name: row.name,
      ...(row.id ? { id: row.id } : {}),
      outcome: row.outcome,
      changes: row.section ? row.changes.map((field) => headerOf(row.section!, field)) : [],
      reasons: row.problems.map((problem) => {
        const text = catalogueProblemText(problem, locale);
        const header = row.section && problem.field !== 'section' ? headerOf(row.section, problem.field.split('.')[0] ?? '') : '';
        return header && header !== problem.field ? `${header}：${text}` : text;
      }),
    })),
  };
}

/** One line per row for the command line: "第 3 行 单位 东风街道…: 拒绝 — 战线：找不到战线…". */
export function reportLines(report: ImportReport, locale: Locale): string[] {
  const words = locale === 'en' ? { add: 'add', change: 'change', same: 'unchanged', refuse: 'REFUSED' } : { add: '新增', change: '修改', same: '不变', refuse: '拒绝' };
  return report.rows.map((row) => {
    const where = locale === 'en' ? `${row.sheet} row ${row.row}` : `${row.sheet} 第 ${row.row} 行`;
    const detail = row.outcome === 'change' ? `（${row.changes.join('、')}）` : row.outcome === 'refuse' ? ` — ${row.reasons.join('；')}` : '';
    return `${where} ${row.section ?? ''} ${row.name}: ${words[row.outcome]}${detail}`;
  });
}
