// Planning the centre group's study sessions: a session is checked against the catalogue (its theme, an
// expert speaker) and the district's study forms, takes its attendee list from the people of units (the
// members, and the units' heads when widened) as they are now, and moves scheduled → held | cancelled.
import { InvalidInputError, RecordNotFoundError, SessionStatusError, type FieldIssue } from '../errors.js';
import type { Catalogue } from '../catalogue/catalogue-schema.js';
import type { CatalogueRepository } from '../catalogue/catalogue-store.js';
import type { Clock } from '../kernel/clock.js';
import type { Locale } from '../kernel/locale.js';
import { districtDateTime, parseDistrictTime } from '../kernel/zoned-time.js';
import { studyPlanMessages, type StudyProblem } from '../i18n/study-plan-messages.js';
import type { Person } from './person-schema.js';
import type { PeopleRepository } from './people-store.js';
import { studyForms, type Attendee, type Speaker, type StudySession, type StudySessionInput } from './study-session-schema.js';
import type { StudySessionRepository, StudySettingsRepository } from './study-session-store.js';

export interface StudyPlanDeps {
  studySessions: StudySessionRepository;
  studySettings: Pick<StudySettingsRepository, 'get'>;
  people: Pick<PeopleRepository, 'list'>;
  catalogue: Pick<CatalogueRepository, 'load'>;
  clock: Clock;
  newId: () => string;
  timeZone: string;
}

/** Who a session expects: every member in use, and every unit head in use when it is widened. */
export function attendeesFor(people: readonly Person[], widened: boolean): Attendee[] {
  return people
    .filter((p) => !p.retired && (p.role === 'member' || (widened && p.role === 'head')))
    .map((p) => ({ id: p.id, name: p.name, post: p.post, unit: p.unit, ...(p.unitId ? { unitId: p.unitId } : {}), role: p.role }));
}

function unitsOf(catalogue: Catalogue, attendees: readonly Attendee[]): StudySession['units'] {
  const ids = [...new Set(attendees.flatMap((a) => (a.unitId ? [a.unitId] : [])))];
  return ids.flatMap((id) => {
    const unit = catalogue.units.find((u) => u.id === id);
    return unit ? [{ id: unit.id, name: unit.name, ...(unit.nameEn ? { nameEn: unit.nameEn } : {}), front: unit.front }] : [];
  });
}

async function sessionFrom(deps: StudyPlanDeps, input: StudySessionInput, base: Pick<StudySession, 'id' | 'createdAt'>, locale: Locale): Promise<StudySession> {
  const [catalogue, settings, people] = await Promise.all([deps.catalogue.load(), deps.studySettings.get(), deps.people.list()]);
  const problems: { field: string; problem: StudyProblem }[] = [];
  const starts = parseDistrictTime(input.startsAt, deps.timeZone);
  if (!starts) problems.push({ field: 'startsAt', problem: 'bad_time' });
  const theme = catalogue.themes.find((t) => t.id === input.themeId);
  if (!theme) problems.push({ field: 'themeId', problem: 'unknown_theme' });
  if (!studyForms(settings).includes(input.form)) problems.push({ field: 'form', problem: 'unknown_form' });
  let speaker: Speaker | undefined;
  if (input.speaker.kind === 'expert') {
    const { expertId } = input.speaker;
    const expert = catalogue.experts.find((e) => e.id === expertId);
    if (expert) speaker = { kind: 'expert', expertId: expert.id, name: expert.name, title: expert.title };
    else problems.push({ field: 'speaker.expertId', problem: 'unknown_expert' });
  } else speaker = input.speaker;
  if (problems.length > 0 || !starts || !theme || !speaker) {
    const t = studyPlanMessages(locale).problems;
    throw new InvalidInputError(problems.map((p): FieldIssue => ({ field: p.field, message: t[p.problem] })));
  }
  const attendees = attendeesFor(people, input.widened);
  return {
    id: base.id,
    kind: 'study-session',
    status: 'scheduled',
    title: input.title ?? theme.name,
    planYear: Number(districtDateTime(starts.toISOString(), deps.timeZone).slice(0, 4)),
    themeId: theme.id,
    themeName: theme.name,
    form: input.form,
    speaker,
    speakerName: speaker.name,
    widened: input.widened,
    attendees,
    units: unitsOf(catalogue, attendees),
    startsAt: starts.toISOString(),
    endsAt: new Date(starts.getTime() + input.durationMinutes * 60_000).toISOString(),
    durationMinutes: input.durationMinutes,
    place: input.place,
    ...(input.notes ? { notes: input.notes } : {}),
    createdAt: base.createdAt,
  };
}

export async function scheduleSession(deps: StudyPlanDeps, input: StudySessionInput, locale: Locale = 'zh'): Promise<StudySession> {
  const session = await sessionFrom(deps, input, { id: deps.newId(), createdAt: deps.clock.now().toISOString() }, locale);
  await deps.studySessions.create(session);
  return session;
}

export async function getSession(sessions: Pick<StudySessionRepository, 'get'>, sessionId: string): Promise<StudySession> {
  const session = await sessions.get(sessionId);
  if (!session) throw new RecordNotFoundError('study session', sessionId);
  return session;
}

/** A scheduled session changes in place (its attendee list taken again from the people as they are now). */
export async function changeSession(deps: StudyPlanDeps, sessionId: string, input: StudySessionInput, locale: Locale = 'zh'): Promise<StudySession> {
  const current = await getSession(deps.studySessions, sessionId);
  if (current.status !== 'scheduled') throw new SessionStatusError(sessionId, current.status, 'changed');
  const session = await sessionFrom(deps, input, current, locale);
  await deps.studySessions.replace(session);
  return session;
}

/** Held once it has started (and again, to correct the head count). */
export async function holdSession(deps: Pick<StudyPlanDeps, 'studySessions' | 'clock'>, sessionId: string, attendance?: number): Promise<StudySession> {
  const session = await getSession(deps.studySessions, sessionId);
  const now = deps.clock.now();
  if (session.status === 'cancelled') throw new SessionStatusError(sessionId, session.status, 'held');
  if (Date.parse(session.startsAt) > now.getTime()) throw new SessionStatusError(sessionId, 'not started', 'held');
  return deps.studySessions.markHeld(sessionId, now.toISOString(), attendance);
}

export async function cancelSession(deps: Pick<StudyPlanDeps, 'studySessions' | 'clock'>, sessionId: string, reason?: string): Promise<StudySession> {
  await getSession(deps.studySessions, sessionId);
  return deps.studySessions.cancel(sessionId, deps.clock.now().toISOString(), reason);
}
