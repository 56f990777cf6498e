// A reminder run (催办) as the organizer's API and pages both start it: whom to remind, the run itself,
// its audit entries (the run, and each unit link it had to issue) and the notice to the group robots.
import type { Context } from 'hono';
import { accountScope } from '../../shared/accounts/scope.js';
import { reminderNotice } from '../../shared/notices/notice-text.js';
import { DEFAULT_REMINDER_GAP_HOURS, remindUnits, type ReminderRun } from '../../shared/reminders/remind-units.js';
import { lectureReminding, menuReminding, surveyReminding, type Reminding } from '../../shared/reminders/reminder-targets.js';
import type { OrganizerEnv } from './access-guard.js';
import type { OrganizerDeps } from './deps.js';
import { noticeContext, notify } from './notify.js';
import { audit } from './register-route.js';

export type RemindedKind = 'survey' | 'menu' | 'lecture';

function reminding(deps: OrganizerDeps, c: Context<OrganizerEnv>, kind: RemindedKind, id: string): Promise<Reminding> {
  const { store, clock } = deps;
  // A lecture's scope (all its units in the account's fronts) is checked by its route before this runs.
  if (kind === 'lecture') return lectureReminding({ lectures: store.lectures, feedbackForms: store.feedbackForms, catalogue: store.catalogue }, id, clock.now());
  if (kind === 'survey') return surveyReminding({ surveys: store.surveys, counters: store.counters, catalogue: store.catalogue, surveyAdmin: store.surveyAdmin, accounts: store.accounts, surveySettings: store.surveySettings }, id, clock.now());
  // A menu is the district's: a front-limited account reminds its own fronts' units of it, and no others.
  const scope = accountScope(c.get('session'));
  return menuReminding({ menus: store.menus, requests: store.requests, catalogue: store.catalogue }, id, clock.now(), scope?.fronts);
}

export async function runReminders(deps: OrganizerDeps, c: Context<OrganizerEnv>, kind: RemindedKind, id: string, gapHours = DEFAULT_REMINDER_GAP_HOURS): Promise<ReminderRun> {
  const { target, silent } = await reminding(deps, c, kind, id);
  const run = await remindUnits({ reminders: deps.store.reminders, unitKeys: deps.store.unitKeys, catalogueRecords: deps.store.catalogueRecords, clock: deps.clock }, target, silent, { gapHours, context: noticeContext(deps, c) });
  // The keys stay out of the log (it is readable by every admin); that a reminder issued the link is said.
  for (const unitId of run.issuedKeys) await audit(deps, c, 'unit.key.issue', unitId, { reason: `${kind}.remind` });
  await audit(deps, c, `${kind}.remind`, id, { sent: run.sent, skipped: run.skipped, gapHours });
  // The group hears which units were reminded; the links went to each unit alone.
  if (run.sent > 0) await notify(deps, c, () => reminderNotice(target, run.messages.map((m) => m.unitName)));
  return run;
}

/** The API's answer: the counts and each message (the list of issued keys is the audit's, not the caller's). */
export function reminderAnswer(run: ReminderRun) {
  return { sent: run.sent, skipped: run.skipped, messages: run.messages };
}
