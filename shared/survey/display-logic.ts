// Display logic (显示逻辑): a question or section shown only when an earlier choice question has
// one of some options, or when several such conditions all hold. The server decides what was shown from the answers themselves: answers to
// questions the answers hide are dropped (never stored, never counted) and hidden questions are
// never required, so a respondent without JavaScript, who sees every question, is never refused.
import { moduleOf } from '../question-types/registry.js';
import type { Answers } from '../question-types/answers.js';
import type { DefinitionIssue } from '../question-types/definition-issue.js';
import type { Condition, Question, Survey, VisibleIf } from './survey-schema.js';

/** The conditions of one `visibleIf`, whichever form it is written in; none when there is none. */
export function conditionList(visibleIf: VisibleIf | undefined): Condition[] {
  if (!visibleIf) return [];
  return 'all' in visibleIf ? visibleIf.all : [visibleIf];
}

/** `visibleIf` for a list of conditions: the single form for one, `all` for several, none for none. */
export function visibleIfOf(conditions: readonly Condition[]): VisibleIf | undefined {
  if (conditions.length === 0) return undefined;
  return conditions.length === 1 ? conditions[0] : { all: [...conditions] };
}

/** Every condition a question must meet: its section's, then its own. */
export function conditionsOf(survey: Survey, q: Question): Condition[] {
  const section = q.sectionId === undefined ? undefined : survey.sections?.find((s) => s.id === q.sectionId);
  return [...conditionList(section?.visibleIf), ...conditionList(q.visibleIf)];
}

/** Whether a condition holds, given the answers so far and which earlier questions were shown. */
function holds(survey: Survey, condition: Condition, answers: Answers, shown: ReadonlySet<string>): boolean {
  const source = survey.questions.find((x) => x.id === condition.questionId);
  const answer = answers[condition.questionId];
  const logic = source ? moduleOf(source).logic : undefined;
  if (!source || !logic || answer === undefined || !shown.has(source.id)) return false;
  return logic.chosen(answer).some((id) => condition.anyOf.includes(id));
}

/**
 * Decides, question by question in order, whether each is shown. Conditions only look back,
 * so one pass suffices; `answerOf` gives each question's accepted answer once it is decided.
 */
export function walkVisible(survey: Survey, visit: (q: Question, shown: boolean) => Answers[string] | undefined): Set<string> {
  const shown = new Set<string>();
  const answers: Answers = {};
  for (const q of survey.questions) {
    const visible = conditionsOf(survey, q).every((c) => holds(survey, c, answers, shown));
    if (visible) shown.add(q.id);
    const answer = visit(q, visible);
    if (answer !== undefined) answers[q.id] = answer;
  }
  return shown;
}

/** The ids of the questions a set of (validated) answers shows. */
export function shownQuestions(survey: Survey, answers: Answers): Set<string> {
  return walkVisible(survey, (q) => answers[q.id]);
}

/** Only the answers to questions the answers show. */
export function visibleAnswers(survey: Survey, answers: Answers): Answers {
  const shown = shownQuestions(survey, answers);
  return Object.fromEntries(Object.entries(answers).filter(([id]) => shown.has(id)));
}

/** Questions a condition depends on, directly: for finding cycles. */
function dependsOn(survey: Survey): Map<string, string[]> {
  return new Map(survey.questions.map((q) => [q.id, conditionsOf(survey, q).map((c) => c.questionId)]));
}

function onCycle(edges: Map<string, string[]>, start: string): boolean {
  const seen = new Set<string>();
  const stack = [...(edges.get(start) ?? [])];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (id === start) return true;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(edges.get(id) ?? []));
  }
  return false;
}

/** Display-logic problems: unknown, later or non-choice questions, unknown options, cycles. */
export function logicIssues(survey: Survey): DefinitionIssue[] {
  const issues: DefinitionIssue[] = [];
  const edges = dependsOn(survey);
  const position = new Map(survey.questions.map((q, i) => [q.id, i]));
  const check = (condition: Condition, at: number, questionId: string, whose: string) => {
    const add = (code: DefinitionIssue['code'], message: string) => issues.push({ questionId, code, message });
    const target = position.get(condition.questionId);
    const source = target === undefined ? undefined : survey.questions[target];
    if (target === undefined || !source) return add('logic_unknown_question', `${whose} depends on unknown question ${condition.questionId}.`);
    if (onCycle(edges, questionId)) return add('logic_cycle', `${whose} depends on question ${condition.questionId}, which depends on it in turn.`);
    if (target >= at) return add('logic_later_question', `${whose} depends on question ${condition.questionId}, which comes after it.`);
    const logic = moduleOf(source).logic;
    if (!logic) return add('logic_not_choice', `${whose} depends on question ${condition.questionId}, which has no options to choose.`);
    const known = new Set(logic.options(source).map((o) => o.id));
    const unknown = condition.anyOf.filter((id) => !known.has(id));
    if (unknown.length > 0) add('logic_unknown_option', `${whose} depends on option ${unknown.join(', ')} that question ${condition.questionId} does not have.`);
  };
  survey.questions.forEach((q, i) => {
    for (const condition of conditionList(q.visibleIf)) check(condition, i, q.id, `Question ${q.id}`);
  });
  for (const section of survey.sections ?? []) {
    const first = survey.questions.findIndex((q) => q.sectionId === section.id);
    const q = survey.questions[first];
    if (q) for (const condition of conditionList(section.visibleIf)) check(condition, first, q.id, `Section ${section.id}`);
  }
  return issues;
}
