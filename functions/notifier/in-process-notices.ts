// The local run's notifier: notices are sent in this process, in the background, by the same code the
// notifier function runs in AWS, and the schedule (deadlines within 24 hours, retries) runs on a timer.
import { randomUUID } from 'node:crypto';
import type { DeclineNotices } from '../../shared/experts/answer-from-link.js';
import { deliverNotice } from '../../shared/notices/deliver-notice.js';
import type { NoticeContext } from '../../shared/notices/notice-text.js';
import { declinedDraft } from '../../shared/notices/notifier-event.js';
import { Notifier, type NoticeLauncher } from '../../shared/notices/notifier.js';
import { sweepNotices, type SweepDeps } from '../../shared/notices/sweep-notices.js';
import type { Logger } from '../http/logger.js';
import type { LectureRepository } from '../../shared/lectures/lecture-store.js';

export type InProcessNoticeDeps = Omit<SweepDeps, 'holder' | 'context'> & {
  lectures: SweepDeps['lectures'] & Pick<LectureRepository, 'get'>;
  /** Read when needed: the local server learns its own address only once it listens. */
  context: () => NoticeContext;
  logger: Logger;
};

export class InProcessNotices implements NoticeLauncher, DeclineNotices {
  private readonly running = new Set<Promise<unknown>>();
  private timer: NodeJS.Timeout | undefined;
  readonly notifier: Notifier;

  constructor(private readonly deps: InProcessNoticeDeps) {
    this.notifier = new Notifier({ notices: deps.notices, launcher: this, clock: deps.clock, newId: randomUUID, onError: (what, error) => deps.logger.error(what, { error }) });
  }

  private sender(): Omit<SweepDeps, 'context'> {
    const { context: _context, logger: _logger, ...rest } = this.deps;
    return { ...rest, holder: `local-${randomUUID()}` };
  }

  private background(work: Promise<unknown>, what: string, fields: Record<string, unknown>): void {
    // A robot's failure is the notice's (shown on the dashboard); only a failure of the sender itself is logged.
    const run = work.catch((error: unknown) => this.deps.logger.error(what, { ...fields, error })).finally(() => this.running.delete(run));
    this.running.add(run);
  }

  async launch(noticeId: string): Promise<void> {
    this.background(deliverNotice(this.sender(), noticeId), 'notice round stopped', { noticeId });
  }

  async declined(lectureId: string): Promise<void> {
    try {
      const draft = await declinedDraft(this.deps.lectures, lectureId, this.deps.context());
      if (draft) await this.notifier.notify(draft);
    } catch (error) {
      this.deps.logger.error('decline notice not made', { lectureId, error });
    }
  }

  /** One run of the schedule (the timer's, or a test's). */
  sweep(): Promise<{ created: number; rounds: number }> {
    return sweepNotices({ ...this.sender(), context: this.deps.context() });
  }

  /** Runs the schedule every `everyMs` until stopped; a run still going when the next is due is let finish. */
  start(everyMs: number): void {
    let busy = false;
    this.timer = setInterval(() => {
      if (busy) return;
      busy = true;
      this.background(
        this.sweep().finally(() => (busy = false)),
        'notice sweep stopped',
        {},
      );
    }, everyMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Resolves when every round started so far has finished (tests and shutdown wait on it). */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }
}
