// The demand report, computed from per-unit counters only: its cost grows with units, never responses.
import type { Locale } from '../i18n/locale.js';
import { localized } from '../i18n/locale.js';
import type { UnitCounters } from '../storage/ports.js';
import { OTHER_OPTION_ID } from '../survey/ids.js';
import type { Aspect, Question, QuestionOf, Survey } from '../survey/survey-schema.js';
import { counterNames, RESPONSES_COUNTER } from './counter-names.js';
import { keepsHistogram } from './counter-deltas.js';
import type { Labelled, OptionFigure, QuestionReport, RankedOption, ReportFilter, ScoreFigures, SummaryLine, SurveyReport } from './report-types.js';

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

const share = (count: number, of: number) => (of > 0 ? count / of : 0);
const labelled = (o: { id: string; label: string; labelEn?: string }): Labelled => (o.labelEn ? { id: o.id, label: o.label, labelEn: o.labelEn } : { id: o.id, label: o.label });

export const OTHER_LABEL = { label: '其他', labelEn: 'Other' };

function optionFigures(q: { id: string; options: readonly { id: string; label: string; labelEn?: string }[] }, allowOther: boolean, totals: Totals, answered: number): OptionFigure[] {
  const options = allowOther ? [...q.options, { id: OTHER_OPTION_ID, ...OTHER_LABEL }] : q.options;
  return options.map((o) => {
    const count = totals[counterNames.option(q.id, o.id)] ?? 0;
    return { ...labelled(o), count, share: share(count, answered) };
  });
}

function scoreFigures(scale: number, countOf: (score: number) => number): ScoreFigures {
  const distribution = Array.from({ length: scale }, (_, i) => ({ score: i + 1, count: countOf(i + 1) }));
  const answered = distribution.reduce((n, d) => n + d.count, 0);
  const sum = distribution.reduce((n, d) => n + d.score * d.count, 0);
  return { answered, mean: answered > 0 ? sum / answered : null, distribution };
}

function rankedOptions(q: QuestionOf<'ranking'>, totals: Totals, answered: number): RankedOption[] {
  const k = Math.min(q.pick, q.options.length);
  return q.options
    .map((o) => {
      const positions = Array.from({ length: k }, (_, i) => totals[counterNames.rank(q.id, i + 1, o.id)] ?? 0);
      const ranked = positions.reduce((a, b) => a + b, 0);
      const borda = positions.reduce((sum, count, i) => sum + count * (k - i), 0);
      return { ...labelled(o), first: positions[0] ?? 0, ranked, borda, positions, share: share(ranked, answered) };
    })
    .sort((a, b) => b.borda - a.borda || b.first - a.first);
}

function numberFigures(q: QuestionOf<'number'>, totals: Totals, answered: number) {
  const mean = answered > 0 ? (totals[counterNames.sum(q.id)] ?? 0) / answered : null;
  if (!keepsHistogram(q) || answered === 0) return { mean, min: null, max: null };
  const seen: number[] = [];
  for (let n = q.min ?? 0; n <= (q.max ?? 0); n++) if ((totals[counterNames.value(q.id, n)] ?? 0) > 0) seen.push(n);
  return { mean, min: seen[0] ?? null, max: seen.at(-1) ?? null };
}

export function questionReport(q: Question, totals: Totals): QuestionReport {
  const answered = totals[counterNames.answered(q.id)] ?? 0;
  const base = { questionId: q.id, title: q.title, ...(q.titleEn ? { titleEn: q.titleEn } : {}), ...(q.aspect ? { aspect: q.aspect } : {}), answered };
  switch (q.type) {
    case 'single_choice':
    case 'multiple_choice':
      return { ...base, type: q.type, options: optionFigures(q, q.allowOther === true, totals, answered) };
    case 'time_slots':
    case 'unit':
      return { ...base, type: q.type, options: optionFigures(q, false, totals, answered) };
    case 'ranking':
      return { ...base, type: 'ranking', pick: Math.min(q.pick, q.options.length), options: rankedOptions(q, totals, answered) };
    case 'rating':
      return { ...base, type: 'rating', scale: q.scale, ...scoreFigures(q.scale, (s) => totals[counterNames.score(q.id, s)] ?? 0), answered };
    case 'matrix_rating':
      return {
        ...base,
        type: 'matrix_rating',
        scale: q.scale,
        rows: q.rows.map((row) => ({ ...labelled(row), ...scoreFigures(q.scale, (s) => totals[counterNames.rowScore(q.id, row.id, s)] ?? 0) })),
      };
    case 'number':
      return { ...base, type: 'number', ...numberFigures(q, totals, answered) };
    case 'text':
      return { ...base, type: 'text' };
  }
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

/** The whole report for a survey, optionally cut to one unit or one front. */
export function buildReport(survey: Survey, units: readonly UnitCounters[], filter: ReportFilter = {}, locale: Locale = 'zh'): SurveyReport {
  const { totals, lastResponseAt } = sumCounters(units, filter);
  const questions = survey.questions.map((q) => questionReport(q, totals));
  const summary: SummaryLine[] = [];
  for (const aspect of ASPECTS) {
    // The first question of each aspect speaks for it (e.g. the ranked topics for content).
    const report = questions.find((q) => q.aspect === aspect);
    const line = report ? summaryLine(report, aspect, locale) : undefined;
    if (line) summary.push(line);
  }
  return { surveyId: survey.id, title: survey.title, filter, responses: totals[RESPONSES_COUNTER] ?? 0, lastResponseAt, summary, questions };
}
