// The ledger (台账): every lecture in a range with its figures, as JSON rows and as the CSV a
// district files upward (Chinese headers).
import type { Catalogue } from '../catalogue/catalogue-schema.js';
import type { Locale } from '../kernel/locale.js';
import { csvRows, percentCell } from '../kernel/csv.js';
import type { LectureRepository } from './lecture-store.js';
import { districtDateTime, formatDistrictTime } from '../kernel/zoned-time.js';
import type { DateRange } from './date-range.js';
import { LECTURE_FORMATS, LECTURE_MANNERS } from '../catalogue/lecture-formats.js';
import { assignmentOf, type Lecture } from './lecture-schema.js';
import { DIMENSIONS } from '../survey/survey-schema.js';
import { lectureTotals, scoreCell, type ScoredLecture, type ScoreTotals } from './scorecards.js';

export interface LedgerFilter {
  front?: string;
  unit?: string;
  topic?: string;
  expert?: string;
  status?: Lecture['status'];
}

export function matchesFilter(lecture: Lecture, filter: LedgerFilter): boolean {
  return (
    (!filter.front || lecture.units.some((u) => u.front === filter.front)) &&
    (!filter.unit || lecture.units.some((u) => u.id === filter.unit)) &&
    (!filter.topic || lecture.topicId === filter.topic) &&
    (!filter.expert || lecture.expertId === filter.expert) &&
    (!filter.status || lecture.status === filter.status)
  );
}

/**
 * The lectures in a range with their counters: one range query and one batch of counter reads.
 * `reach`: which lectures the reader may see (a front-limited account's fronts'); the others are not counted.
 */
export async function scoredLectures(lectures: LectureRepository, range: DateRange, filter: LedgerFilter = {}, reach: (lecture: Lecture) => boolean = () => true): Promise<ScoredLecture[]> {
  const list = (await lectures.listByStart(range.from, range.to)).filter((l) => matchesFilter(l, filter) && reach(l));
  const counters = await lectures.counters(list.map((l) => l.id));
  return list.map((lecture) => ({ lecture, counters: counters.get(lecture.id) ?? {} }));
}

export type LedgerRow = Lecture & { startsAtLocal: string; signIns: number; feedback: number; scores: ScoreTotals['scores']; scoresByScale?: ScoreTotals['scoresByScale']; satisfaction?: number };

export function ledgerRow(scored: ScoredLecture, timeZone: string): LedgerRow {
  const totals = lectureTotals(scored);
  return {
    ...scored.lecture,
    startsAtLocal: formatDistrictTime(scored.lecture.startsAt, timeZone),
    signIns: totals.signIns,
    feedback: totals.feedback,
    scores: totals.scores,
    ...(totals.scoresByScale ? { scoresByScale: totals.scoresByScale } : {}),
    ...(totals.satisfaction !== undefined ? { satisfaction: totals.satisfaction } : {}),
  };
}

const STATUS_NAMES = {
  zh: { scheduled: '已排期', delivered: '已宣讲', cancelled: '已取消' },
  en: { scheduled: 'Scheduled', delivered: 'Delivered', cancelled: 'Cancelled' },
} as const;

export const statusName = (status: Lecture['status'], locale: Locale) => STATUS_NAMES[locale][status];

/** What the organizers call a scheduled lecture's assignment: 待接单, 已接单, or 待派单 once the expert declined. */
const ASSIGNMENT_NAMES = {
  zh: { pending: '待接单', accepted: '已接单', declined: '待派单（专家婉拒）' },
  en: { pending: 'awaiting the expert', accepted: 'accepted by the expert', declined: 'to reassign (the expert declined)' },
} as const;

export const assignmentName = (lecture: Pick<Lecture, 'assignment'>, locale: Locale) => ASSIGNMENT_NAMES[locale][assignmentOf(lecture)];

/** A lecture's status for the ledger: a scheduled one also says where its expert's answer stands. */
export function lectureStatusText(lecture: Pick<Lecture, 'status' | 'assignment'>, locale: Locale): string {
  const status = statusName(lecture.status, locale);
  return lecture.status === 'scheduled' ? `${status} · ${assignmentName(lecture, locale)}` : status;
}

export function formatName(id: string | undefined, locale: Locale): string {
  const f = LECTURE_FORMATS.find((x) => x.id === id) ?? LECTURE_MANNERS.find((x) => x.id === id);
  return f ? (locale === 'en' ? f.labelEn : f.label) : '';
}

const HEADERS = {
  zh: ['日期', '时间', '课题', '专题', '主讲专家', '承办单位', '战线', '形式', '方式', '地点', '状态', '计划人数', '实到人数', '签到人数', '反馈份数', '授课内容得分', '授课老师得分', '讲座组织得分', '满意度', '备注'],
  en: ['Date', 'Time', 'Topic', 'Theme', 'Expert', 'Units', 'Fronts', 'Format', 'Manner', 'Place', 'Status', 'Planned', 'Attendance', 'Signed in', 'Feedback', 'Lecture score', 'Lecturer score', 'Organisation score', 'Satisfaction', 'Notes'],
};

export function ledgerCsv(rows: readonly ScoredLecture[], catalogue: Catalogue, timeZone: string, locale: Locale = 'zh'): string {
  const frontName = (id: string) => catalogue.fronts.find((f) => f.id === id)?.name ?? id;
  const themeName = (id: string) => catalogue.themes.find((t) => t.id === id)?.name ?? id;
  const body = rows.map((scored) => {
    const l = scored.lecture;
    const t = lectureTotals(scored);
    const at = districtDateTime(l.startsAt, timeZone);
    return [
      at.slice(0, 10),
      at.slice(11, 16),
      l.topicTitle,
      themeName(l.themeId),
      l.expertName,
      l.units.map((u) => u.name).join('、'),
      [...new Set(l.units.map((u) => frontName(u.front)))].join('、'),
      formatName(l.format, locale),
      formatName(l.manner, locale),
      l.place,
      lectureStatusText(l, locale),
      l.plannedAudience,
      l.attendance,
      t.signIns,
      t.feedback,
      ...DIMENSIONS.map((d) => scoreCell(t, d, locale)),
      t.satisfaction === undefined ? '' : percentCell(t.satisfaction),
      l.status === 'cancelled' ? (l.cancelReason ?? '') : (l.notes ?? ''),
    ];
  });
  return csvRows([HEADERS[locale], ...body], { bom: true });
}
