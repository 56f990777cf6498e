// Last year's scores beside each topic and expert (the catalogue, the menu composer), so the next
// menu is planned from ratings as well as demand: delivered lectures of the past 12 months, from
// their counters. One range query and one batch of counter reads: O(lectures in the year).
import type { LectureRepository } from './lecture-store.js';
import { scoredLectures } from './ledger.js';
import { totalsOf, type ScoredLecture, type ScoreTotals } from './scorecards.js';

/** How far back "last year" looks, ending now. */
const RECENT_DAYS = 365;

export interface RecentScore {
  lectures: number;
  attendance: number;
  feedback: number;
  /** The mean of the dimension that rates the thing itself: 授课内容 for a topic, 授课老师 for an expert. */
  score?: number;
  satisfaction?: number;
}

export interface RecentScores {
  topics: Map<string, RecentScore>;
  experts: Map<string, RecentScore>;
}

function byKey(lectures: readonly ScoredLecture[], keyOf: (l: ScoredLecture) => string, pick: (t: ScoreTotals) => number | undefined): Map<string, RecentScore> {
  const groups = new Map<string, ScoredLecture[]>();
  for (const l of lectures) groups.set(keyOf(l), [...(groups.get(keyOf(l)) ?? []), l]);
  return new Map(
    [...groups].map(([id, group]) => {
      const totals = totalsOf(group);
      const score = pick(totals);
      return [id, { lectures: totals.lectures, attendance: totals.attendance, feedback: totals.feedback, ...(score !== undefined ? { score } : {}), ...(totals.satisfaction !== undefined ? { satisfaction: totals.satisfaction } : {}) }];
    }),
  );
}

/** Across a change of scale, the mean on the scale most ratings were given on (scales are never averaged together). */
function scoreOf(totals: ScoreTotals, d: 'lecture' | 'lecturer'): number | undefined {
  const mixed = totals.scoresByScale?.[d];
  return mixed ? [...mixed].sort((a, b) => b.ratings - a.ratings)[0]?.score : totals.scores[d];
}

export async function recentScores(lectures: LectureRepository, now: Date): Promise<RecentScores> {
  const range = { from: new Date(now.getTime() - RECENT_DAYS * 86_400_000).toISOString(), to: now.toISOString() };
  const delivered = await scoredLectures(lectures, range, { status: 'delivered' });
  return {
    topics: byKey(delivered, (l) => l.lecture.topicId, (t) => scoreOf(t, 'lecture')),
    experts: byKey(delivered, (l) => l.lecture.expertId, (t) => scoreOf(t, 'lecturer')),
  };
}
