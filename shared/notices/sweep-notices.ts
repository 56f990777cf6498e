// The notifier's schedule (every 15 minutes in AWS, every minute locally): notices for deadlines in
// the coming 24 hours and for declines whose notice was lost, then another round for every notice
// whose time has come (waiting for a robot's slot, or failed and due for a retry).
import { assignmentOf } from '../lectures/lecture-schema.js';
import type { LectureRepository } from '../lectures/lecture-store.js';
import type { MenuRepository } from '../programme/menu-store.js';
import type { SurveyAdminRepository, SurveySettingsRepository } from '../survey-admin/survey-admin-store.js';
import { deliverNotice, type SenderDeps } from './deliver-notice.js';
import { closingNotice, expertDeclinedNotice, type NoticeContext } from './notice-text.js';
import type { NoticeDraft } from './notice-schema.js';
import { newNotice } from './notifier.js';

const HOUR = 3_600_000;
/** How far back the sweep looks for notices still to send. */
const SWEEP_DAYS = 7;
/** How far ahead it looks for declined lectures. */
const DECLINE_HORIZON_DAYS = 183;

export interface SweepDeps extends SenderDeps {
  surveyAdmin: Pick<SurveyAdminRepository, 'list'>;
  surveySettings: Pick<SurveySettingsRepository, 'get'>;
  menus: Pick<MenuRepository, 'list'>;
  lectures: Pick<LectureRepository, 'listByStart'>;
  context: NoticeContext;
}

export interface SweepResult {
  created: number;
  rounds: number;
}

/** The notices the schedule itself makes: each has a deterministic id, so the next sweep makes none of them again. */
async function scheduledDrafts(deps: SweepDeps, now: Date): Promise<NoticeDraft[]> {
  const soon = (iso: string | undefined) => iso !== undefined && Date.parse(iso) > now.getTime() && Date.parse(iso) <= now.getTime() + 24 * HOUR;
  const [surveys, menus, lectures] = await Promise.all([
    deps.surveyAdmin.list(),
    deps.menus.list(),
    deps.lectures.listByStart(new Date(now.getTime() - 12 * HOUR).toISOString(), new Date(now.getTime() + DECLINE_HORIZON_DAYS * 24 * HOUR).toISOString()),
  ]);
  const published = surveys.filter(({ summary }) => summary.status === 'published' && summary.kind !== 'feedback');
  const settings = await Promise.all(published.map(({ summary }) => deps.surveySettings.get(summary.id)));
  return [
    ...published.flatMap(({ summary }, i) => {
      const s = settings[i];
      return s && !s.archived && soon(s.closesAt) ? [closingNotice('survey', summary, s.closesAt!, deps.context)] : [];
    }),
    ...menus.filter((m) => m.status === 'published' && soon(m.orderDeadline)).map((m) => closingNotice('menu', m, m.orderDeadline, deps.context)),
    ...lectures.filter((l) => l.status === 'scheduled' && assignmentOf(l) === 'declined').map((l) => expertDeclinedNotice(l, deps.context)),
  ];
}

export async function sweepNotices(deps: SweepDeps): Promise<SweepResult> {
  const now = deps.clock.now();
  let created = 0;
  for (const draft of await scheduledDrafts(deps, now)) if (await deps.notices.create(newNotice(draft, draft.id!, now))) created += 1;
  const due = (await deps.notices.since(new Date(now.getTime() - SWEEP_DAYS * 24 * HOUR).toISOString()))
    .filter((n) => (n.status === 'pending' || n.status === 'failed') && n.nextAttemptAt !== undefined && Date.parse(n.nextAttemptAt) <= now.getTime())
    .reverse();
  let rounds = 0;
  // Oldest first, one after another: each round takes its robots' slots in turn.
  for (const notice of due) if ((await deliverNotice(deps, notice.id)).ran) rounds += 1;
  return { created, rounds };
}
