// Sends one notice to every configured robot: each request takes the robot's next free slot (its
// documented rate limit), failures are retried with exponential backoff within the round, a robot
// whose next slot is far off is left for a later round, and the notice is written back with each
// robot's outcome and its own status (sent, pending, failed). Nothing here ever sees the action that
// caused the notice: it runs after it, in the background or in another function.
import type { Clock } from '../kernel/clock.js';
import { CHANNEL_FORMATS } from './channels/registry.js';
import type { Delivery, Notice } from './notice-schema.js';
import type { NoticeStore } from './notice-store.js';
import type { WebhookChannel } from './webhook-config.js';

export interface DeliveryPolicy {
  /** Requests to one robot in one round before it counts as failed. */
  triesPerRound: number;
  /** The wait before the second try; doubled for each further one. */
  backoffMs: number;
  /** A robot that has not answered by then is given up on for this try. */
  timeoutMs: number;
  /** The longest a round waits for a robot's free slot; later slots are left to the next round. */
  maxWaitMs: number;
  /** How long a sender holds a notice (longer than a round can take). */
  leaseMs: number;
  /** The wait before the next round of a failed notice; doubled each round up to `maxRoundBackoffMs`. */
  roundBackoffMs: number;
  maxRoundBackoffMs: number;
  /** Rounds after which a failed notice waits for a person (the notices page's retry). */
  maxRounds: number;
}

export const DEFAULT_DELIVERY_POLICY: DeliveryPolicy = {
  triesPerRound: 3,
  backoffMs: 1_000,
  timeoutMs: 5_000,
  maxWaitMs: 70_000,
  leaseMs: 5 * 60_000,
  roundBackoffMs: 5 * 60_000,
  maxRoundBackoffMs: 6 * 3_600_000,
  maxRounds: 6,
};

export type HttpPost = (url: string, body: string, timeoutMs: number) => Promise<{ status: number; body: string }>;

/** A plain POST of JSON, never following a redirect; the answer's first 2 KB is all any platform's code needs. */
export const httpPost: HttpPost = async (url, body, timeoutMs) => {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json; charset=utf-8' }, body, redirect: 'error', signal: AbortSignal.timeout(timeoutMs) });
  return { status: response.status, body: (await response.text()).slice(0, 2000) };
};

export interface SenderDeps {
  notices: NoticeStore;
  channels: readonly WebhookChannel[];
  clock: Clock;
  /** Waits that long (real time, or a test's clock moved on). */
  sleep: (ms: number) => Promise<void>;
  post?: HttpPost;
  policy?: Partial<DeliveryPolicy>;
  /** Who holds the lease (a process or invocation id). */
  holder: string;
}

/** A failed request in words for the notices page: never the URL (it carries the robot's key). */
function failureWords(error: unknown): string {
  const e = error as { name?: string; code?: string; cause?: { code?: string; name?: string } } | undefined;
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError' || e?.cause?.name === 'TimeoutError') return 'timeout';
  const code = e?.cause?.code ?? e?.code;
  return typeof code === 'string' && /^[A-Z_]{2,40}$/.test(code) ? `network error (${code})` : 'network error';
}

export const retryWait = (policy: DeliveryPolicy, round: number) => Math.min(policy.roundBackoffMs * 2 ** Math.max(0, round - 1), policy.maxRoundBackoffMs);

/** One robot, within one round: its delivery as it stands after, and when to come back if its slot was too far off. */
async function deliverTo(deps: SenderDeps, policy: DeliveryPolicy, channel: WebhookChannel, notice: Notice, before: Delivery): Promise<{ delivery: Delivery; deferUntil?: Date }> {
  const format = CHANNEL_FORMATS[channel.kind];
  const post = deps.post ?? httpPost;
  const robot = { kind: channel.kind, position: channel.position };
  const delivery: Delivery = { robot, state: 'pending', attempts: before.attempts };
  for (let tryNo = 1; tryNo <= policy.triesPerRound; tryNo++) {
    const now = deps.clock.now();
    const slot = await deps.notices.reserveSlot(channel.id, now, format.spacingMs);
    const wait = slot.getTime() - now.getTime();
    if (wait > policy.maxWaitMs) return { delivery: { ...delivery, ...(before.lastError ? { lastError: before.lastError } : {}) }, deferUntil: slot };
    if (wait > 0) await deps.sleep(wait);
    const request = format.request(channel, notice.message, deps.clock.now());
    delivery.attempts += 1;
    let outcome;
    try {
      const answer = await post(request.url, request.body, policy.timeoutMs);
      outcome = format.outcome(answer.status, answer.body);
    } catch (error) {
      outcome = { outcome: 'retry' as const, error: failureWords(error) };
    }
    if (outcome.outcome === 'sent') return { delivery: { robot, state: 'sent', attempts: delivery.attempts, sentAt: deps.clock.now().toISOString() } };
    delivery.lastError = outcome.error;
    if (outcome.outcome === 'refused') break;
    if (tryNo < policy.triesPerRound) await deps.sleep(policy.backoffMs * 2 ** (tryNo - 1));
  }
  return { delivery: { ...delivery, state: 'failed' } };
}

export type RoundResult = { ran: false } | { ran: true; notice: Notice };

/** One round of one notice; `ran: false` when it is sent already or another sender holds it. */
export async function deliverNotice(deps: SenderDeps, noticeId: string): Promise<RoundResult> {
  const policy = { ...DEFAULT_DELIVERY_POLICY, ...deps.policy };
  const start = deps.clock.now();
  const claimed = await deps.notices.claim(noticeId, deps.holder, start, new Date(start.getTime() + policy.leaseMs));
  if (!claimed) return { ran: false };
  const notice: Notice = { ...claimed, deliveries: { ...claimed.deliveries } };
  let deferUntil: Date | undefined;
  // One robot after another: a notice to three robots takes three requests, each in its own robot's slot.
  for (const channel of deps.channels) {
    const before = notice.deliveries[channel.id] ?? { state: 'pending', attempts: 0 };
    if (before.state === 'sent') continue;
    const result = await deliverTo(deps, policy, channel, notice, before);
    notice.deliveries[channel.id] = result.delivery;
    if (result.deferUntil && (!deferUntil || result.deferUntil < deferUntil)) deferUntil = result.deferUntil;
  }
  const states = deps.channels.map((c) => notice.deliveries[c.id]?.state);
  notice.rounds += 1;
  delete notice.nextAttemptAt;
  if (deps.channels.length === 0) notice.status = 'unsent';
  else if (states.every((s) => s === 'sent')) notice.status = 'sent';
  else if (states.includes('failed')) {
    notice.status = 'failed';
    // Tried again on a schedule, each wait longer, until a person takes it up (a robot only waiting for its slot comes sooner).
    const backoff = notice.rounds < policy.maxRounds ? new Date(deps.clock.now().getTime() + retryWait(policy, notice.rounds)) : undefined;
    const next = [backoff, deferUntil].filter((d): d is Date => d !== undefined).sort((a, b) => a.getTime() - b.getTime())[0];
    if (next) notice.nextAttemptAt = next.toISOString();
  } else {
    notice.status = 'pending';
    notice.nextAttemptAt = (deferUntil ?? deps.clock.now()).toISOString();
  }
  await deps.notices.release(notice, deps.holder);
  return { ran: true, notice };
}
