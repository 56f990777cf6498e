// The demo district's centre group study plan (年度学习计划), so the plan page shows a real year at the
// first start: the centre group's members and each unit's head, a session in every month of this year
// but one (so the flag shows), those already over held with most of their attendees signed in.
// Deterministic (a seeded generator); marked once done, like the other demo seeds.
import { randomUUID } from 'node:crypto';
import type { CatalogueRepository } from '../catalogue/catalogue-store.js';
import type { Clock } from '../kernel/clock.js';
import type { MetaRepository } from '../kernel/meta-store.js';
import { districtMinute } from '../kernel/zoned-time.js';
import type { SignInRepository } from '../sign-in/sign-in-store.js';
import type { Person } from '../study-plan/person-schema.js';
import type { PeopleRepository } from '../study-plan/people-store.js';
import { scheduleSession } from '../study-plan/schedule-session.js';
import { STANDARD_STUDY_FORMS } from '../study-plan/study-session-schema.js';
import type { StudySessionRepository, StudySettingsRepository } from '../study-plan/study-session-store.js';
import { demoCatalogue } from './demo-catalogue.js';

const SEED_MARK = 'demo-study-plan-seeded';
/** The month left without a collective study, so the plan shows its flag. */
const MISSING_MONTH = 8;

export interface DemoStudyPlanDeps {
  people: PeopleRepository;
  studySessions: StudySessionRepository;
  studySettings: StudySettingsRepository;
  catalogue: CatalogueRepository;
  signIns: SignInRepository;
  meta: MetaRepository;
  clock: Clock;
  timeZone: string;
}

const MEMBERS: [name: string, post: string, unit: string][] = [
  ['周建国', '区委书记', '区委'],
  ['吴海峰', '区委副书记、区长', '区政府'],
  ['郑晓梅', '区委常委、宣传部部长', '区委宣传部'],
  ['王志强', '区委常委、组织部部长', '区委组织部中心组'],
  ['冯丽华', '区委常委、区委办公室主任', '区委办公室中心组'],
  ['陈立新', '副区长', '区政府'],
  ['褚文博', '区政协主席', '区政协'],
];

const SPEAKERS = [
  { kind: 'leader', name: '周建国', post: '区委书记' },
  { kind: 'expert', expertId: 'e-wang' },
  { kind: 'leader', name: '郑晓梅', post: '区委常委、宣传部部长' },
  { kind: 'expert', expertId: 'e-li' },
] as const;

export function demoPeople(): Person[] {
  const units = new Map(demoCatalogue.units.map((u) => [u.name, u.id]));
  const members = MEMBERS.map(([name, post, unit], i): Person => ({ id: `p-demo-m${i + 1}`, name, post, unit, ...(units.get(unit) ? { unitId: units.get(unit)! } : {}), role: 'member' }));
  const surnames = '赵钱孙李周吴郑王冯陈卫蒋沈韩杨朱秦许何吕施张孔曹';
  const heads = demoCatalogue.units
    .filter((u) => !u.retired)
    .map((u, i): Person => ({ id: `p-demo-h${i + 1}`, name: `${surnames[i % surnames.length]}${'明华伟芳军敏静强'[i % 8]}`, post: u.id.endsWith('-st') ? '党工委书记' : '党组书记', unit: u.name, unitId: u.id, role: 'head' }));
  return [...members, ...heads];
}

/** Returns true when it seeded; a district that already has its demo plan is left alone. */
export async function seedDemoStudyPlan(deps: DemoStudyPlanDeps): Promise<boolean> {
  if ((await deps.meta.get(SEED_MARK)) !== undefined) return false;
  if ((await deps.people.list()).length === 0) await deps.people.createMany(demoPeople());
  const now = deps.clock.now();
  const year = Number(districtMinute(now.toISOString(), deps.timeZone).slice(0, 4));
  const themes = demoCatalogue.themes.filter((t) => !t.retired);
  let s = 11;
  const next = () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let month = 1; month <= 12; month++) {
    if (month === MISSING_MONTH) continue;
    const session = await scheduleSession(
      { ...deps, newId: randomUUID },
      {
        themeId: themes[month % themes.length]!.id,
        form: STANDARD_STUDY_FORMS[month % STANDARD_STUDY_FORMS.length]!,
        startsAt: `${year}-${String(month).padStart(2, '0')}-${month % 2 === 0 ? '18' : '12'}T09:00`,
        durationMinutes: month % 4 === 2 ? 240 : 120,
        place: month % 4 === 2 ? '区规划展览馆' : '区委常委会议室',
        speaker: SPEAKERS[month % SPEAKERS.length]!,
        widened: month % 3 === 0,
      },
    );
    if (Date.parse(session.endsAt) >= now.getTime()) continue;
    for (const attendee of session.attendees) {
      if (next() < 0.15) continue;
      await deps.signIns.submit({ eventId: session.id, signInId: randomUUID(), at: new Date(Date.parse(session.startsAt) - 10 * 60_000).toISOString(), name: attendee.name, unitName: attendee.unit, ...(attendee.unitId ? { unitId: attendee.unitId } : {}), personId: attendee.id });
    }
    await deps.studySessions.markHeld(session.id, session.endsAt, session.attendees.length);
  }
  await deps.meta.putIfAbsent(SEED_MARK, now.toISOString());
  return true;
}
