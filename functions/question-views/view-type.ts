// The one interface every question type's rendering implements: the respondent's controls and
// the report's chart (and, from the editor, its own fields). Registered once in ./registry.ts,
// beside the domain modules of shared/question-types/ that hold everything without markup.
import type { Child } from 'hono/jsx';
import type { Locale } from '../../shared/kernel/locale.js';
import type { ReportOf } from '../../shared/question-types/registry.js';
import type { FormValues } from '../../shared/question-types/form-values.js';
import type { QuestionOf, QuestionType, Survey } from '../../shared/survey/survey-schema.js';
import type { EditorCtx } from './editor-parts.js';

/** The form script's inline checks, by the kind of control (see QuestionView.check). */
export type InlineCheck = 'one' | 'picks' | 'ranked' | 'rows' | 'entry';

/** What a question's controls render from: the answers so far and the HTML ids to use. */
export interface FieldCtx {
  survey: Survey;
  locale: Locale;
  values: FormValues;
  /** HTML ids, built from the question's position, never from organizer-chosen ids. */
  ids: { base: string; help: string; err: string };
  /** The help and error ids, for aria-describedby. */
  describedBy: string;
}

export interface QuestionView<T extends QuestionType> {
  /**
   * 'single': one control under a <label> (its id is `${ids.base}-in`);
   * 'group': several controls in a <fieldset> with a <legend>.
   */
  layout: 'single' | 'group';
  /**
   * Which inline check the form script runs on the box (data-check): 'one' a ticked choice, 'picks' a
   * count of ticks within data-min/data-max, 'ranked' distinct places, at least data-min, 'rows' a tick
   * in every row, 'entry' a typed or chosen value within the field's own min, max and decimals.
   */
  check: InlineCheck;
  /** A plain hint under the title ("choose 1 to 3"), or undefined. */
  hint: (q: QuestionOf<T>, locale: Locale) => string | undefined;
  /** The fewest and most picks, for the form script's inline checks; undefined when not a pick type. */
  picks: (q: QuestionOf<T>) => { min: number; max: number } | undefined;
  /** The respondent's controls. */
  Controls: (props: { ctx: FieldCtx; q: QuestionOf<T> }) => Child;
  /** The editor's fields for this type (read back by the domain module's `fromEditor`). */
  EditorFields: (props: { ed: EditorCtx; q: QuestionOf<T> }) => Child;
  /** The report's chart (or figures) for this question. */
  Chart: (props: { report: ReportOf<T>; question: QuestionOf<T> | undefined; locale: Locale; title: string }) => Child;
}
