// Report, CSV and cross-tab pieces the choice-like and score-like types share.
import type { Locale } from '../kernel/locale.js';
import { localized } from '../kernel/locale.js';
import { counterNames } from './counter-names.js';
import { percentCell, type Cell } from '../kernel/csv.js';
import type { Labelled, OptionFigure, ScoreFigures } from './report-shapes.js';
import { type Answer, type ChoiceAnswer, isOtherAnswer } from './answers.js';
import { OTHER_OPTION_ID } from '../kernel/ids.js';
import type { CrossTabColumn, Totals } from './question-type.js';

export const OTHER_LABEL = { label: '其他', labelEn: 'Other' };

export const share = (count: number, of: number) => (of > 0 ? count / of : 0);
export const labelled = (o: { id: string; label: string; labelEn?: string }): Labelled => (o.labelEn ? { id: o.id, label: o.label, labelEn: o.labelEn } : { id: o.id, label: o.label });
export const localLabel = (locale: Locale, l: { label: string; labelEn?: string }) => localized(locale, l.label, l.labelEn);
export const round2 = (n: number | null) => (n === null ? '' : Math.round(n * 100) / 100);

type Options = readonly { id: string; label: string; labelEn?: string }[];

/** The listed options, plus "other" when write-ins are allowed. */
export function withOther(options: Options, allowOther: boolean): Options {
  return allowOther ? [...options, { id: OTHER_OPTION_ID, ...OTHER_LABEL }] : options;
}

export function optionFigures(questionId: string, options: Options, totals: Totals, answered: number): OptionFigure[] {
  return options.map((o) => {
    const count = totals[counterNames.option(questionId, o.id)] ?? 0;
    return { ...labelled(o), count, share: share(count, answered) };
  });
}

export function scoreFigures(scale: number, countOf: (score: number) => number): ScoreFigures {
  const distribution = Array.from({ length: scale }, (_, i) => ({ score: i + 1, count: countOf(i + 1) }));
  const answered = distribution.reduce((n, d) => n + d.count, 0);
  const sum = distribution.reduce((n, d) => n + d.score * d.count, 0);
  return { answered, mean: answered > 0 ? sum / answered : null, distribution };
}

/** report.csv rows for per-option counts. */
export function optionCsvRows(options: readonly OptionFigure[], answered: number, locale: Locale): Cell[][] {
  return options.map((o) => [o.id, localLabel(locale, o), o.count, percentCell(o.share), '', '', '', answered]);
}

export function optionCrossTabColumns(questionId: string, options: Options): CrossTabColumn[] {
  return options.map((o) => ({ ...labelled(o), counters: [counterNames.option(questionId, o.id)] }));
}

/** An answer's option label in the CSV's language; a write-in reads "Other: its text". */
export function choiceLabel(options: Options, answer: ChoiceAnswer, locale: Locale): string {
  if (isOtherAnswer(answer)) return `${localLabel(locale, OTHER_LABEL)}: ${answer.text}`;
  const o = options.find((x) => x.id === answer);
  return o ? localLabel(locale, o) : answer;
}

export const questionTitle = (q: { title: string; titleEn?: string }, locale: Locale) => localized(locale, q.title, q.titleEn);

/** Duplicate and missing option ids, for every type that lists options (or rows). */
export function optionListIssues(questionId: string, options: readonly { id: string }[], add: (code: 'no_options' | 'duplicate_option_id', message: string) => void): void {
  if (options.length === 0) add('no_options', `Question ${questionId} has no options.`);
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const o of options) (seen.has(o.id) ? repeated : seen).add(o.id);
  for (const id of repeated) add('duplicate_option_id', `Question ${questionId} repeats option id ${id}.`);
}

/** The picks of a list answer (multiple choice, ranking, time slots), none when it is not a list. */
export const pickList = (answer: Answer): ChoiceAnswer[] => (Array.isArray(answer) ? (answer as ChoiceAnswer[]) : []);

/** A score in words: "4 分（满分 5 分）", "4 of 5". */
export const points = (n: unknown, scale: number, locale: Locale) => (locale === 'en' ? `${String(n)} of ${scale}` : `${String(n)} 分（满分 ${scale} 分）`);
