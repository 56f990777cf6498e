// Programme totals (delivered lectures only): lectures, people reached, units reached, and the same
// by front, by theme, by month and by quarter. A lecture counts once in the totals and once in
// every front it reached.
import type { Catalogue } from '../catalogue/catalogue-schema.js';
import { formatDistrictTime } from '../kernel/zoned-time.js';
import type { Lecture } from './lecture-schema.js';
import { signInCount, type LectureCounters } from './feedback-counters.js';
import { quarterOf } from './scorecards.js';

export interface SummaryBucket {
  id: string;
  label: string;
  lectures: number;
  attendance: number;
  /** 签到人数 on those lectures (their counter shards), beside the organizer's attendance. */
  signIns: number;
}

export interface ProgrammeSummary {
  lectures: number;
  attendance: number;
  signIns: number;
  unitsReached: number;
  byFront: SummaryBucket[];
  byTheme: SummaryBucket[];
  byMonth: SummaryBucket[];
  byQuarter: SummaryBucket[];
}

function bucketer(signIns: (lecture: Lecture) => number) {
  const buckets = new Map<string, SummaryBucket>();
  return {
    add(id: string, label: string, lecture: Lecture) {
      let b = buckets.get(id);
      if (!b) buckets.set(id, (b = { id, label, lectures: 0, attendance: 0, signIns: 0 }));
      b.lectures += 1;
      b.attendance += lecture.attendance ?? 0;
      b.signIns += signIns(lecture);
    },
    list: (order: 'id' | 'size') =>
      [...buckets.values()].sort((a, b) => (order === 'id' ? a.id.localeCompare(b.id) : b.lectures - a.lectures || a.id.localeCompare(b.id))),
  };
}

/** `counters`: each lecture's counters, for its sign-ins (a lecture without an entry counts none). */
export function programmeSummary(lectures: readonly Lecture[], catalogue: Catalogue, timeZone: string, counters: ReadonlyMap<string, LectureCounters> = new Map()): ProgrammeSummary {
  const delivered = lectures.filter((l) => l.status === 'delivered');
  const signIns = (lecture: Lecture) => Number(signInCount(counters.get(lecture.id) ?? {}));
  const units = new Set<string>();
  const fronts = bucketer(signIns);
  const themes = bucketer(signIns);
  const months = bucketer(signIns);
  const quarters = bucketer(signIns);
  for (const lecture of delivered) {
    for (const u of lecture.units) units.add(u.id);
    for (const front of new Set(lecture.units.map((u) => u.front))) fronts.add(front, catalogue.fronts.find((f) => f.id === front)?.name ?? front, lecture);
    themes.add(lecture.themeId, catalogue.themes.find((t) => t.id === lecture.themeId)?.name ?? lecture.themeId, lecture);
    const month = formatDistrictTime(lecture.startsAt, timeZone).slice(0, 7);
    months.add(month, month, lecture);
    const quarter = quarterOf(lecture.startsAt, timeZone);
    quarters.add(quarter, quarter, lecture);
  }
  return {
    lectures: delivered.length,
    attendance: delivered.reduce((sum, l) => sum + (l.attendance ?? 0), 0),
    signIns: delivered.reduce((sum, l) => sum + signIns(l), 0),
    unitsReached: units.size,
    byFront: fronts.list('size'),
    byTheme: themes.list('size'),
    byMonth: months.list('id'),
    byQuarter: quarters.list('id'),
  };
}
