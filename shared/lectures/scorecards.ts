// Scorecards (评价): delivered lectures grouped by expert, topic, unit or front, with attendance,
// feedback, the mean score per dimension and satisfaction, all from per-lecture counters.
import * as v from 'valibot';
import type { Catalogue } from '../catalogue/catalogue-schema.js';
import { DIMENSIONS, type Dimension } from '../survey/survey-schema.js';
import { csvRows, percentCell } from '../report/csv.js';
import { formatDistrictTime } from '../survey-admin/zoned-time.js';
import { dimensionTotals, feedbackCount, type LectureCounters } from './feedback-counters.js';
import type { Lecture } from './lecture-schema.js';

export const SCORECARD_GROUPS = ['expert', 'topic', 'unit', 'front'] as const;
export const ScorecardGroupSchema = v.picklist(SCORECARD_GROUPS);
export type ScorecardGroup = (typeof SCORECARD_GROUPS)[number];

export interface ScoredLecture {
  lecture: Lecture;
  counters: LectureCounters;
}

export type Scores = Partial<Record<Dimension, number>>;

export interface ScoreTotals {
  lectures: number;
  attendance: number;
  feedback: number;
  /** Mean rating per dimension, on the questions' scale; absent without ratings. */
  scores: Scores;
  /** Share of all ratings in the top two scale points; absent without ratings. */
  satisfaction?: number;
  ratings: number;
}

export interface ScorecardRow extends ScoreTotals {
  id: string;
  label: string;
  /** The same figures quarter by quarter (district time), oldest first. */
  trend: ({ quarter: string } & ScoreTotals)[];
}

/** Adds lectures up: attendance and feedback, and per dimension the rating sums, counts and top-two counts. */
class Tally {
  lectures = 0;
  attendance = 0;
  feedback = 0;
  private readonly sums = new Map<Dimension, { sum: number; ratings: number; topTwo: number }>();

  add({ lecture, counters }: ScoredLecture): void {
    this.lectures += 1;
    this.attendance += lecture.attendance ?? 0;
    this.feedback += feedbackCount(counters);
    for (const d of DIMENSIONS) {
      const t = dimensionTotals(counters, d);
      const into = this.sums.get(d) ?? { sum: 0, ratings: 0, topTwo: 0 };
      into.sum += t.sum;
      into.ratings += t.ratings;
      into.topTwo += t.topTwo;
      this.sums.set(d, into);
    }
  }

  totals(): ScoreTotals {
    const scores: Scores = {};
    let ratings = 0;
    let topTwo = 0;
    for (const [d, t] of this.sums) {
      if (t.ratings > 0) scores[d] = t.sum / t.ratings;
      ratings += t.ratings;
      topTwo += t.topTwo;
    }
    return { lectures: this.lectures, attendance: this.attendance, feedback: this.feedback, scores, ratings, ...(ratings > 0 ? { satisfaction: topTwo / ratings } : {}) };
  }
}

/** One lecture's own figures (the ledger's columns). */
export function lectureTotals(scored: ScoredLecture): ScoreTotals {
  const tally = new Tally();
  tally.add(scored);
  return tally.totals();
}

export function totalsOf(lectures: readonly ScoredLecture[]): ScoreTotals {
  const tally = new Tally();
  for (const l of lectures) tally.add(l);
  return tally.totals();
}

/** The groups a lecture counts in: a lecture hosted by two units (or fronts) counts for each. */
function groupsOf(by: ScorecardGroup, lecture: Lecture, catalogue: Catalogue): { id: string; label: string }[] {
  switch (by) {
    case 'expert':
      return [{ id: lecture.expertId, label: catalogue.experts.find((e) => e.id === lecture.expertId)?.name ?? lecture.expertName }];
    case 'topic':
      return [{ id: lecture.topicId, label: catalogue.topics.find((t) => t.id === lecture.topicId)?.title ?? lecture.topicTitle }];
    case 'unit':
      return lecture.units.map((u) => ({ id: u.id, label: catalogue.units.find((c) => c.id === u.id)?.name ?? u.name }));
    case 'front':
      return [...new Set(lecture.units.map((u) => u.front))].map((id) => ({ id, label: catalogue.fronts.find((f) => f.id === id)?.name ?? id }));
  }
}

/** "2026-Q1", in district time. */
export function quarterOf(startsAt: string, timeZone: string): string {
  const local = formatDistrictTime(startsAt, timeZone);
  return `${local.slice(0, 4)}-Q${Math.floor((Number(local.slice(5, 7)) - 1) / 3) + 1}`;
}

/** Only delivered lectures count; rows by lectures delivered, then label. */
export function scorecardRows(by: ScorecardGroup, lectures: readonly ScoredLecture[], catalogue: Catalogue, timeZone: string): ScorecardRow[] {
  const groups = new Map<string, { label: string; all: Tally; quarters: Map<string, Tally> }>();
  for (const scored of lectures) {
    if (scored.lecture.status !== 'delivered') continue;
    const quarter = quarterOf(scored.lecture.startsAt, timeZone);
    for (const { id, label } of groupsOf(by, scored.lecture, catalogue)) {
      let group = groups.get(id);
      if (!group) groups.set(id, (group = { label, all: new Tally(), quarters: new Map() }));
      group.all.add(scored);
      let q = group.quarters.get(quarter);
      if (!q) group.quarters.set(quarter, (q = new Tally()));
      q.add(scored);
    }
  }
  return [...groups.entries()]
    .map(([id, g]) => ({
      id,
      label: g.label,
      ...g.all.totals(),
      trend: [...g.quarters.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([quarter, t]) => ({ quarter, ...t.totals() })),
    }))
    .sort((a, b) => b.lectures - a.lectures || a.label.localeCompare(b.label, 'zh-CN'));
}

const SCORECARD_HEADERS = {
  zh: ['名称', '宣讲场次', '实到人数', '反馈份数', '授课内容得分', '授课老师得分', '讲座组织得分', '满意度'],
  en: ['Name', 'Lectures', 'Attendance', 'Feedback', 'Lecture score', 'Lecturer score', 'Organisation score', 'Satisfaction'],
};

export function scorecardsCsv(rows: readonly ScorecardRow[], locale: 'zh' | 'en' = 'zh'): string {
  const score = (n: number | undefined) => (n === undefined ? '' : Math.round(n * 100) / 100);
  return csvRows(
    [
      SCORECARD_HEADERS[locale],
      ...rows.map((r) => [r.label, r.lectures, r.attendance, r.feedback, score(r.scores.lecture), score(r.scores.lecturer), score(r.scores.organisation), r.satisfaction === undefined ? '' : percentCell(r.satisfaction)]),
    ],
    { bom: true },
  );
}

/** The whole programme's figures quarter by quarter (delivered lectures), oldest first. */
export function quarterTrend(lectures: readonly ScoredLecture[], timeZone: string): ({ quarter: string } & ScoreTotals)[] {
  const quarters = new Map<string, Tally>();
  for (const scored of lectures) {
    if (scored.lecture.status !== 'delivered') continue;
    const quarter = quarterOf(scored.lecture.startsAt, timeZone);
    let q = quarters.get(quarter);
    if (!q) quarters.set(quarter, (q = new Tally()));
    q.add(scored);
  }
  return [...quarters.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([quarter, t]) => ({ quarter, ...t.totals() }));
}
