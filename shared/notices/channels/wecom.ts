// WeCom (企业微信) group robots. Documented (developer.work.weixin.qq.com/document/path/91770, 群机器人
// 配置说明; found through the docs search, e.g. hexdocs.pm/wechat_sdk WeChat.Work.ChatRobot and the
// weworkbot package, which quote it): POST JSON to the robot's webhook URL (…/cgi-bin/webhook/send?key=…),
// `{ "msgtype": "markdown", "markdown": { "content": … } }`, content at most 4096 bytes of UTF-8; the
// answer is `{ "errcode": 0, "errmsg": "ok" }`; "每个机器人发送的消息不能超过20条/分钟" (20 messages a
// minute per robot), errcode 45009 when over it. Robots are not signed.
import type { NoticeMessage } from '../notice-schema.js';
import type { WebhookChannel } from '../webhook-config.js';
import { fitBytes, httpOutcome, inertMarkdown, jsonOf, platformOutcome, spacingFor, type ChannelFormat, type ChannelOutcome } from './channel.js';

const CONTENT_MAX_BYTES = 4096;
/** errcode: api freq out of limit. */
const TOO_FAST = 45009;

export function wecomContent(message: NoticeMessage): string {
  const links = message.links.map((l) => `[${inertMarkdown(l.label)}](${l.url})`).join('\n');
  return fitBytes(`**${inertMarkdown(message.title)}**`, message.lines.map(inertMarkdown), links, CONTENT_MAX_BYTES);
}

export const wecom: ChannelFormat = {
  kind: 'wecom',
  spacingMs: spacingFor(20, 60_000),
  request(channel: WebhookChannel, message: NoticeMessage) {
    return { url: channel.url, body: JSON.stringify({ msgtype: 'markdown', markdown: { content: wecomContent(message) } }) };
  },
  outcome(status: number, body: string): ChannelOutcome {
    const http = httpOutcome(status);
    if (http) return http;
    const json = jsonOf(body);
    return platformOutcome(typeof json?.errcode === 'number' ? json.errcode : undefined, 'errcode', json?.errmsg, TOO_FAST);
  },
};
