// What a group robot platform is to the notifier: how a message is written for it (its documented
// format, signed where it signs), how often one robot may be sent to, and what its answer means.
import type { NoticeMessage } from '../notice-schema.js';
import type { WebhookChannel, WebhookKind } from '../webhook-config.js';

export interface ChannelRequest {
  url: string;
  body: string;
}

/** sent; retry later (5xx, 429, timeouts, the platform's "too fast"); refused for good (bad address, bad signature, keyword missing). */
export type ChannelOutcome = { outcome: 'sent' } | { outcome: 'retry' | 'refused'; error: string };

export interface ChannelFormat {
  kind: WebhookKind;
  /** The least time between two requests to one robot, kept by reserving slots (see NoticeStore.reserveSlot). */
  spacingMs: number;
  request(channel: WebhookChannel, message: NoticeMessage, now: Date): ChannelRequest;
  outcome(status: number, body: string): ChannelOutcome;
}

/**
 * The spacing that keeps any window of `perMs` to at most `limit` requests, counting both ends of the
 * window: limit - 1 gaps must fit in it.
 */
export function spacingFor(limit: number, perMs: number): number {
  return Math.ceil(perMs / (limit - 1));
}

/** An HTTP answer before the platform's own code is read: 2xx goes on, 429 and 5xx are retried, other 4xx refused. */
export function httpOutcome(status: number): ChannelOutcome | undefined {
  if (status >= 200 && status < 300) return undefined;
  if (status === 429 || status >= 500) return { outcome: 'retry', error: `HTTP ${status}` };
  return { outcome: 'refused', error: `HTTP ${status}` };
}

/** The platform's JSON answer, or nothing when it sent none readable. */
export function jsonOf(body: string): Record<string, unknown> | undefined {
  try {
    const parsed = JSON.parse(body) as unknown;
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The platform's own answer once HTTP let it through: code 0 is sent; its "too fast" code, or no readable
 * code at all, is tried again; any other code is refused, named (`errcode 310000 …`) with the platform's words.
 */
export function platformOutcome(code: number | undefined, codeName: string, words: unknown, tooFast: number): ChannelOutcome {
  if (code === 0) return { outcome: 'sent' };
  const error = code === undefined ? 'unreadable answer' : `${codeName} ${code} ${platformWords(words)}`.trim();
  return { outcome: code === tooFast || code === undefined ? 'retry' : 'refused', error };
}

/** The platform's message on a refusal, short and without any link it may echo. */
export function platformWords(value: unknown): string {
  return typeof value === 'string' ? value.replace(/https?:\/\/\S+/g, '…').slice(0, 120) : '';
}

/**
 * Text from the district's records and from experts' answers, made inert in a Markdown message: no
 * links, emphasis, headings, HTML-like tags or mentions can be smuggled into the group (the full-width
 * forms read the same to people).
 */
export function inertMarkdown(text: string): string {
  return text.replace(/[[\]()*<>#`~|_\\]/g, (ch) => ({ '[': '［', ']': '］', '(': '（', ')': '）', '*': '＊', '<': '＜', '>': '＞', '#': '＃', '`': '｀', '~': '～', '|': '｜', _: '＿', '\\': '＼' })[ch] ?? ch);
}

/** Drops lines from the end (saying so) until the text fits `maxBytes` of UTF-8. */
export function fitBytes(head: string, lines: readonly string[], tail: string, maxBytes: number, join = '\n'): string {
  const size = (text: string) => Buffer.byteLength(text, 'utf8');
  let kept = [...lines];
  const build = (more: boolean) => [head, ...kept, ...(more ? ['……'] : []), tail].filter((x) => x !== '').join(join);
  if (size(build(false)) <= maxBytes) return build(false);
  while (kept.length > 0 && size(build(true)) > maxBytes) kept = kept.slice(0, -1);
  const text = build(true);
  return size(text) <= maxBytes ? text : Buffer.from(text, 'utf8').subarray(0, maxBytes).toString('utf8').replace(/\uFFFD+$/, '');
}
