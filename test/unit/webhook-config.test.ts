// DIANCAI_WEBHOOKS (and the AWS secret holding the same list): read at start-up, refused with a
// sentence that names the entry and the field, never the robot's address or secret.
import { describe, expect, it } from 'vitest';
import { channelId, parseWebhooks, WebhookConfigError } from '../../shared/notices/webhook-config.js';

const URL_WITH_KEY = 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=THE-ROBOT-KEY';

function refusal(text: string): string {
  try {
    parseWebhooks(text, 'DIANCAI_WEBHOOKS');
  } catch (error) {
    expect(error).toBeInstanceOf(WebhookConfigError);
    return (error as Error).message;
  }
  throw new Error('not refused');
}

describe('the group robots’ configuration', () => {
  it('Should read a list of robots, each with an opaque id and its place in the list', () => {
    const channels = parseWebhooks(
      JSON.stringify([
        { kind: 'wecom', url: URL_WITH_KEY },
        { kind: 'dingtalk', url: 'https://oapi.dingtalk.com/robot/send?access_token=T', secret: 'SECabc' },
        { kind: 'feishu', url: 'https://open.feishu.cn/open-apis/bot/v2/hook/H' },
      ]),
      'DIANCAI_WEBHOOKS',
    );
    expect(channels.map((c) => [c.kind, c.position, c.secret])).toEqual([
      ['wecom', 1, undefined],
      ['dingtalk', 2, 'SECabc'],
      ['feishu', 3, undefined],
    ]);
    expect(channels[0]!.id).toBe(channelId('wecom', URL_WITH_KEY));
    expect(channels[0]!.id).toMatch(/^wecom-[0-9a-f]{12}$/);
    expect(channels[0]!.id).not.toContain('KEY');
  });

  it('Should take nothing as no robots', () => {
    expect(parseWebhooks(undefined, 'DIANCAI_WEBHOOKS')).toEqual([]);
    expect(parseWebhooks('  ', 'DIANCAI_WEBHOOKS')).toEqual([]);
    expect(parseWebhooks('[]', 'DIANCAI_WEBHOOKS')).toEqual([]);
  });

  it.each([
    ['not JSON', `[{ kind: wecom, url: ${URL_WITH_KEY} }]`, 'is not valid JSON'],
    ['not a list', JSON.stringify({ kind: 'wecom', url: URL_WITH_KEY }), 'must be a JSON list'],
    ['an unknown kind', JSON.stringify([{ kind: 'wechat', url: URL_WITH_KEY }]), 'entry 1: kind must be one of wecom, dingtalk, feishu'],
    ['plain HTTP to another host', JSON.stringify([{ kind: 'wecom', url: URL_WITH_KEY.replace('https', 'http') }]), 'entry 1: url must be'],
    ['no url', JSON.stringify([{ kind: 'feishu' }]), 'entry 1: url must be'],
    ['a secret for WeCom', JSON.stringify([{ kind: 'wecom', url: URL_WITH_KEY, secret: 'SEC-SECRET-VALUE' }]), 'wecom robots are not signed'],
    ['an unknown field', JSON.stringify([{ kind: 'wecom', url: URL_WITH_KEY, token: 'x' }]), 'unknown field "token"'],
    ['the same robot twice', JSON.stringify([{ kind: 'wecom', url: URL_WITH_KEY }, { kind: 'wecom', url: URL_WITH_KEY }]), 'the same robot twice'],
  ])('Should refuse %s with a sentence that names the entry and never the address or secret', (_what, text, words) => {
    const message = refusal(text);
    expect(message).toContain(words);
    expect(message).toContain('DIANCAI_WEBHOOKS');
    expect(message).not.toContain('THE-ROBOT-KEY');
    expect(message).not.toContain('SEC-SECRET-VALUE');
    expect(message).not.toContain('qyapi');
  });

  it('Should allow plain HTTP to this machine only (a relay or a test receiver)', () => {
    expect(parseWebhooks(JSON.stringify([{ kind: 'wecom', url: 'http://127.0.0.1:8080/send?key=k' }]), 'x')).toHaveLength(1);
  });
});
