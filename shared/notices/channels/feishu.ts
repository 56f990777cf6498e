// Feishu (飞书) custom bots. Documented (open.feishu.cn 自定义机器人使用指南, found through the docs
// search as open.larkoffice.com/document/ukTMukTMukTM/ucTM5YjL3ETO24yNxkjN.md): POST JSON to
// …/open-apis/bot/v2/hook/…; a rich-text message is `{ "msg_type": "post", "content": { "post": {
// "zh_cn": { "title", "content": [[{ "tag": "text", "text" }, { "tag": "a", "text", "href" }]] } } } }`;
// a bot with 签名校验 also takes `timestamp` (seconds) and `sign` = base64(HMAC-SHA256 keyed by
// "<timestamp>\n<secret>" over an empty message) in the body; the answer is `{ "code": 0 }`.
// "频率控制…为单租户单机器人 100 次/分钟，5 次/秒" (100 a minute, 5 a second per bot); 11232 when
// limited; "请求体的数据大小不能超过 20 KB".
import { createHmac } from 'node:crypto';
import type { NoticeMessage } from '../notice-schema.js';
import type { WebhookChannel } from '../webhook-config.js';
import { httpOutcome, jsonOf, platformOutcome, spacingFor, type ChannelFormat, type ChannelOutcome } from './channel.js';

const BODY_MAX_BYTES = 20 * 1024;
/** code: frequency limited. */
const TOO_FAST = 11232;

/** The signature Feishu checks: base64(HMAC-SHA256(key = "<timestamp>\n<secret>", data = "")). */
export function feishuSign(secret: string, timestampSeconds: number): string {
  return createHmac('sha256', `${timestampSeconds}\n${secret}`).update('').digest('base64');
}

function post(message: NoticeMessage, lines: readonly string[]) {
  return {
    zh_cn: {
      title: message.title,
      content: [...lines.map((text) => [{ tag: 'text', text }]), ...message.links.map((l) => [{ tag: 'text', text: `${l.label}：` }, { tag: 'a', text: l.url, href: l.url }])],
    },
  };
}

export const feishu: ChannelFormat = {
  kind: 'feishu',
  // Both limits: 100 in any minute and 5 in any second.
  spacingMs: Math.max(spacingFor(100, 60_000), spacingFor(5, 1_000)),
  request(channel: WebhookChannel, message: NoticeMessage, now: Date) {
    const seconds = Math.floor(now.getTime() / 1000);
    const signed = channel.secret ? { timestamp: String(seconds), sign: feishuSign(channel.secret, seconds) } : {};
    const make = (kept: number) => {
      const lines = kept < message.lines.length ? [...message.lines.slice(0, kept), '……'] : message.lines;
      return JSON.stringify({ ...signed, msg_type: 'post', content: { post: post(message, lines) } });
    };
    // Rich text has no byte budget of its own: drop lines from the end until the request fits.
    let kept = message.lines.length;
    let body = make(kept);
    while (Buffer.byteLength(body, 'utf8') > BODY_MAX_BYTES && kept > 0) body = make(--kept);
    return { url: channel.url, body };
  },
  outcome(status: number, body: string): ChannelOutcome {
    const http = httpOutcome(status);
    if (http) return http;
    const json = jsonOf(body);
    const code = typeof json?.code === 'number' ? json.code : typeof json?.StatusCode === 'number' ? json.StatusCode : undefined;
    return platformOutcome(code, 'code', json?.msg, TOO_FAST);
  },
};
