// Each unit's (or front's) counts per option of one question: who wants what, side by side.
import { InvalidReportFilterError, type FieldIssue } from '../errors.js';
import type { UnitCounters } from '../survey/counter-store.js';
import type { Question, Survey } from '../survey/survey-schema.js';
import type { CrossTabColumn } from '../question-types/question-type.js';
import { moduleOf } from '../question-types/registry.js';
import { NO_UNIT } from '../survey/counter-deltas.js';
import { RESPONSES_COUNTER } from '../question-types/counter-names.js';
import type { CrossTab, Labelled, ReportFilter } from './report-types.js';

export const NO_UNIT_LABEL = { label: '未填单位', labelEn: 'No unit given' };

export function surveyUnits(survey: Survey) {
  const q = survey.questions.find((x) => x.type === 'unit');
  return q?.type === 'unit' ? q.options : [];
}

export function surveyFronts(survey: Survey): Labelled[] {
  if (survey.fronts) return survey.fronts;
  return [...new Set(surveyUnits(survey).map((u) => u.front))].map((id) => ({ id, label: id }));
}

/** Throws when a filter names a unit or front the survey does not know, saying which filter (never repeating its value). */
export function checkReportFilter(survey: Survey, filter: ReportFilter): void {
  const issues: FieldIssue[] = [];
  if (filter.unit !== undefined && filter.unit !== NO_UNIT && !surveyUnits(survey).some((u) => u.id === filter.unit)) {
    issues.push({ field: 'unit', message: 'No unit of this survey has this id.', zh: '本问卷的单位中没有这个单位。' });
  }
  if (filter.front !== undefined && !surveyFronts(survey).some((f) => f.id === filter.front)) {
    issues.push({ field: 'front', message: 'No front of this survey has this id.', zh: '本问卷的战线中没有这条战线。' });
  }
  if (issues.length > 0) throw new InvalidReportFilterError(issues);
}

function columnsOf(q: Question): CrossTabColumn[] | undefined {
  return moduleOf(q).crossTabColumns(q);
}

/** The question a cross-tabulation shows when none is named: the first content question, else the first choice. */
export function defaultCrossTabQuestion(survey: Survey): Question | undefined {
  return survey.questions.find((q) => q.aspect === 'content' && columnsOf(q)) ?? survey.questions.find((q) => q.type !== 'unit' && columnsOf(q));
}

export function crossTab(survey: Survey, units: readonly UnitCounters[], by: 'unit' | 'front', questionId?: string): CrossTab {
  const q = questionId === undefined ? defaultCrossTabQuestion(survey) : survey.questions.find((x) => x.id === questionId);
  const columns = q ? columnsOf(q) : undefined;
  if (!q || !columns) {
    throw new InvalidReportFilterError([{ field: 'question', message: 'This survey has no question by this id that can be cross-tabulated.', zh: '本问卷没有可交叉分析的这道题。' }]);
  }
  const countersOf = (predicate: (u: UnitCounters) => boolean) => {
    const totals: Record<string, number> = {};
    for (const u of units.filter(predicate)) for (const [k, v] of Object.entries(u.counters)) totals[k] = (totals[k] ?? 0) + v;
    return totals;
  };
  const row = (l: Labelled & { front?: string }, totals: Record<string, number>) => ({
    ...l,
    responses: totals[RESPONSES_COUNTER] ?? 0,
    counts: columns.map((c) => c.counters.reduce((sum, name) => sum + (totals[name] ?? 0), 0)),
  });
  const rows =
    by === 'front'
      ? surveyFronts(survey).map((f) => row({ id: f.id, label: f.label, ...(f.labelEn ? { labelEn: f.labelEn } : {}) }, countersOf((u) => u.front === f.id)))
      : [
          ...surveyUnits(survey).map((u) => row({ id: u.id, label: u.label, ...(u.labelEn ? { labelEn: u.labelEn } : {}), front: u.front }, countersOf((x) => x.unitId === u.id))),
          ...(units.some((u) => u.unitId === NO_UNIT) ? [row({ id: NO_UNIT, ...NO_UNIT_LABEL }, countersOf((u) => u.unitId === NO_UNIT))] : []),
        ];
  return { questionId: q.id, by, columns: columns.map(({ counters: _, ...c }) => c), rows };
}

/** The table's rows inside a report's cut: a cut report shows the units inside it only (the others can only be 0). */
export function cutCrossTab(table: CrossTab, filter: ReportFilter): CrossTab {
  return { ...table, rows: table.rows.filter((r) => (filter.unit === undefined || r.id === filter.unit) && (filter.front === undefined || r.front === filter.front)) };
}
