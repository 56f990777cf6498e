// The notifier as actions see it: a notice is recorded after the action's own write, then sent in the
// background (in this process locally, by the notifier function in AWS). It never throws and never
// waits for a robot: the action that caused it has already succeeded and answers at once.
import type { Clock, IdGenerator } from '../kernel/clock.js';
import { NoticeSentError, RecordNotFoundError } from '../errors.js';
import type { Notice, NoticeDraft } from './notice-schema.js';
import type { NoticeStore } from './notice-store.js';

/** Starts a notice's delivery without waiting for it. */
export interface NoticeLauncher {
  launch(noticeId: string): Promise<void>;
}

export interface NotifierDeps {
  notices: NoticeStore;
  launcher: NoticeLauncher;
  clock: Clock;
  newId: IdGenerator;
  /** Told of a notice that could not even be recorded (the store was down): never the URL of any robot. */
  onError?: (what: string, error: unknown) => void;
}

export function newNotice(draft: NoticeDraft, id: string, at: Date): Notice {
  return { id, event: draft.event, ...(draft.about ? { about: draft.about } : {}), message: draft.message, createdAt: at.toISOString(), status: 'pending', rounds: 0, nextAttemptAt: at.toISOString(), deliveries: {} };
}

export class Notifier {
  constructor(private readonly deps: NotifierDeps) {}

  /** Records the notice and starts sending it; a notice with a deterministic id made before is not made again. */
  async notify(draft: NoticeDraft): Promise<void> {
    try {
      const notice = newNotice(draft, draft.id ?? this.deps.newId(), this.deps.clock.now());
      if (await this.deps.notices.create(notice)) await this.deps.launcher.launch(notice.id);
    } catch (error) {
      // The scheduled sweep retries what was recorded; what could not be recorded is reported here.
      this.deps.onError?.('notice not recorded', error);
    }
  }

  /** A notice sent again by hand (the notices page): pending now, and a round started at once. */
  resend(noticeId: string): Promise<Notice> {
    return resendNotice({ ...this.deps, launch: (id) => this.deps.launcher.launch(id) }, noticeId);
  }
}

/** Puts a notice back to pending now and starts a round (`launch`); without a launcher the schedule's next sweep sends it. */
export async function resendNotice(deps: { notices: NoticeStore; clock: Clock; launch?: (noticeId: string) => Promise<void> }, noticeId: string): Promise<Notice> {
  const notice = await deps.notices.get(noticeId);
  if (!notice) throw new RecordNotFoundError('notice', noticeId);
  if (notice.status === 'sent') throw new NoticeSentError(noticeId);
  const reopened = await deps.notices.reopen(noticeId, 'pending', deps.clock.now().toISOString());
  if (!reopened) throw new RecordNotFoundError('notice', noticeId);
  await deps.launch?.(noticeId);
  return reopened;
}
