// Rankings of a call's essays (征文排名): each essay's mean score over its reviews and their number,
// ranked overall, by theme and by front. Computed from the stored reviews every time (never a kept
// tally), so a ranking always equals a recount.
import type { Essay, EssayCall, Review } from './essay-schema.js';
import type { EssayResult } from './essay-store.js';

export interface RankedEssay {
  essayId: string;
  title: string;
  unitId: string;
  unitName: string;
  front: string;
  themeId: string;
  reviews: number;
  /** The mean score to two decimals (half up), e.g. "87.50"; absent with no review. */
  meanScore?: string;
  /** Standard competition rank (1, 2, 2, 4) within its list; essays without a review come last, unranked. */
  rank?: number;
}

export interface EssayRankings {
  overall: RankedEssay[];
  byTheme: { themeId: string; themeName: string; essays: RankedEssay[] }[];
  byFront: { front: string; essays: RankedEssay[] }[];
}

/** sum / count to two decimals, rounded half up, in integers only (no float drift between a count and a recount). */
export function meanText(sum: number, count: number): string {
  const hundredths = Math.floor((sum * 200 + count) / (2 * count));
  return `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}`;
}

/** Ranks a list: by mean (in hundredths) high to low, then more reviews first, then title; ties share a rank. */
function ranked(list: readonly (RankedEssay & { hundredths?: number })[]): RankedEssay[] {
  const sorted = [...list].sort(
    (a, b) => (b.hundredths ?? -1) - (a.hundredths ?? -1) || b.reviews - a.reviews || a.title.localeCompare(b.title, 'zh') || a.essayId.localeCompare(b.essayId),
  );
  let rank = 0;
  return sorted.map(({ hundredths, ...rest }, i) => {
    if (hundredths === undefined) return rest;
    if (i === 0 || sorted[i - 1]!.hundredths !== hundredths) rank = i + 1;
    return { ...rest, rank };
  });
}

export function essayRankings(call: EssayCall, essays: readonly Essay[], reviews: readonly Review[]): EssayRankings {
  const sums = new Map<string, { sum: number; count: number }>();
  for (const review of reviews) {
    const s = sums.get(review.essayId) ?? { sum: 0, count: 0 };
    s.sum += review.score;
    s.count += 1;
    sums.set(review.essayId, s);
  }
  const rows = essays.map((essay) => {
    const s = sums.get(essay.id);
    const base: RankedEssay & { hundredths?: number } = { essayId: essay.id, title: essay.title, unitId: essay.unitId, unitName: essay.unitName, front: essay.front, themeId: essay.themeId, reviews: s?.count ?? 0 };
    if (!s) return base;
    const mean = meanText(s.sum, s.count);
    return { ...base, meanScore: mean, hundredths: Number(mean.replace('.', '')) };
  });
  const groups = <K extends string>(key: (row: (typeof rows)[number]) => K) => {
    const map = new Map<K, typeof rows>();
    for (const row of rows) map.set(key(row), [...(map.get(key(row)) ?? []), row]);
    return map;
  };
  const byTheme = groups((r) => r.themeId);
  const byFront = groups((r) => r.front);
  return {
    overall: ranked(rows),
    byTheme: call.themes.filter((t) => byTheme.has(t.id)).map((t) => ({ themeId: t.id, themeName: t.name, essays: ranked(byTheme.get(t.id)!) })),
    byFront: [...byFront.keys()].sort().map((front) => ({ front, essays: ranked(byFront.get(front)!) })),
  };
}

/** What publication fixes for each essay: its overall rank, mean, number of reviews and the comments. */
export function essayResults(rankings: EssayRankings, reviews: readonly Review[]): EssayResult[] {
  return rankings.overall.map((row) => ({
    essayId: row.essayId,
    rank: row.rank ?? 0,
    meanScore: row.meanScore ?? '',
    reviews: row.reviews,
    comments: reviews.filter((r) => r.essayId === row.essayId && r.comment !== '').map((r) => r.comment),
  }));
}
