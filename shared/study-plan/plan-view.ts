// The year's plan as the leader reads it: per month, sessions planned against held, and a flag on any
// month without a collective study (none planned; or, once the month is over, none held); attendance
// over the year by person and by unit, counted from the sign-ins of held sessions against each
// session's own attendee list (a guest counts for the session, never for a person).
import { allSignIns } from '../sign-in/sign-in-sheet.js';
import type { SignInRepository } from '../sign-in/sign-in-store.js';
import { districtMinute, parseDistrictTime } from '../kernel/zoned-time.js';
import type { StudySession } from './study-session-schema.js';
import type { StudySessionRepository } from './study-session-store.js';

export type MonthFlag = 'no_session' | 'none_held';

export interface PlanSession {
  id: string;
  title: string;
  themeName: string;
  form: string;
  speaker: string;
  /** District time, `YYYY-MM-DD HH:mm`. */
  startsAt: string;
  place: string;
  status: StudySession['status'];
  widened: boolean;
  attendees: number;
  /** Listed attendees who signed in, and guests (列席), for held sessions. */
  signedIn?: number;
  guests?: number;
  attendance?: number;
}

export interface PlanMonth {
  month: number;
  planned: number;
  held: number;
  cancelled: number;
  flag?: MonthFlag;
  sessions: PlanSession[];
}

export interface AttendanceRow {
  /** A person's id, or the unit's (its catalogue id, else its name). */
  key: string;
  name: string;
  post?: string;
  unit: string;
  /** Held sessions that listed them, and how many of those they signed in at. */
  expected: number;
  attended: number;
  /** attended / expected, or undefined when nothing was expected. */
  rate?: number;
}

export interface StudyPlanView {
  year: number;
  months: PlanMonth[];
  planned: number;
  held: number;
  flaggedMonths: number[];
  byPerson: AttendanceRow[];
  byUnit: AttendanceRow[];
}

export interface PlanViewDeps {
  studySessions: Pick<StudySessionRepository, 'listByStart'>;
  signIns: Pick<SignInRepository, 'list'>;
  clock: { now(): Date };
  timeZone: string;
}

const monthStart = (year: number, month: number, timeZone: string) =>
  parseDistrictTime(month > 12 ? `${year + 1}-01-01T00:00` : `${year}-${String(month).padStart(2, '0')}-01T00:00`, timeZone)!;

const rate = (row: Omit<AttendanceRow, 'rate'>): AttendanceRow => ({ ...row, ...(row.expected > 0 ? { rate: row.attended / row.expected } : {}) });

export async function studyPlanView(deps: PlanViewDeps, year: number): Promise<StudyPlanView> {
  const from = monthStart(year, 1, deps.timeZone).toISOString();
  const to = monthStart(year, 13, deps.timeZone).toISOString();
  const sessions = await deps.studySessions.listByStart(from, to);
  const held = sessions.filter((s) => s.status === 'delivered');
  const signIns = new Map(await Promise.all(held.map(async (s) => [s.id, await allSignIns(deps.signIns, s.id)] as const)));
  const now = deps.clock.now().getTime();

  const byPerson = new Map<string, Omit<AttendanceRow, 'rate'>>();
  const byUnit = new Map<string, Omit<AttendanceRow, 'rate'>>();
  const views = new Map<string, PlanSession>();
  for (const session of sessions) {
    const view: PlanSession = {
      id: session.id,
      title: session.title,
      themeName: session.themeName,
      form: session.form,
      speaker: session.speaker.kind === 'leader' ? `${session.speaker.name}（${session.speaker.post}）` : session.speaker.name,
      startsAt: districtMinute(session.startsAt, deps.timeZone),
      place: session.place,
      status: session.status,
      widened: session.widened,
      attendees: session.attendees.length,
      ...(session.attendance !== undefined ? { attendance: session.attendance } : {}),
    };
    views.set(session.id, view);
    const list = signIns.get(session.id);
    if (!list) continue;
    const present = new Set(list.flatMap((s) => (s.personId && !s.guest ? [s.personId] : [])));
    view.signedIn = session.attendees.filter((a) => present.has(a.id)).length;
    view.guests = list.filter((s) => s.guest).length;
    for (const a of session.attendees) {
      const came = present.has(a.id) ? 1 : 0;
      const person = byPerson.get(a.id) ?? { key: a.id, name: a.name, post: a.post, unit: a.unit, expected: 0, attended: 0 };
      byPerson.set(a.id, { ...person, expected: person.expected + 1, attended: person.attended + came });
      const unitKey = a.unitId ?? a.unit;
      const unit = byUnit.get(unitKey) ?? { key: unitKey, name: a.unit, unit: a.unit, expected: 0, attended: 0 };
      byUnit.set(unitKey, { ...unit, expected: unit.expected + 1, attended: unit.attended + came });
    }
  }

  const months: PlanMonth[] = Array.from({ length: 12 }, (_, i) => {
    const month = i + 1;
    const start = monthStart(year, month, deps.timeZone).getTime();
    const end = monthStart(year, month + 1, deps.timeZone).getTime();
    const inMonth = sessions.filter((s) => Date.parse(s.startsAt) >= start && Date.parse(s.startsAt) < end);
    const planned = inMonth.filter((s) => s.status !== 'cancelled').length;
    const heldCount = inMonth.filter((s) => s.status === 'delivered').length;
    const flag: MonthFlag | undefined = planned === 0 ? 'no_session' : end <= now && heldCount === 0 ? 'none_held' : undefined;
    return { month, planned, held: heldCount, cancelled: inMonth.length - planned, ...(flag ? { flag } : {}), sessions: inMonth.map((s) => views.get(s.id)!) };
  });

  const byName = (a: AttendanceRow, b: AttendanceRow) => a.unit.localeCompare(b.unit, 'zh-Hans-CN') || a.name.localeCompare(b.name, 'zh-Hans-CN');
  return {
    year,
    months,
    planned: months.reduce((n, m) => n + m.planned, 0),
    held: months.reduce((n, m) => n + m.held, 0),
    flaggedMonths: months.filter((m) => m.flag).map((m) => m.month),
    byPerson: [...byPerson.values()].map(rate).sort(byName),
    byUnit: [...byUnit.values()].map(rate).sort(byName),
  };
}
