// The one interface every question type implements: its whole behaviour, from the definition
// to the report, in one module registered once in ./registry.ts. A module is typed by its own
// schemas (the question's and the report's), so nothing here needs the union of all types.
// Rendering (JSX) lives in the matching view under functions/question-views/, so shared/ stays
// free of markup.
import type * as v from 'valibot';
import type { Catalogue } from '../catalogue/catalogue-schema.js';
import type { Cell } from '../kernel/csv.js';
import type { Locale } from '../kernel/locale.js';
import type { IssueSink } from './answer-checks.js';
import type { AnswerForm } from './answer-issue.js';
import type { Answer } from './answers.js';
import type { DefinitionIssueCode } from './definition-issue.js';
import type { FormValues } from './form-values.js';
import type { Labelled, ReportBase } from './report-shapes.js';

export type { IssueSink } from './answer-checks.js';
export type DefinitionIssueSink = (code: DefinitionIssueCode, message: string) => void;
export type CounterSink = (name: string, by?: number) => void;
export type Totals = Readonly<Record<string, number>>;

/** What a module needs of any question's schema: it names the type and the question's id. */
export type QuestionSchemaLike = v.GenericSchema<unknown, { type: string; id: string; title: string; titleEn?: string | undefined; required: boolean }>;
/** What a module needs of any report's schema: the common report fields and the type. */
export type ReportSchemaLike = v.GenericSchema<unknown, ReportBase & { type: string }>;

/** The base fields a new question starts with (id, title, required), chosen by the editor. */
export interface SkeletonBase {
  id: string;
  required: boolean;
  title: string;
  titleEn?: string;
}

/** What a type's rules may read of the survey around the question (a Survey fits). */
export interface SurveyContext {
  fronts?: readonly { id: string }[] | undefined;
  questions: readonly { id: string; type: string }[];
}

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
export interface LogicSource<Q> {
  /** The options a condition may name. */
  options: (q: Q) => readonly Labelled[];
  /** The option ids a (validated) answer picked. */
  chosen: (answer: Answer) => string[];
}

export interface QuestionTypeModule<S extends QuestionSchemaLike, R extends ReportSchemaLike, Q extends v.InferOutput<S> = v.InferOutput<S>> {
  type: Q['type'];
  /** The type's name, as the editor's menu and report.csv show it. */
  name: Readonly<Record<Locale, string>>;
  /** The valibot schema of the question's definition (the registry makes the definition's variant of them). */
  schema: S;
  /** The valibot schema of the question's part of the report (the API document is generated from it). */
  reportSchema: R;
  /** The editor's starting point: a valid question of this type. */
  skeleton: (base: SkeletonBase, catalogue?: Catalogue) => Q;
  /**
   * The visual editor's posted fields (see the type's view) read back into this type's own
   * fields; the editor adds the base fields (title, help, required, section, display logic).
   */
  fromEditor: (form: FormValues, current: Q, catalogue?: Catalogue) => Record<string, unknown>;
  /** Cross-field rules beyond the schema, reported through `add` in the order found. */
  definitionIssues: (q: Q, survey: SurveyContext, add: DefinitionIssueSink) => void;
  /**
   * Checks a non-empty answer. Returns the stored form, or undefined after calling `issue`;
   * undefined without an issue means "nothing answered" (e.g. a blank text).
   */
  checkAnswer: (q: Q, value: unknown, issue: IssueSink) => Answer | undefined;
  /**
   * The form an answer takes in JSON, in both languages ("a list of option ids, e.g. [\"a\", \"b\"]"): told
   * to a client whose answer is not in it (the `wrong_type` issue), with this question's own ids as examples.
   */
  expectedForm: (q: Q) => AnswerForm;
  /** The answer a posted HTML form carries, unvalidated (undefined when the form has none). */
  fromForm: (q: Q, form: FormValues) => unknown;
  /** The counters one validated answer adds (the "answered" counter is added by the caller). */
  countAnswer: (q: Q, answer: Answer, add: CounterSink) => void;
  /** The most counters one answer can change, besides the "answered" one. */
  maxCounterChanges: (q: Q) => number;
  /**
   * Every counter (besides "answered") this question can ever add to one unit's counter item, so the
   * item's worst-case size can be bounded when the definition is saved.
   */
  counterNames: (q: Q, survey: SurveyContext) => string[];
  /** The question's part of the report, from summed counters. */
  report: (q: Q, totals: Totals, base: ReportBase) => v.InferOutput<R>;
  /** report.csv rows after the lead cells (id, title, type). */
  reportCsvRows: (report: v.InferOutput<R>, locale: Locale) => Cell[][];
  /** responses.csv columns. */
  answerColumns: (q: Q, locale: Locale) => AnswerColumn[];
  /** One stored answer in words, as the filled form would read (option labels, ranks in order, 周三下午). */
  answerWords: (q: Q, answer: Answer, locale: Locale) => string[];
  /** Cross-tabulation columns, or undefined when the type cannot be cross-tabulated. */
  crossTabColumns: (q: Q) => CrossTabColumn[] | undefined;
  /** Display logic: present when later questions may be shown depending on this one's answer. */
  logic: LogicSource<Q> | undefined;
}
