// A year of plausible lectures and feedback for the demo district, so the ledger, scorecards and
// programme summary are full at the first start. Deterministic (a seeded generator), bulk-written,
// counters written from the same deltas a live submission adds.
import type { Clock } from '../kernel/clock.js';
import { addCounters, feedbackDeltas, suggestionsOf, type LectureCounters } from '../lectures/feedback-counters.js';
import { feedbackFormVersion } from '../lectures/feedback-form.js';
import { LECTURE_FORMATS } from '../catalogue/lecture-formats.js';
import type { Lecture } from '../lectures/lecture-schema.js';
import type { FeedbackFormRepository, LectureImport, LectureRepository, StoredFeedback } from '../lectures/lecture-store.js';
import type { MetaRepository } from '../kernel/meta-store.js';
import { demoCatalogue } from './demo-catalogue.js';

const SEED_MARK = 'demo-lectures-seeded';
const DAY = 86_400_000;

const PLACES = ['区委党校报告厅', '街道党群服务中心', '区图书馆多功能厅', '单位会议室', '新时代文明实践中心'];
const SUGGESTIONS = ['希望多结合本地案例', '内容很实用，建议再安排一场', '时间可以再紧凑一些', '希望增加互动交流环节', '讲得生动，受益匪浅', '会场音响需要改进', '建议提前发放学习资料'];

export interface DemoLectureDeps {
  lectures: LectureRepository;
  lectureImport: LectureImport;
  feedbackForms: FeedbackFormRepository;
  meta: MetaRepository;
  clock: Clock;
}

function generator(seed: number) {
  let s = seed;
  const next = () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return { next, int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)), pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)] as T };
}

/** About six lectures a month over the past year, a few scheduled ahead, one cancelled. */
export function demoLectures(now: Date): Lecture[] {
  const g = generator(2026);
  const experts = demoCatalogue.experts.filter((e) => !e.retired && e.topics.length > 0);
  const units = demoCatalogue.units.filter((u) => !u.retired);
  const lectures: Lecture[] = [];
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  for (let day = -360; day <= 28; day += g.int(3, 7)) {
    const date = new Date(today + day * DAY);
    if (date.getUTCDay() === 0 || date.getUTCDay() === 6) continue;
    const expert = experts[lectures.length % experts.length]!;
    // Picked once: a pick inside find() would draw anew for every topic compared, and could match none.
    const topicId = g.pick(expert.topics);
    const topic = demoCatalogue.topics.find((t) => t.id === topicId)!;
    const host = [g.pick(units), ...(g.next() < 0.2 ? [g.pick(units)] : [])].filter((u, i, all) => all.findIndex((x) => x.id === u.id) === i);
    // 09:00 or 14:30 in the district (Asia/Shanghai, UTC+8).
    const starts = new Date(date.getTime() + (g.next() < 0.5 ? 1 : 6.5) * 3_600_000);
    const duration = g.pick([60, 90, 120]);
    const ends = new Date(starts.getTime() + duration * 60_000);
    const past = ends.getTime() < now.getTime();
    const cancelled = !past && lectures.filter((l) => l.status === 'cancelled').length === 0 && day > 10;
    lectures.push({
      id: `demo-lecture-${String(lectures.length + 1).padStart(3, '0')}`,
      status: cancelled ? 'cancelled' : past ? 'delivered' : 'scheduled',
      topicId: topic.id,
      topicTitle: topic.title,
      ...(topic.titleEn ? { topicTitleEn: topic.titleEn } : {}),
      themeId: topic.theme,
      expertId: expert.id,
      expertName: expert.name,
      ...(expert.nameEn ? { expertNameEn: expert.nameEn } : {}),
      units: host.map((u) => ({ id: u.id, name: u.name, ...(u.nameEn ? { nameEn: u.nameEn } : {}), front: u.front })),
      startsAt: starts.toISOString(),
      endsAt: ends.toISOString(),
      durationMinutes: duration,
      place: g.pick(PLACES),
      format: g.pick(LECTURE_FORMATS.slice(0, 4)).id,
      manner: host.length > 1 ? 'by-front' : 'at-unit',
      plannedAudience: g.int(4, 20) * 10,
      ...(past ? { attendance: g.int(30, 260), deliveredAt: ends.toISOString() } : {}),
      ...(cancelled ? { cancelReason: '专家临时有公务安排', cancelledAt: now.toISOString() } : {}),
      formVersion: 1,
      createdAt: new Date(starts.getTime() - 20 * DAY).toISOString(),
    });
  }
  return lectures;
}

/** Returns true when it seeded; a district that already has its demo lectures is left alone. */
export async function seedDemoLectures(deps: DemoLectureDeps): Promise<boolean> {
  if ((await deps.meta.get(SEED_MARK)) !== undefined) return false;
  const now = deps.clock.now();
  const lectures = demoLectures(now);
  const form = await feedbackFormVersion(deps.feedbackForms, 1);
  const g = generator(7);
  const feedback: { item: StoredFeedback; texts: Record<string, string> }[] = [];
  const counters = new Map<string, LectureCounters>();
  for (const lecture of lectures) {
    if (lecture.status !== 'delivered') continue;
    // Each expert has a typical level; ratings scatter around it.
    const level = 3.4 + (demoCatalogue.experts.findIndex((e) => e.id === lecture.expertId) % 4) * 0.4;
    const score = () => Math.max(1, Math.min(5, Math.round(level + (g.next() - 0.5) * 2.2)));
    const totals: LectureCounters = {};
    const n = Math.max(3, Math.round((lecture.attendance ?? 30) * (0.15 + g.next() * 0.25)));
    for (let k = 0; k < n; k++) {
      const answers = {
        lecture: { relevance: score(), depth: score(), practice: score(), effect: score() },
        teacher: { clarity: score(), interaction: score(), time: score() },
        organization: score(),
        ...(g.next() < 0.15 ? { 'lecture-suggestion': g.pick(SUGGESTIONS) } : {}),
        ...(g.next() < 0.08 ? { 'organization-suggestion': g.pick(SUGGESTIONS) } : {}),
      };
      const submittedAt = new Date(Date.parse(lecture.endsAt) + g.int(1, 3600) * 1000).toISOString();
      feedback.push({
        item: { lectureId: lecture.id, responseId: `${lecture.id}-r${k}`, submissionId: `${lecture.id}-s${k}`, submittedAt, formVersion: 1, answers },
        texts: suggestionsOf(form, answers),
      });
      addCounters(totals, feedbackDeltas(form, answers));
    }
    counters.set(lecture.id, totals);
  }
  await deps.lectureImport.importLectures(lectures);
  await deps.lectureImport.importFeedback(feedback);
  await Promise.all([...counters].map(([id, c]) => deps.lectures.replaceCounters(id, c)));
  // Marked last, so a seed interrupted half-way simply runs again next start.
  await deps.meta.putIfAbsent(SEED_MARK, now.toISOString());
  return true;
}
