// The demand report, computed from per-unit counters only: its cost grows with units, never responses.
import type { Locale } from '../kernel/locale.js';
import { localized } from '../kernel/locale.js';
import type { UnitCounters } from '../survey/counter-store.js';
import type { Aspect, Question, Survey } from '../survey/survey-schema.js';
import { moduleOf } from '../question-types/registry.js';
import { counterNames, RESPONSES_COUNTER } from '../question-types/counter-names.js';
import type { QuestionReport, ReportFilter, SummaryLine, SurveyReport } from './report-types.js';

type Totals = Record<string, number>;

/** Adds up the counters of the units a filter selects. */
export function sumCounters(units: readonly UnitCounters[], filter: ReportFilter = {}): { totals: Totals; lastResponseAt: string | null } {
  const totals: Totals = {};
  let lastResponseAt: string | null = null;
  for (const unit of units) {
    if (filter.unit !== undefined && unit.unitId !== filter.unit) continue;
    if (filter.front !== undefined && unit.front !== filter.front) continue;
    for (const [name, value] of Object.entries(unit.counters)) totals[name] = (totals[name] ?? 0) + value;
    if (unit.lastResponseAt && (!lastResponseAt || unit.lastResponseAt > lastResponseAt)) lastResponseAt = unit.lastResponseAt;
  }
  return { totals, lastResponseAt };
}

export { OTHER_LABEL } from '../question-types/report-parts.js';

export function questionReport(q: Question, totals: Totals): QuestionReport {
  const answered = totals[counterNames.answered(q.id)] ?? 0;
  const base = { questionId: q.id, title: q.title, ...(q.titleEn ? { titleEn: q.titleEn } : {}), ...(q.aspect ? { aspect: q.aspect } : {}), answered };
  return moduleOf(q).report(q, totals, base);
}

const ASPECTS: Aspect[] = ['content', 'format', 'manner', 'timing', 'faculty'];
const ASPECT_WORDS: Record<Locale, Record<Aspect, string>> = {
  zh: { content: '最想听的内容', format: '最受欢迎的形式', manner: '希望的方式', timing: '最合适的时间', faculty: '最希望的师资' },
  en: { content: 'Most wanted content', format: 'Preferred formats', manner: 'Preferred manner', timing: 'Best times', faculty: 'Wanted faculty' },
};

function summaryLine(report: QuestionReport, aspect: Aspect, locale: Locale): SummaryLine | undefined {
  if (!('options' in report) || report.answered === 0) return undefined;
  const ranked = report.options.filter((o) => ('ranked' in o ? o.ranked : o.count) > 0);
  const sorted = report.type === 'ranking' ? ranked : [...ranked].sort((a, b) => b.share - a.share);
  const leaders = sorted.slice(0, 3).map((o) => ({ id: o.id, label: o.label, ...(o.labelEn ? { labelEn: o.labelEn } : {}), share: o.share }));
  if (leaders.length === 0) return undefined;
  const percent = (s: number) => `${Math.round(s * 100)}%`;
  const list = leaders.map((l) => (locale === 'en' ? `${localized(locale, l.label, l.labelEn)} (${percent(l.share)})` : `${l.label}（${percent(l.share)}）`));
  const text = locale === 'en' ? `${ASPECT_WORDS.en[aspect]}: ${list.join(', ')}.` : `${ASPECT_WORDS.zh[aspect]}：${list.join('、')}。`;
  return { aspect, questionId: report.questionId, leaders, text };
}

/**
 * A report cut to a unit or a front lists only the units inside the cut: the others can only be 0,
 * and listing them reads as if the district had been asked.
 */
function inScope(q: Question, report: QuestionReport, filter: ReportFilter): QuestionReport {
  if (q.type !== 'unit' || report.type !== 'unit' || (filter.unit === undefined && filter.front === undefined)) return report;
  const kept = new Set(q.options.filter((o) => (filter.unit === undefined || o.id === filter.unit) && (filter.front === undefined || o.front === filter.front)).map((o) => o.id));
  return { ...report, options: report.options.filter((o) => kept.has(o.id)) };
}

/** The whole report for a survey, optionally cut to one unit or one front. */
export function buildReport(survey: Survey, units: readonly UnitCounters[], filter: ReportFilter = {}, locale: Locale = 'zh'): SurveyReport {
  const { totals, lastResponseAt } = sumCounters(units, filter);
  const questions = survey.questions.map((q) => inScope(q, questionReport(q, totals), filter));
  const summary: SummaryLine[] = [];
  for (const aspect of ASPECTS) {
    // The first question of each aspect speaks for it (e.g. the ranked topics for content).
    const report = questions.find((q) => q.aspect === aspect);
    const line = report ? summaryLine(report, aspect, locale) : undefined;
    if (line) summary.push(line);
  }
  return { surveyId: survey.id, title: survey.title, filter, responses: totals[RESPONSES_COUNTER] ?? 0, lastResponseAt, summary, questions };
}
