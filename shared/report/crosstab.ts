// Each unit's (or front's) counts per option of one question: who wants what, side by side.
import { InvalidReportFilterError } from '../errors.js';
import type { UnitCounters } from '../storage/ports.js';
import { OTHER_OPTION_ID } from '../survey/ids.js';
import type { Question, Survey } from '../survey/survey-schema.js';
import { OTHER_LABEL } from './aggregate.js';
import { NO_UNIT } from './counter-deltas.js';
import { counterNames, RESPONSES_COUNTER } from './counter-names.js';
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

/** Throws when a filter names a unit or front the survey does not know, naming each. */
export function checkReportFilter(survey: Survey, filter: ReportFilter): void {
  const issues: { field: string; message: string }[] = [];
  if (filter.unit !== undefined && filter.unit !== NO_UNIT && !surveyUnits(survey).some((u) => u.id === filter.unit)) {
    issues.push({ field: 'unit', message: `Unknown unit: ${filter.unit.slice(0, 64)}` });
  }
  if (filter.front !== undefined && !surveyFronts(survey).some((f) => f.id === filter.front)) {
    issues.push({ field: 'front', message: `Unknown front: ${filter.front.slice(0, 64)}` });
  }
  if (issues.length > 0) throw new InvalidReportFilterError(issues);
}

interface Column extends Labelled {
  counters: string[];
}

function columnsOf(q: Question): Column[] | undefined {
  const withLabel = (o: { id: string; label: string; labelEn?: string }, counters: string[]): Column => ({ id: o.id, label: o.label, ...(o.labelEn ? { labelEn: o.labelEn } : {}), counters });
  switch (q.type) {
    case 'single_choice':
    case 'multiple_choice': {
      const cols = q.options.map((o) => withLabel(o, [counterNames.option(q.id, o.id)]));
      return q.allowOther ? [...cols, withLabel({ id: OTHER_OPTION_ID, ...OTHER_LABEL }, [counterNames.option(q.id, OTHER_OPTION_ID)])] : cols;
    }
    case 'time_slots':
    case 'unit':
      return q.options.map((o) => withLabel(o, [counterNames.option(q.id, o.id)]));
    case 'ranking': {
      const k = Math.min(q.pick, q.options.length);
      return q.options.map((o) => withLabel(o, Array.from({ length: k }, (_, i) => counterNames.rank(q.id, i + 1, o.id))));
    }
    case 'rating':
      return Array.from({ length: q.scale }, (_, i) => withLabel({ id: String(i + 1), label: `${i + 1} 分`, labelEn: `${i + 1}` }, [counterNames.score(q.id, i + 1)]));
    default:
      return undefined;
  }
}

/** The question a cross-tabulation shows when none is named: the first content question, else the first choice. */
export function defaultCrossTabQuestion(survey: Survey): Question | undefined {
  return survey.questions.find((q) => q.aspect === 'content' && columnsOf(q)) ?? survey.questions.find((q) => q.type !== 'unit' && columnsOf(q));
}

export function crossTab(survey: Survey, units: readonly UnitCounters[], by: 'unit' | 'front', questionId?: string): CrossTab {
  const q = questionId === undefined ? defaultCrossTabQuestion(survey) : survey.questions.find((x) => x.id === questionId);
  const columns = q ? columnsOf(q) : undefined;
  if (!q || !columns) {
    throw new InvalidReportFilterError([{ field: 'question', message: `Question ${String(questionId ?? '').slice(0, 64)} cannot be cross-tabulated.` }]);
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
