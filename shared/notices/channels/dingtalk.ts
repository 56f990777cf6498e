// DingTalk (钉钉) custom robots. Documented (open.dingtalk.com, 自定义机器人接入 / 安全设置; found through
// the docs search, e.g. juejin.cn/post/7129698690297495583 and blog.csdn.net/lxw1844912514/article/details/125780346,
// which quote it): POST JSON `{ "msgtype": "markdown", "markdown": { "title", "text" } }` to
// …/robot/send?access_token=…; a signed robot (加签) also takes `&timestamp=<ms>&sign=<urlencoded
// base64 HMAC-SHA256 of "<timestamp>\n<secret>" keyed by the secret>`; the answer is `{ "errcode": 0 }`.
// "每个机器人每分钟最多发送20条消息到群里，如果超过20条，会限流10分钟" (20 a minute; over it, 10 minutes
// throttled), errcode 130101 when sent too fast.
import { createHmac } from 'node:crypto';
import type { NoticeMessage } from '../notice-schema.js';
import type { WebhookChannel } from '../webhook-config.js';
import { fitBytes, httpOutcome, inertMarkdown, jsonOf, platformOutcome, spacingFor, type ChannelFormat, type ChannelOutcome } from './channel.js';

/** Kept well under what DingTalk takes, so one long reminder never loses its last lines to a refusal. */
const TEXT_MAX_BYTES = 8000;
/** errcode: send too fast. */
const TOO_FAST = 130101;

/** The signature DingTalk checks: base64(HMAC-SHA256(key = secret, data = "<timestamp>\n<secret>")). */
export function dingtalkSign(secret: string, timestamp: number): string {
  return createHmac('sha256', secret).update(`${timestamp}\n${secret}`, 'utf8').digest('base64');
}

export const dingtalk: ChannelFormat = {
  kind: 'dingtalk',
  // Over the limit the robot is silenced for ten minutes: stay clear of it.
  spacingMs: spacingFor(20, 60_000),
  request(channel: WebhookChannel, message: NoticeMessage, now: Date) {
    const links = message.links.map((l) => `[${inertMarkdown(l.label)}](${l.url})`).join('\n\n');
    const text = fitBytes(`#### ${inertMarkdown(message.title)}`, message.lines.map(inertMarkdown), links, TEXT_MAX_BYTES, '\n\n');
    const body = JSON.stringify({ msgtype: 'markdown', markdown: { title: message.title.slice(0, 60), text } });
    if (!channel.secret) return { url: channel.url, body };
    const timestamp = now.getTime();
    const url = `${channel.url}${channel.url.includes('?') ? '&' : '?'}timestamp=${timestamp}&sign=${encodeURIComponent(dingtalkSign(channel.secret, timestamp))}`;
    return { url, body };
  },
  outcome(status: number, body: string): ChannelOutcome {
    const http = httpOutcome(status);
    if (http) return http;
    const json = jsonOf(body);
    return platformOutcome(typeof json?.errcode === 'number' ? json.errcode : undefined, 'errcode', json?.errmsg, TOO_FAST);
  },
};
