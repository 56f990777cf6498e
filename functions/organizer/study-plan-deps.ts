// The organizer deps narrowed to what the study plan's domain takes, and what its API and pages share:
// the year asked for (this year in district time when none), and a session with its sign-in link.
import type { PeopleDeps } from '../../shared/study-plan/manage-people.js';
import type { StudyPlanDeps } from '../../shared/study-plan/schedule-session.js';
import type { PlanViewDeps } from '../../shared/study-plan/plan-view.js';
import type { StudySession } from '../../shared/study-plan/study-session-schema.js';
import { districtMinute } from '../../shared/kernel/zoned-time.js';
import type { Context } from 'hono';
import { importPeopleFile, type PeopleImportPlan } from '../../shared/study-plan/people-file.js';
import type { Locale } from '../../shared/kernel/locale.js';
import type { OrganizerEnv } from './access-guard.js';
import type { OrganizerDeps } from './deps.js';
import { audit } from './register-route.js';
import { signInUrl } from './lecture-deps.js';

export function studyPlanDeps(deps: OrganizerDeps): StudyPlanDeps & PlanViewDeps {
  const { studySessions, studySettings, people, catalogue, signIns } = deps.store;
  return { studySessions, studySettings, people, catalogue, signIns, clock: deps.clock, newId: deps.newId, timeZone: deps.timeZone };
}

export function peopleDeps(deps: OrganizerDeps): PeopleDeps {
  return { people: deps.store.people, catalogue: deps.store.catalogue, newId: deps.newId };
}

/** The plan's year: `?year=` when given (checked by the route's query schema), else this year in district time. */
export function planYear(deps: OrganizerDeps, asked: string | undefined): number {
  return asked ? Number(asked) : Number(districtMinute(deps.clock.now().toISOString(), deps.timeZone).slice(0, 4));
}

export function sessionAnswer(deps: OrganizerDeps, requestUrl: string, session: StudySession) {
  return { sessionId: session.id, signInUrl: signInUrl(deps, requestUrl, session.id), startsAtLocal: districtMinute(session.startsAt, deps.timeZone), session };
}

/** A people file read, planned and (when asked) applied, for the page and the API alike; an apply is audited with its counts. */
export async function runPeopleImport(deps: OrganizerDeps, c: Context<OrganizerEnv>, bytes: Uint8Array, apply: boolean, locale: Locale): Promise<PeopleImportPlan> {
  const plan = await importPeopleFile({ ...peopleDeps(deps), meta: deps.store.meta, clock: deps.clock }, bytes, apply, locale);
  if (apply) await audit(deps, c, 'people.import', 'people', { added: plan.counts.add, changed: plan.counts.change, unchanged: plan.counts.same, refused: plan.counts.refuse });
  return plan;
}
