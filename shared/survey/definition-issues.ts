// Rules a survey definition must follow beyond its schema: the cross-field ones. Each type's
// own rules live in its module (shared/question-types/); the survey-wide ones are here.
import { MAX_COUNTER_CHANGES, maxCounterChanges } from './counter-deltas.js';
import { MAX_COUNTER_ITEM_BYTES, maxCounterItemSize } from './counter-budget.js';
import { moduleOf } from '../question-types/registry.js';
import { logicIssues } from './display-logic.js';
import type { Question, Survey } from './survey-schema.js';
import type { DefinitionIssue, DefinitionIssueCode } from '../question-types/definition-issue.js';

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const id of ids) (seen.has(id) ? repeated : seen).add(id);
  return [...repeated];
}

function questionIssues(q: Question, survey: Survey): DefinitionIssue[] {
  const issues: DefinitionIssue[] = [];
  const add = (code: DefinitionIssueCode, message: string) => issues.push({ questionId: q.id, code, message });
  moduleOf(q).definitionIssues(q, survey, add);
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
  issues.push(...logicIssues(survey));
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
