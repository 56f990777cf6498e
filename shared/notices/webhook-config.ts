// The district's group robots (群机器人): a JSON list of { kind, url, secret? }, from DIANCAI_WEBHOOKS
// locally and from a Secrets Manager secret in AWS. The URLs carry the robots' keys, so nothing here
// ever puts a URL or a secret into a message or a log line: a robot is named by its kind, its place
// in the list and an opaque id made from a hash of its URL.
import { createHash } from 'node:crypto';
import * as v from 'valibot';

export const WEBHOOK_KINDS = ['wecom', 'dingtalk', 'feishu'] as const;
export type WebhookKind = (typeof WEBHOOK_KINDS)[number];

/** Plain HTTP only to this machine (a relay or a test receiver); a robot on the internet is reached over HTTPS. */
function allowedUrl(text: string): boolean {
  try {
    const url = new URL(text);
    if (url.protocol === 'https:') return true;
    return url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  } catch {
    return false;
  }
}

const WebhookSchema = v.strictObject({
  kind: v.picklist(WEBHOOK_KINDS),
  url: v.pipe(v.string(), v.maxLength(2000), v.check(allowedUrl)),
  secret: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(500))),
});

export interface WebhookChannel {
  /** Opaque and stable while the URL is: `wecom-3f2a…`. Stored with each delivery; reveals nothing of the key. */
  id: string;
  kind: WebhookKind;
  /** 1-based place in the configured list, for people (企业微信群机器人 2). */
  position: number;
  url: string;
  secret?: string;
}

/** A configuration that cannot be used: says where and what, never the value. */
export class WebhookConfigError extends Error {
  override name = 'WebhookConfigError';
}

const FIELD_PROBLEMS: Record<string, string> = {
  kind: `kind must be one of ${WEBHOOK_KINDS.join(', ')}`,
  url: 'url must be the robot’s webhook address, https:// (http:// only to this machine)',
  secret: 'secret, when given, must be the robot’s signing secret (text, at most 500 characters)',
};

export function channelId(kind: WebhookKind, url: string): string {
  return `${kind}-${createHash('sha256').update(url).digest('hex').slice(0, 12)}`;
}

/**
 * Reads the robots list; `source` names where it came from in the error (DIANCAI_WEBHOOKS, the secret).
 * Empty or absent: no robots (notices are still kept, as text to copy).
 */
export function parseWebhooks(text: string | undefined, source: string): WebhookChannel[] {
  if (text === undefined || text.trim() === '') return [];
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new WebhookConfigError(`${source} is not valid JSON: expected a list like [{ "kind": "wecom", "url": "https://…" }, { "kind": "dingtalk", "url": "https://…", "secret": "SEC…" }]`);
  }
  if (!Array.isArray(raw)) throw new WebhookConfigError(`${source} must be a JSON list of { kind, url, secret? }`);
  if (raw.length > 20) throw new WebhookConfigError(`${source} lists ${raw.length} robots; at most 20`);
  const channels = raw.map((entry, index) => {
    const parsed = v.safeParse(WebhookSchema, entry);
    if (!parsed.success) {
      const field = String(v.getDotPath(parsed.issues[0]!) ?? '');
      const problem = FIELD_PROBLEMS[field] ?? (field ? `unknown field "${field.slice(0, 20)}" (only kind, url, secret)` : 'each entry must be an object { kind, url, secret? }');
      throw new WebhookConfigError(`${source}, entry ${index + 1}: ${problem}`);
    }
    const { kind, url, secret } = parsed.output;
    // WeCom robots have no signature: a secret there is a mistake worth saying at start-up.
    if (kind === 'wecom' && secret !== undefined) throw new WebhookConfigError(`${source}, entry ${index + 1}: wecom robots are not signed; leave secret out`);
    return { id: channelId(kind, url), kind, position: index + 1, url, ...(secret !== undefined ? { secret } : {}) };
  });
  if (new Set(channels.map((c) => c.id)).size !== channels.length) throw new WebhookConfigError(`${source} lists the same robot twice`);
  return channels;
}
