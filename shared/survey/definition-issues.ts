// Rules a survey definition must follow beyond its schema: the cross-field ones.
import { OTHER_OPTION_ID } from './ids.js';
import { MAX_COUNTER_CHANGES, maxCounterChanges } from '../report/counter-deltas.js';
import { MAX_COUNTER_ITEM_BYTES, maxCounterItemSize } from '../report/counter-item-size.js';
import { decimalsIn, MAX_DECIMALS, NUMBER_LIMIT } from './number-rules.js';
import type { Question, QuestionOf, Survey } from './survey-schema.js';

export type DefinitionIssueCode =
  | 'duplicate_question_id'
  | 'duplicate_option_id'
  | 'no_options'
  | 'pick_exceeds_options'
  | 'min_exceeds_max'
  | 'reserved_option_id'
  | 'unknown_section'
  | 'unknown_front'
  | 'unknown_grid_cell'
  | 'too_many_counters'
  | 'counters_too_large'
  | 'bound_out_of_range'
  | 'integer_with_decimals'
  | 'definition_too_large';

export interface DefinitionIssue {
  questionId?: string;
  code: DefinitionIssueCode;
  message: string;
}

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const id of ids) (seen.has(id) ? repeated : seen).add(id);
  return [...repeated];
}

function optionsOf(q: Question): readonly { id: string }[] | undefined {
  return 'options' in q ? q.options : q.type === 'matrix_rating' ? q.rows : undefined;
}

/** Bounds an answer could meet: within ±10^12 and at most 4 decimals (1e300 or 1e-300 cannot even be stored). */
function numberIssues(q: QuestionOf<'number'>): DefinitionIssue[] {
  const issues: DefinitionIssue[] = [];
  const add = (code: DefinitionIssueCode, message: string) => issues.push({ questionId: q.id, code, message });
  for (const [name, bound] of [['minimum', q.min], ['maximum', q.max]] as const) {
    if (bound !== undefined && (Math.abs(bound) > NUMBER_LIMIT || decimalsIn(bound) > MAX_DECIMALS)) {
      add('bound_out_of_range', `The ${name} must lie between -10^12 and 10^12, with at most ${MAX_DECIMALS} decimals.`);
    }
  }
  if (q.min !== undefined && q.max !== undefined && q.min > q.max) add('min_exceeds_max', `Question ${q.id} has a minimum above its maximum.`);
  if (q.integer && q.decimals !== undefined && q.decimals > 0) add('integer_with_decimals', 'A whole-number question cannot have decimals.');
  return issues;
}

function questionIssues(q: Question, survey: Survey): DefinitionIssue[] {
  const issues: DefinitionIssue[] = [];
  const add = (code: DefinitionIssueCode, message: string) => issues.push({ questionId: q.id, code, message });
  const options = optionsOf(q);
  if (options !== undefined) {
    if (options.length === 0) add('no_options', `Question ${q.id} has no options.`);
    for (const id of duplicates(options.map((o) => o.id))) add('duplicate_option_id', `Question ${q.id} repeats option id ${id}.`);
  }
  if ((q.type === 'single_choice' || q.type === 'multiple_choice') && q.allowOther && options?.some((o) => o.id === OTHER_OPTION_ID)) {
    add('reserved_option_id', `Question ${q.id} allows a write-in, so no option may use the id "${OTHER_OPTION_ID}".`);
  }
  if (q.type === 'ranking') {
    if (q.pick > q.options.length) add('pick_exceeds_options', `Question ${q.id} asks to rank ${q.pick} of ${q.options.length} options.`);
    if (q.minPicks !== undefined && q.minPicks > q.pick) add('min_exceeds_max', `Question ${q.id} needs at least ${q.minPicks} ranked but allows ${q.pick}.`);
  }
  if (q.type === 'multiple_choice' || q.type === 'time_slots') {
    const total = q.options.length + (q.type === 'multiple_choice' && q.allowOther ? 1 : 0);
    if (q.minPicks !== undefined && q.maxPicks !== undefined && q.minPicks > q.maxPicks) add('min_exceeds_max', `Question ${q.id} needs at least ${q.minPicks} picks but allows ${q.maxPicks}.`);
    if (q.minPicks !== undefined && q.minPicks > total) add('pick_exceeds_options', `Question ${q.id} needs ${q.minPicks} picks from ${total} options.`);
  }
  if (q.type === 'number') issues.push(...numberIssues(q));
  if (q.type === 'time_slots' && q.grid) {
    const rows = new Set(q.grid.rows.map((r) => r.id));
    const columns = new Set(q.grid.columns.map((c) => c.id));
    for (const o of q.options) {
      if (!o.row || !o.column || !rows.has(o.row) || !columns.has(o.column)) add('unknown_grid_cell', `Slot ${o.id} of question ${q.id} is not in the grid.`);
    }
  }
  if (q.type === 'unit' && survey.fronts) {
    const fronts = new Set(survey.fronts.map((f) => f.id));
    for (const o of q.options) if (!fronts.has(o.front)) add('unknown_front', `Unit ${o.id} names unknown front ${o.front}.`);
  }
  if (q.sectionId !== undefined && !survey.sections?.some((s) => s.id === q.sectionId)) {
    add('unknown_section', `Question ${q.id} is in unknown section ${q.sectionId}.`);
  }
  return issues;
}

/** Every cross-field problem in a survey definition; empty when it is sound. */
export function definitionIssues(survey: Survey): DefinitionIssue[] {
  const issues: DefinitionIssue[] = duplicates(survey.questions.map((q) => q.id)).map((id) => ({
    questionId: id,
    code: 'duplicate_question_id' as const,
    message: `Question id ${id} is used more than once.`,
  }));
  for (const q of survey.questions) issues.push(...questionIssues(q, survey));
  const changes = maxCounterChanges(survey);
  if (changes > MAX_COUNTER_CHANGES) {
    issues.push({
      code: 'too_many_counters',
      message: `One response could change ${changes} counters; at most ${MAX_COUNTER_CHANGES} fit in one update. Use fewer questions or options, or lower maxPicks.`,
    });
  }
  const size = maxCounterItemSize(survey);
  if (size.bytes > MAX_COUNTER_ITEM_BYTES && size.largest) {
    const kb = (bytes: number) => Math.ceil(bytes / 1024);
    issues.push({
      questionId: size.largest.questionId,
      code: 'counters_too_large',
      message: `One unit's counters could grow to ${kb(size.bytes)} KB (this question's to ${kb(size.largest.bytes)} KB); at most ${kb(MAX_COUNTER_ITEM_BYTES)} KB fit. Use fewer options, shorter option ids or a smaller pick.`,
    });
  }
  return issues;
}
