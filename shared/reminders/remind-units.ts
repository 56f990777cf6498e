// Reminders (催办) with each unit's own link: every silent unit of a target (a survey, a menu, a
// lecture's feedback window) gets a message carrying its unit page (/u/{key}), unless it was reminded about the same target within the
// gap. One conditional write per unit and target decides (reminder-store.ts), so two runs at once
// remind each unit once; a unit without a key is given one here, after its claim, so no two runs
// issue it two keys (the second would void the first's link).
import type { CatalogueRecordRepository } from '../catalogue/catalogue-store.js';
import type { Clock } from '../kernel/clock.js';
import { when, type NoticeContext } from '../notices/notice-text.js';
import { issueUnitKey, unitPageUrl } from '../unit-links/unit-links.js';
import type { UnitKeyRepository } from '../unit-links/unit-key-store.js';
import type { ReminderStore, ReminderTargetKind } from './reminder-store.js';

export const DEFAULT_REMINDER_GAP_HOURS = 24;
/** Claims made at once: a district's few hundred units in a handful of round trips, without a burst on the table. */
const CLAIMS_AT_ONCE = 10;

export interface ReminderTarget {
  kind: ReminderTargetKind;
  id: string;
  title: string;
  /** When answering closes (an instant), said in the message. */
  closesAt?: string;
  /** When the lecture was held (an instant), said beside its title: a unit may host one topic twice. */
  heldAt?: string;
  /** Where on the unit's page the target is (its lecture, with the feedback link to pass on). */
  anchor?: string;
}

export interface SilentUnit {
  id: string;
  name: string;
}

export interface ReminderMessage {
  unitId: string;
  unitName: string;
  text: string;
}

export interface ReminderRun {
  /** Units reminded now (one message each). */
  sent: number;
  /** Silent units left out: reminded about this target within the gap. */
  skipped: number;
  messages: ReminderMessage[];
  /** Units that had no link and were given one for their message (the caller audits each). */
  issuedKeys: string[];
}

export interface RemindDeps {
  reminders: ReminderStore;
  unitKeys: UnitKeyRepository;
  catalogueRecords: CatalogueRecordRepository;
  clock: Clock;
  newKey?: () => string;
}

const DOING: Record<ReminderTargetKind, string> = { survey: '填报', menu: '点单', lecture: '组织听众填写反馈' };
/** What the unit does with its link: a lecture's listeners answer on the feedback link its page shows for that lecture. */
const HOW: Record<ReminderTargetKind, string> = { survey: '请通过本单位专属链接办理：', menu: '请通过本单位专属链接办理：', lecture: '请打开本单位专属链接，把这场宣讲的反馈链接转发给听众：' };

/** One unit's message: its name, what it has not done, by when, and its own link. */
export function reminderMessage(target: ReminderTarget, unit: SilentUnit, url: string, context: NoticeContext): string {
  const doing = DOING[target.kind];
  const held = target.heldAt ? `已于${when(target.heldAt, context)}宣讲，` : '';
  const by = target.closesAt ? `，${when(target.closesAt, context)}截止` : '';
  return [`【催办】${unit.name}：`, `《${target.title}》${held}贵单位尚未${doing}${by}。${HOW[target.kind]}`, url, '谢谢！'].join('\n');
}

export async function remindUnits(deps: RemindDeps, target: ReminderTarget, silent: readonly SilentUnit[], options: { gapHours: number; context: NoticeContext }): Promise<ReminderRun> {
  if (silent.length === 0) return { sent: 0, skipped: 0, messages: [], issuedKeys: [] };
  const now = deps.clock.now();
  const notBefore = new Date(now.getTime() - options.gapHours * 3_600_000);
  const keys = new Map((await deps.unitKeys.list()).map((k) => [k.unitId, k.key]));
  const run: ReminderRun = { sent: 0, skipped: 0, messages: [], issuedKeys: [] };
  const claimed: string[] = [];
  const remindOne = async (unit: SilentUnit): Promise<ReminderMessage | undefined> => {
    if (!(await deps.reminders.claim(target.kind, target.id, unit.id, now, notBefore))) return undefined;
    claimed.push(unit.id);
    let key = keys.get(unit.id);
    if (!key) {
      key = (await issueUnitKey(deps, unit.id)).key;
      run.issuedKeys.push(unit.id);
    }
    return { unitId: unit.id, unitName: unit.name, text: reminderMessage(target, unit, `${unitPageUrl(options.context.baseUrl, key)}${target.anchor ? `#${target.anchor}` : ''}`, options.context) };
  };
  try {
    for (let i = 0; i < silent.length; i += CLAIMS_AT_ONCE) {
      const settled = await Promise.allSettled(silent.slice(i, i + CLAIMS_AT_ONCE).map(remindOne));
      const failed = settled.find((s) => s.status === 'rejected');
      if (failed) throw failed.reason;
      for (const s of settled) {
        if (s.status === 'rejected') continue;
        if (s.value) run.messages.push(s.value);
        else run.skipped += 1;
      }
    }
  } catch (error) {
    // No message reaches the organizer when the run fails: every unit it took is given back, so the next try reminds them.
    await Promise.allSettled(claimed.map((unitId) => deps.reminders.release(target.kind, target.id, unitId, now)));
    throw error;
  }
  run.sent = run.messages.length;
  return run;
}
