// The one interface every question type implements: its whole behaviour, from the definition
// to the report, in one module registered once in ./registry.ts. Rendering (JSX) lives in the
// matching view under functions/question-views/, so shared/ stays free of markup.
import type * as v from 'valibot';
import type { Catalogue } from '../catalogue/catalogue-schema.js';
import type { Locale } from '../kernel/locale.js';
import type { Cell } from '../kernel/csv.js';
import type { Labelled, QuestionReport } from '../report/report-types.js';
import type { Answer } from './answers.js';
import type { AnswerForm } from './answer-issue.js';
import type { DefinitionIssueCode } from '../survey/definition-issues.js';
import type { QuestionOf, QuestionType, Survey } from '../survey/survey-schema.js';
import type { IssueSink } from './answer-checks.js';
import type { FormValues } from './form-values.js';

export type { IssueSink } from './answer-checks.js';
export type DefinitionIssueSink = (code: DefinitionIssueCode, message: string) => void;
export type CounterSink = (name: string, by?: number) => void;
export type Totals = Readonly<Record<string, number>>;
/** The report shape of one type (several choice types share one shape, so narrow it by `type`). */
export type ReportOf<T extends QuestionType> = QuestionReport extends infer R ? (R extends { type: infer U } ? (T extends U ? R & { type: T } : never) : never) : never;

/** The fields every question's report carries, whatever its type. */
export interface ReportBase {
  questionId: string;
  title: string;
  titleEn?: string;
  aspect?: QuestionOf<QuestionType>['aspect'];
  answered: number;
}

/** The base fields a new question starts with (id, title, required), chosen by the editor. */
export type SkeletonBase = Pick<QuestionOf<QuestionType>, 'id' | 'required' | 'title' | 'titleEn'>;

/** A responses.csv column: its header and the cell one answer fills (undefined when unanswered). */
export interface AnswerColumn {
  header: string;
  cell: (answer: Answer | undefined) => Cell;
}

/** A unit x option column of the cross-tabulation and the counters that add up to it. */
export interface CrossTabColumn extends Labelled {
  counters: string[];
}

/** What display logic needs from a question that later questions may depend on. */
export interface LogicSource<T extends QuestionType> {
  /** The options a condition may name. */
  options: (q: QuestionOf<T>) => readonly Labelled[];
  /** The option ids a (validated) answer picked. */
  chosen: (answer: Answer) => string[];
}

export interface QuestionTypeModule<T extends QuestionType> {
  type: T;
  /** The valibot schema of the question's definition (also listed in the registry's variant). */
  schema: v.GenericSchema;
  /** The editor's starting point: a valid question of this type. */
  skeleton: (base: SkeletonBase, catalogue?: Catalogue) => QuestionOf<T>;
  /**
   * The visual editor's posted fields (see the type's view) read back into this type's own
   * fields; the editor adds the base fields (title, help, required, section, display logic).
   */
  fromEditor: (form: FormValues, current: QuestionOf<T>, catalogue?: Catalogue) => Record<string, unknown>;
  /** Cross-field rules beyond the schema, reported through `add` in the order found. */
  definitionIssues: (q: QuestionOf<T>, survey: Survey, add: DefinitionIssueSink) => void;
  /**
   * Checks a non-empty answer. Returns the stored form, or undefined after calling `issue`;
   * undefined without an issue means "nothing answered" (e.g. a blank text).
   */
  checkAnswer: (q: QuestionOf<T>, value: unknown, issue: IssueSink) => Answer | undefined;
  /**
   * The form an answer takes in JSON, in both languages ("a list of option ids, e.g. [\"a\", \"b\"]"): told
   * to a client whose answer is not in it (the `wrong_type` issue), with this question's own ids as examples.
   */
  expectedForm: (q: QuestionOf<T>) => AnswerForm;
  /** The answer a posted HTML form carries, unvalidated (undefined when the form has none). */
  fromForm: (q: QuestionOf<T>, form: FormValues) => unknown;
  /** The counters one validated answer adds (the "answered" counter is added by the caller). */
  countAnswer: (q: QuestionOf<T>, answer: Answer, add: CounterSink) => void;
  /** The most counters one answer can change, besides the "answered" one. */
  maxCounterChanges: (q: QuestionOf<T>) => number;
  /**
   * Every counter (besides "answered") this question can ever add to one unit's counter item, so the
   * item's worst-case size can be bounded when the definition is saved.
   */
  counterNames: (q: QuestionOf<T>, survey: Survey) => string[];
  /** The question's part of the report, from summed counters. */
  report: (q: QuestionOf<T>, totals: Totals, base: ReportBase) => ReportOf<T>;
  /** report.csv rows after the lead cells (id, title, type). */
  reportCsvRows: (report: ReportOf<T>, locale: Locale) => Cell[][];
  /** responses.csv columns. */
  answerColumns: (q: QuestionOf<T>, locale: Locale) => AnswerColumn[];
  /** Cross-tabulation columns, or undefined when the type cannot be cross-tabulated. */
  crossTabColumns: (q: QuestionOf<T>) => CrossTabColumn[] | undefined;
  /** Display logic: present when later questions may be shown depending on this one's answer. */
  logic: LogicSource<T> | undefined;
}
