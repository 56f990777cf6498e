// 年度统计: a calendar year (district time) of the programme as a department reports it upward: each
// expert's delivered lectures against the year's target with mean ratings, each unit's against its
// target, units and fronts that got no lecture, the topics units ordered most and those rated best,
// and a 红花榜 of the best-rated lectures. All from the lectures' own counters and the units' orders.
import * as v from 'valibot';
import type { Catalogue } from '../catalogue/catalogue-schema.js';
import { InvalidInputError } from '../errors.js';
import { parseDistrictTime } from '../kernel/zoned-time.js';
import type { MenuRepository } from '../programme/menu-store.js';
import type { RequestRepository } from '../programme/request-store.js';
import type { DateRange } from './date-range.js';
import type { LectureRepository } from './lecture-store.js';
import { scoredLectures } from './ledger.js';
import { lectureTotals, scorecardRows, totalsOf, type ScoredLecture, type ScoreTotals } from './scorecards.js';

/** A year a district can ask about (the programme started long after 2000). */
export const YearSchema = v.pipe(v.string(), v.regex(/^(20\d\d)$/, 'Expected a year such as 2026'), v.transform(Number));

/** Ratings a lecture (or topic) needs before it is ranked: a few ratings are no verdict. */
export const RANKED_MIN_FEEDBACK = 5;
/** How many lectures the 红花榜 names, and topics each list. */
export const HONOUR_ROLL_SIZE = 10;
export const TOPIC_LIST_SIZE = 10;

type Figures = Pick<ScoreTotals, 'attendance' | 'signIns' | 'feedback' | 'scores' | 'satisfaction'> & { scoresByScale?: ScoreTotals['scoresByScale'] };

export interface ExpertYear extends Figures {
  expertId: string;
  name: string;
  target?: number;
  /** Delivered lectures in the year. */
  delivered: number;
  /** Still to come in the year (scheduled, not delivered). */
  scheduled: number;
  /** Delivered against target: undefined without a target. */
  met?: boolean;
}

export interface UnitYear {
  unitId: string;
  name: string;
  frontId: string;
  frontName: string;
  target?: number;
  received: number;
  scheduled: number;
  met?: boolean;
}

export interface TopicOrdered {
  topicId: string;
  title: string;
  /** Units whose order (current request) names it, in the year. */
  orders: number;
  /** Delivered lectures on it in the year. */
  delivered: number;
}

export interface TopicRated extends Figures {
  topicId: string;
  title: string;
  lectures: number;
}

export interface HonourLecture extends Figures {
  lectureId: string;
  topicTitle: string;
  expertName: string;
  units: string[];
  startsAt: string;
}

export interface YearStats {
  year: number;
  range: DateRange;
  totals: Figures & { delivered: number; scheduled: number; cancelled: number };
  experts: ExpertYear[];
  units: UnitYear[];
  unitsWithout: { unitId: string; name: string; frontName: string }[];
  frontsWithout: { frontId: string; name: string }[];
  topicsOrdered: TopicOrdered[];
  topicsBestRated: TopicRated[];
  honourRoll: HonourLecture[];
}

/** The district's calendar year as instants: lectures starting in [1 January, next 1 January). */
export function yearRange(year: number, timeZone: string): DateRange {
  const from = parseDistrictTime(`${year}-01-01T00:00`, timeZone);
  const to = parseDistrictTime(`${year + 1}-01-01T00:00`, timeZone);
  if (!from || !to) throw new InvalidInputError([{ field: 'year', message: 'Expected a year such as 2026', zh: '请填写年份，如 2026。' }]);
  return { from: from.toISOString(), to: to.toISOString() };
}

function figures(t: ScoreTotals): Figures {
  return {
    attendance: t.attendance,
    signIns: t.signIns,
    feedback: t.feedback,
    scores: t.scores,
    ...(t.scoresByScale ? { scoresByScale: t.scoresByScale } : {}),
    ...(t.satisfaction !== undefined ? { satisfaction: t.satisfaction } : {}),
  };
}

/** Best first: satisfaction, then more feedback, then the name (a stable order for equal figures). */
function byRating<T extends Figures>(name: (x: T) => string) {
  return (a: T, b: T) => (b.satisfaction ?? -1) - (a.satisfaction ?? -1) || b.feedback - a.feedback || name(a).localeCompare(name(b), 'zh-CN');
}

export interface YearStatsDeps {
  lectures: LectureRepository;
  menus: MenuRepository;
  requests: RequestRepository;
}

/** Reads the year: one range query for its lectures with one batch of counters, and each menu's current orders. */
export async function loadYearStats(deps: YearStatsDeps, catalogue: Catalogue, year: number, timeZone: string): Promise<YearStats> {
  const range = yearRange(year, timeZone);
  const [lectures, menus] = await Promise.all([scoredLectures(deps.lectures, range), deps.menus.list()]);
  const orders = (await Promise.all(menus.map((m) => deps.requests.listCurrent(m.id)))).flat().filter((r) => r.submittedAt >= range.from && r.submittedAt < range.to);
  return yearStats(lectures, orders, catalogue, year, range, timeZone);
}

/** The figures from what was read (pure: the integration tests recount them another way). */
export function yearStats(
  lectures: readonly ScoredLecture[],
  orders: readonly { unitId: string; picks: readonly { topicId: string }[] }[],
  catalogue: Catalogue,
  year: number,
  range: DateRange,
  timeZone: string,
): YearStats {
  const delivered = lectures.filter((l) => l.lecture.status === 'delivered');
  const scheduled = lectures.filter((l) => l.lecture.status === 'scheduled');
  const count = (list: readonly ScoredLecture[], has: (l: ScoredLecture) => boolean) => list.filter(has).length;
  const frontName = (id: string) => catalogue.fronts.find((f) => f.id === id)?.name ?? id;

  const byExpert = new Map(scorecardRows('expert', delivered, catalogue, timeZone).map((r) => [r.id, r]));
  const expertIds = new Set([...catalogue.experts.filter((e) => !e.retired).map((e) => e.id), ...lectures.filter((l) => l.lecture.status !== 'cancelled').map((l) => l.lecture.expertId)]);
  const experts: ExpertYear[] = [...expertIds].map((expertId) => {
    const record = catalogue.experts.find((e) => e.id === expertId);
    const row = byExpert.get(expertId);
    const done = row?.lectures ?? 0;
    return {
      expertId,
      name: record?.name ?? lectures.find((l) => l.lecture.expertId === expertId)?.lecture.expertName ?? expertId,
      ...(record?.yearTarget !== undefined ? { target: record.yearTarget, met: done >= record.yearTarget } : {}),
      delivered: done,
      scheduled: count(scheduled, (l) => l.lecture.expertId === expertId),
      ...figures(row ?? totalsOf([])),
    };
  });
  experts.sort((a, b) => b.delivered - a.delivered || a.name.localeCompare(b.name, 'zh-CN'));

  const hosts = (l: ScoredLecture, unitId: string) => l.lecture.units.some((u) => u.id === unitId);
  const units: UnitYear[] = catalogue.units
    .filter((u) => !u.retired)
    .map((u) => {
      const received = count(delivered, (l) => hosts(l, u.id));
      return {
        unitId: u.id,
        name: u.name,
        frontId: u.front,
        frontName: frontName(u.front),
        ...(u.yearTarget !== undefined ? { target: u.yearTarget, met: received >= u.yearTarget } : {}),
        received,
        scheduled: count(scheduled, (l) => hosts(l, u.id)),
      };
    })
    .sort((a, b) => b.received - a.received || a.frontName.localeCompare(b.frontName, 'zh-CN') || a.name.localeCompare(b.name, 'zh-CN'));
  const unitsWithout = units.filter((u) => u.received === 0).map((u) => ({ unitId: u.unitId, name: u.name, frontName: u.frontName }));
  const frontsServed = new Set(delivered.flatMap((l) => l.lecture.units.map((u) => u.front)));
  const frontsWithout = catalogue.fronts.filter((f) => !f.retired && !frontsServed.has(f.id)).map((f) => ({ frontId: f.id, name: f.name }));

  const topicTitle = (id: string) => catalogue.topics.find((t) => t.id === id)?.title ?? lectures.find((l) => l.lecture.topicId === id)?.lecture.topicTitle ?? id;
  const ordered = new Map<string, number>();
  // A unit ordering a topic twice in one request counts once.
  for (const order of orders) for (const topicId of new Set(order.picks.map((p) => p.topicId))) ordered.set(topicId, (ordered.get(topicId) ?? 0) + 1);
  const topicsOrdered = [...ordered.entries()]
    .map(([topicId, n]) => ({ topicId, title: topicTitle(topicId), orders: n, delivered: count(delivered, (l) => l.lecture.topicId === topicId) }))
    .sort((a, b) => b.orders - a.orders || a.title.localeCompare(b.title, 'zh-CN'))
    .slice(0, TOPIC_LIST_SIZE);
  const topicsBestRated = scorecardRows('topic', delivered, catalogue, timeZone)
    .filter((r) => r.feedback >= RANKED_MIN_FEEDBACK && r.satisfaction !== undefined)
    .map((r) => ({ topicId: r.id, title: r.label, lectures: r.lectures, ...figures(r) }))
    .sort(byRating((t) => t.title))
    .slice(0, TOPIC_LIST_SIZE);
  const honourRoll = delivered
    .map((l) => ({ l, t: lectureTotals(l) }))
    .filter(({ t }) => t.feedback >= RANKED_MIN_FEEDBACK && t.satisfaction !== undefined)
    .map(({ l, t }) => ({ lectureId: l.lecture.id, topicTitle: l.lecture.topicTitle, expertName: l.lecture.expertName, units: l.lecture.units.map((u) => u.name), startsAt: l.lecture.startsAt, ...figures(t) }))
    .sort(byRating((h) => `${h.startsAt}${h.lectureId}`))
    .slice(0, HONOUR_ROLL_SIZE);

  const totals = totalsOf(delivered);
  return {
    year,
    range,
    totals: { ...figures(totals), delivered: delivered.length, scheduled: scheduled.length, cancelled: lectures.length - delivered.length - scheduled.length },
    experts,
    units,
    unitsWithout,
    frontsWithout,
    topicsOrdered,
    topicsBestRated,
    honourRoll,
  };
}
