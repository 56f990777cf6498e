// Scorecards (评价): delivered lectures grouped by expert, topic, unit or front, with attendance,
// feedback, the mean score per dimension and satisfaction, all from per-lecture counters.
import * as v from 'valibot';
import type { Catalogue } from '../catalogue/catalogue-schema.js';
import { DIMENSIONS, type Dimension } from '../survey/survey-schema.js';
import { csvRows, percentCell } from '../kernel/csv.js';
import { addDecimals, type DecimalText } from '../kernel/exact-decimal.js';
import { formatDistrictTime } from '../kernel/zoned-time.js';
import { dimensionScales, dimensionTotals, feedbackCount, signInCount, type LectureCounters } from './feedback-counters.js';
import type { Lecture } from './lecture-schema.js';

export const SCORECARD_GROUPS = ['expert', 'topic', 'unit', 'front'] as const;
export const ScorecardGroupSchema = v.picklist(SCORECARD_GROUPS);
export type ScorecardGroup = (typeof SCORECARD_GROUPS)[number];

export interface ScoredLecture {
  lecture: Lecture;
  counters: LectureCounters;
}

export type Scores = Partial<Record<Dimension, number>>;

/** A dimension's mean on one scale (a 5-point and a 10-point mean are never averaged together). */
export interface ScaleScore {
  scale: number;
  score: number;
  ratings: number;
}

export interface ScoreTotals {
  lectures: number;
  /** The organizer's head count (实到人数), as entered when marking delivered. */
  attendance: number;
  /** Phones that signed in (签到人数), counted by the sign-in page: beside, never instead of, attendance. */
  signIns: number;
  feedback: number;
  /** Mean rating per dimension, on the questions' scale; absent without ratings, and when they came on more than one scale. */
  scores: Scores;
  /** Per dimension whose ratings came on more than one scale (the form's scale changed): the mean on each. */
  scoresByScale?: Partial<Record<Dimension, ScaleScore[]>>;
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

/**
 * Adds lectures up: attendance and feedback, and per dimension the rating sums, counts and top-two
 * counts. Counter totals are added exactly (decimal text) and become numbers only in `totals()`.
 */
class Tally {
  lectures = 0;
  attendance = 0;
  private feedback: DecimalText = '0';
  private signIns: DecimalText = '0';
  private readonly sums = new Map<Dimension, { sum: DecimalText; ratings: DecimalText; topTwo: DecimalText }>();
  /** Per dimension and scale; scale 0 holds ratings counted before scales were kept (one scale then). */
  private readonly scales = new Map<Dimension, Map<number, { sum: DecimalText; ratings: DecimalText }>>();

  add({ lecture, counters }: ScoredLecture): void {
    this.lectures += 1;
    this.attendance += lecture.attendance ?? 0;
    this.feedback = addDecimals(this.feedback, feedbackCount(counters));
    this.signIns = addDecimals(this.signIns, signInCount(counters));
    for (const d of DIMENSIONS) {
      const t = dimensionTotals(counters, d);
      const into = this.sums.get(d);
      this.sums.set(d, into ? { sum: addDecimals(into.sum, t.sum), ratings: addDecimals(into.ratings, t.ratings), topTwo: addDecimals(into.topTwo, t.topTwo) } : t);
      const byScale = dimensionScales(counters, d);
      if (byScale.size === 0 && Number(t.ratings) > 0) byScale.set(0, { sum: t.sum, ratings: t.ratings });
      const scales = this.scales.get(d) ?? new Map<number, { sum: DecimalText; ratings: DecimalText }>();
      for (const [scale, part] of byScale) {
        const seen = scales.get(scale);
        scales.set(scale, seen ? { sum: addDecimals(seen.sum, part.sum), ratings: addDecimals(seen.ratings, part.ratings) } : part);
      }
      this.scales.set(d, scales);
    }
  }

  /** The dimension's means per known scale when its ratings came on more than one; undefined otherwise. */
  private mixedScales(d: Dimension): ScaleScore[] | undefined {
    const known = [...(this.scales.get(d) ?? new Map())].filter(([scale, part]) => scale > 0 && Number(part.ratings) > 0);
    if (known.length < 2) return undefined;
    return known.sort(([a], [b]) => a - b).map(([scale, part]) => ({ scale, score: Number(part.sum) / Number(part.ratings), ratings: Number(part.ratings) }));
  }

  totals(): ScoreTotals {
    const scores: Scores = {};
    const scoresByScale: NonNullable<ScoreTotals['scoresByScale']> = {};
    let ratings: DecimalText = '0';
    let topTwo: DecimalText = '0';
    for (const [d, t] of this.sums) {
      const mixed = this.mixedScales(d);
      if (mixed) scoresByScale[d] = mixed;
      else if (Number(t.ratings) > 0) scores[d] = Number(t.sum) / Number(t.ratings);
      ratings = addDecimals(ratings, t.ratings);
      topTwo = addDecimals(topTwo, t.topTwo);
    }
    const rated = Number(ratings);
    // Satisfaction (the share in each scale's top two points) means the same on every scale: one share.
    return {
      lectures: this.lectures,
      attendance: this.attendance,
      signIns: Number(this.signIns),
      feedback: Number(this.feedback),
      scores,
      ...(Object.keys(scoresByScale).length > 0 ? { scoresByScale } : {}),
      ratings: rated,
      ...(rated > 0 ? { satisfaction: Number(topTwo) / rated } : {}),
    };
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
  zh: ['名称', '宣讲场次', '实到人数', '签到人数', '反馈份数', '授课内容得分', '授课老师得分', '讲座组织得分', '满意度'],
  en: ['Name', 'Lectures', 'Attendance', 'Signed in', 'Feedback', 'Lecture score', 'Lecturer score', 'Organisation score', 'Satisfaction'],
};

/** A dimension's score as a cell: the mean, or, across scales, each scale's mean named ("4.2（5 分制）；8.1（10 分制）"). */
export function scoreCell(totals: Pick<ScoreTotals, 'scores' | 'scoresByScale'>, d: Dimension, locale: 'zh' | 'en'): string | number {
  const round = (n: number) => Math.round(n * 100) / 100;
  const mixed = totals.scoresByScale?.[d];
  if (mixed) return mixed.map((s) => (locale === 'en' ? `${round(s.score)} (of ${s.scale})` : `${round(s.score)}（${s.scale} 分制）`)).join(locale === 'en' ? '; ' : '；');
  const n = totals.scores[d];
  return n === undefined ? '' : round(n);
}

export function scorecardsCsv(rows: readonly ScorecardRow[], locale: 'zh' | 'en' = 'zh'): string {
  return csvRows(
    [
      SCORECARD_HEADERS[locale],
      ...rows.map((r) => [r.label, r.lectures, r.attendance, r.signIns, r.feedback, ...DIMENSIONS.map((d) => scoreCell(r, d, locale)), r.satisfaction === undefined ? '' : percentCell(r.satisfaction)]),
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
