// A notice (通知): what happened, said once in Chinese for the district's group robots and for people
// to copy (title, lines, links), and how its delivery to each robot stands.
import * as v from 'valibot';
import { IdSchema } from '../kernel/ids.js';

export const NOTICE_EVENTS = ['lecture-scheduled', 'lecture-changed', 'lecture-cancelled', 'meeting-changed', 'meeting-cancelled', 'expert-declined', 'survey-opened', 'menu-opened', 'survey-closing', 'menu-closing', 'reminder'] as const;
export type NoticeEvent = (typeof NOTICE_EVENTS)[number];

/** pending: to be sent (or waiting for a robot's next free minute); sent; failed (retried on a schedule, or by hand); unsent: no robot configured, the text is for copying. */
export const NoticeStatusSchema = v.picklist(['pending', 'sent', 'failed', 'unsent']);
export type NoticeStatus = v.InferOutput<typeof NoticeStatusSchema>;

const instant = v.pipe(v.string(), v.isoTimestamp());
const line = v.pipe(v.string(), v.maxLength(1000));

export const DeliverySchema = v.object({
  /** The robot as people name it (its kind and place in the configured list), kept with the outcome. */
  robot: v.optional(v.object({ kind: v.picklist(['wecom', 'dingtalk', 'feishu']), position: v.pipe(v.number(), v.integer(), v.minValue(1)) })),
  state: v.picklist(['pending', 'sent', 'failed']),
  /** Requests made to this robot for this notice. */
  attempts: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** The last failure in words (HTTP status, the platform's code, a timeout): never the URL. */
  lastError: v.optional(v.pipe(v.string(), v.maxLength(300))),
  sentAt: v.optional(instant),
});
export type Delivery = v.InferOutput<typeof DeliverySchema>;

export const NoticeMessageSchema = v.object({
  title: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  lines: v.pipe(v.array(line), v.maxLength(200)),
  links: v.pipe(v.array(v.object({ label: v.pipe(v.string(), v.maxLength(100)), url: v.pipe(v.string(), v.maxLength(2000)) })), v.maxLength(10)),
});
export type NoticeMessage = v.InferOutput<typeof NoticeMessageSchema>;

export const NoticeSchema = v.object({
  id: IdSchema,
  event: v.picklist(NOTICE_EVENTS),
  /** The dashboard object the notice is about (its page links to it). */
  about: v.optional(v.object({ kind: v.picklist(['lecture', 'exchange-meeting', 'survey', 'menu']), id: IdSchema })),
  message: NoticeMessageSchema,
  createdAt: instant,
  status: NoticeStatusSchema,
  /** Delivery rounds so far (each tries every robot not yet reached). */
  rounds: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** When the next round may run (a robot's next free slot, or the retry backoff). */
  nextAttemptAt: v.optional(instant),
  deliveries: v.record(v.string(), DeliverySchema),
});
export type Notice = v.InferOutput<typeof NoticeSchema>;

/** What an action hands the notifier: the event, the message, what it is about; id for notices that must be made once only. */
export interface NoticeDraft {
  event: NoticeEvent;
  message: NoticeMessage;
  about?: Notice['about'];
  /** A deterministic id (a decline, a deadline): the same draft twice makes one notice. */
  id?: string;
}

/** The printable / e-mailable text: title, lines, then each link as "label：url". */
export function noticeText(message: NoticeMessage): string {
  return [message.title, ...message.lines, ...message.links.map((l) => `${l.label}：${l.url}`)].join('\n');
}
