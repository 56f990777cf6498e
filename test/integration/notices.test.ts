// Notices (通知) to a real HTTP receiver standing in for each robot platform: each platform's message
// format, DingTalk's and Feishu's signatures, retries on 5xx and on timeouts, each robot held to its
// rate limit, the action answering at once while the robot is down, the failure on the dashboard and
// sending again, and no robot address in any log line or page.
import { createHmac } from 'node:crypto';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../functions/http/logger.js';
import { InProcessNotices } from '../../functions/notifier/in-process-notices.js';
import { deliverNotice } from '../../shared/notices/deliver-notice.js';
import { Notifier } from '../../shared/notices/notifier.js';
import { parseWebhooks, type WebhookChannel } from '../../shared/notices/webhook-config.js';
import type { Notice } from '../../shared/notices/notice-schema.js';
import { startReceiver, type Receiver } from '../support/webhook-receiver.js';
import { programmeFixture, type ProgrammeFixture } from './programme-fixture.js';

const DING_SECRET = 'SEC-dingtalk-test-secret';
const FEISHU_SECRET = 'feishu-test-secret';

describe('notices to the group robots', () => {
  let f: ProgrammeFixture;
  let receiver: Receiver;
  let channels: WebhookChannel[];
  let notices: InProcessNotices;
  const logLines: string[] = [];
  let day = 10;
  let declined: (lectureId: string) => Promise<void> = async () => {};

  /** Waits as the notifier asks by moving the test's clock: a minute of rate limit takes no real minute. */
  const sleep = async (ms: number) => f.clock.advance(ms);

  function notifierFor(list: WebhookChannel[]) {
    return new InProcessNotices({
      ...f.table.store,
      channels: list,
      clock: f.clock,
      sleep,
      context: () => ({ timeZone: 'Asia/Shanghai', baseUrl: 'http://localhost' }),
      logger: f.deps.logger,
      policy: { timeoutMs: 400, backoffMs: 1_000 },
    });
  }

  function use(list: WebhookChannel[]) {
    notices = notifierFor(list);
    f.deps.notifier = notices.notifier;
    f.deps.noticeChannels = list;
    declined = (id) => notices.declined(id);
  }

  beforeAll(async () => {
    f = await programmeFixture({ respondent: () => ({ notices: { declined: (id: string) => declined(id) } }) });
    f.deps.logger = createLogger({ level: 'debug', write: (line) => logLines.push(line) });
    receiver = await startReceiver(() => f.clock.now().getTime());
    channels = parseWebhooks(
      JSON.stringify([
        { kind: 'wecom', url: `${receiver.origin}/wecom/send?key=robot-key-wecom` },
        { kind: 'dingtalk', url: `${receiver.origin}/dingtalk/robot/send?access_token=robot-key-ding`, secret: DING_SECRET },
        { kind: 'feishu', url: `${receiver.origin}/feishu/hook/robot-key-feishu`, secret: FEISHU_SECRET },
      ]),
      'test',
    );
    use(channels);
  });
  afterAll(async () => {
    await notices.idle();
    await receiver.close();
    await f.table.drop();
  });

  async function schedule(overrides: Record<string, unknown> = {}) {
    day += 1;
    const response = await f.api('POST', '/api/lectures', {
      token: f.token,
      body: { topicId: 't-party-history', expertId: 'e-wang', unitIds: ['dongfeng-st'], startsAt: `2026-04-${String(day).padStart(2, '0')}T09:00`, durationMinutes: 90, place: '区委党校报告厅', ...overrides },
    });
    expect(response.status).toBe(201);
    return ((await response.json()) as { lectureId: string }).lectureId;
  }

  const noticesAbout = async (lectureId: string) => (await f.table.store.notices.list({ limit: 200 })).items.filter((n) => n.about?.id === lectureId);
  const requestsTo = (path: string, from: number) => receiver.requests.slice(from).filter((r) => r.path === path);

  it('Should send a scheduled lecture to each robot in its documented format, DingTalk and Feishu signed', async () => {
    const from = receiver.requests.length;
    const lectureId = await schedule();
    await notices.idle();

    const [wecom] = requestsTo('/wecom/send', from);
    expect(wecom!.query.get('key')).toBe('robot-key-wecom');
    expect(wecom!.body).toMatchObject({ msgtype: 'markdown' });
    const content = (wecom!.body.markdown as { content: string }).content;
    expect(content.startsWith('**【宣讲排期】党史学习教育专题**')).toBe(true);
    expect(content).toContain('（北京时间）');
    expect(Buffer.byteLength(content)).toBeLessThanOrEqual(4096);

    const [ding] = requestsTo('/dingtalk/robot/send', from);
    const timestamp = ding!.query.get('timestamp')!;
    expect(ding!.query.get('access_token')).toBe('robot-key-ding');
    expect(ding!.query.get('sign')).toBe(createHmac('sha256', DING_SECRET).update(`${timestamp}\n${DING_SECRET}`).digest('base64'));
    expect(Number(timestamp)).toBe(ding!.at);
    expect(ding!.body).toMatchObject({ msgtype: 'markdown', markdown: { title: '【宣讲排期】党史学习教育专题' } });
    expect((ding!.body.markdown as { text: string }).text.startsWith('#### 【宣讲排期】')).toBe(true);

    const [feishu] = requestsTo('/feishu/hook/robot-key-feishu', from);
    const seconds = String(feishu!.body.timestamp);
    expect(feishu!.body.sign).toBe(createHmac('sha256', `${seconds}\n${FEISHU_SECRET}`).update('').digest('base64'));
    expect(feishu!.body.msg_type).toBe('post');
    const post = (feishu!.body.content as { post: { zh_cn: { title: string; content: { tag: string; text: string }[][] } } }).post.zh_cn;
    expect(post.title).toBe('【宣讲排期】党史学习教育专题');
    expect(post.content.flat().map((p) => p.text)).toContain('主讲：王建华');

    const [notice] = await noticesAbout(lectureId);
    expect(notice).toMatchObject({ event: 'lecture-scheduled', status: 'sent', rounds: 1 });
    expect(channels.map((c) => notice!.deliveries[c.id]?.state)).toEqual(['sent', 'sent', 'sent']);
  });

  it('Should make text from an expert or the catalogue inert in Markdown: no link, mention or heading can be slipped into the group', async () => {
    const { key } = (await (await f.api('POST', '/api/experts/e-wang/key', { token: f.token })).json()) as { key: string };
    const lectureId = await schedule();
    await notices.idle();
    const from = receiver.requests.length;
    const answered = await f.pub('POST', `/api/public/experts/${key}/lectures/${lectureId}/decline`, { reason: '[点此领奖](https://evil.example) <@all> **急**' });
    expect(answered.status).toBe(200);
    await notices.idle();
    const content = (requestsTo('/wecom/send', from)[0]!.body.markdown as { content: string }).content;
    expect(content).toContain('婉拒原因：［点此领奖］（https://evil.example）');
    expect(content).not.toContain('](https://evil');
    expect(content).not.toContain('<@all>');
    // The organizers' own link stays a link.
    expect(content).toContain(`[宣讲安排（组织者后台）](http://localhost/admin/lectures/${lectureId})`);
    const [notice] = (await noticesAbout(lectureId)).filter((n) => n.event === 'expert-declined');
    expect(notice!.status).toBe('sent');
  });

  it('Should make a decline’s notice once: the schedule’s sweep finds it made already', async () => {
    const { key } = (await (await f.api('POST', '/api/experts/e-wang/key', { token: f.token })).json()) as { key: string };
    const lectureId = await schedule();
    await f.pub('POST', `/api/public/experts/${key}/lectures/${lectureId}/decline`, { reason: '出差' });
    await notices.idle();
    await notices.sweep();
    await notices.idle();
    expect((await noticesAbout(lectureId)).filter((n) => n.event === 'expert-declined')).toHaveLength(1);
  });

  it('Should retry a robot that answers 5xx, one that does not answer in time and one that says “too fast”, until each takes the notice', async () => {
    receiver.script('/wecom/send', { status: 502 }, { status: 500 });
    receiver.script('/dingtalk/robot/send', 'hang');
    receiver.script('/feishu/hook/robot-key-feishu', { status: 200, body: { code: 11232, msg: 'frequency limited' } });
    const from = receiver.requests.length;
    const lectureId = await schedule();
    await notices.idle();
    expect(requestsTo('/wecom/send', from)).toHaveLength(3);
    expect(requestsTo('/dingtalk/robot/send', from)).toHaveLength(2);
    expect(requestsTo('/feishu/hook/robot-key-feishu', from)).toHaveLength(2);
    const [notice] = await noticesAbout(lectureId);
    expect(notice!.status).toBe('sent');
    expect(channels.map((c) => notice!.deliveries[c.id]).map((d) => [d!.state, d!.attempts])).toEqual([
      ['sent', 3],
      ['sent', 2],
      ['sent', 2],
    ]);
  });

  it('Should give up on a robot that refuses the message for good (a bad signature) without retrying it, and say why', async () => {
    receiver.script('/dingtalk/robot/send', { status: 200, body: { errcode: 310000, errmsg: 'sign not match, more: https://open.dingtalk.com/x' } });
    const from = receiver.requests.length;
    const lectureId = await schedule();
    await notices.idle();
    expect(requestsTo('/dingtalk/robot/send', from)).toHaveLength(1);
    const [notice] = await noticesAbout(lectureId);
    expect(notice!.status).toBe('failed');
    const ding = notice!.deliveries[channels[1]!.id]!;
    expect(ding).toMatchObject({ state: 'failed', attempts: 1 });
    expect(ding.lastError).toContain('errcode 310000');
    expect(ding.lastError).not.toContain('https://');
  });

  it('Should hold a robot to its rate limit: 25 notices to one WeCom robot, never more than 20 in any minute', async () => {
    const [robot] = parseWebhooks(JSON.stringify([{ kind: 'wecom', url: `${receiver.origin}/wecom/rate?key=robot-key-rate` }]), 'test');
    const notifier = new Notifier({ notices: f.table.store.notices, launcher: { launch: async () => {} }, clock: f.clock, newId: randomUUID });
    const ids: string[] = [];
    for (let i = 0; i < 25; i++) {
      const id = randomUUID();
      await notifier.notify({ id, event: 'reminder', message: { title: `测试 ${i}`, lines: [], links: [] } });
      ids.push(id);
    }
    const sender = { notices: f.table.store.notices, channels: [robot!], clock: f.clock, sleep, holder: 'test' };
    for (const id of ids) await deliverNotice(sender, id);
    const arrivals = receiver.requests.filter((r) => r.path === '/wecom/rate').map((r) => r.at);
    expect(arrivals).toHaveLength(25);
    // Every window of 60 s, both ends counted, holds at most 20 requests.
    for (const start of arrivals) expect(arrivals.filter((at) => at >= start && at <= start + 60_000).length).toBeLessThanOrEqual(20);
  });

  it('Should hand out distinct sending slots to senders racing for one robot, each the spacing apart', async () => {
    const now = f.clock.now();
    const slots = await Promise.all(Array.from({ length: 30 }, () => f.table.store.notices.reserveSlot('race-robot', now, 3_158)));
    const times = slots.map((s) => s.getTime()).sort((a, b) => a - b);
    expect(times.map((t) => t - times[0]!)).toEqual(Array.from({ length: 30 }, (_, i) => i * 3_158));
  });

  it('Should leave a robot whose next slot is far off for a later round, and send it then', async () => {
    const [robot] = parseWebhooks(JSON.stringify([{ kind: 'dingtalk', url: `${receiver.origin}/dingtalk/later?access_token=robot-key-later` }]), 'test');
    // Another sender has taken the robot's next two minutes.
    await f.table.store.notices.reserveSlot(robot!.id, new Date(f.clock.now().getTime() + 120_000), 3_158);
    const id = randomUUID();
    await new Notifier({ notices: f.table.store.notices, launcher: { launch: async () => {} }, clock: f.clock, newId: randomUUID }).notify({ id, event: 'reminder', message: { title: '稍后', lines: [], links: [] } });
    const sender = { notices: f.table.store.notices, channels: [robot!], clock: f.clock, sleep, holder: 'test', policy: { maxWaitMs: 70_000 } };
    const first = await deliverNotice(sender, id);
    expect(first.ran && first.notice.status).toBe('pending');
    expect(receiver.requests.filter((r) => r.path === '/dingtalk/later')).toHaveLength(0);
    f.clock.advance(130_000);
    const second = await deliverNotice(sender, id);
    expect(second.ran && second.notice.status).toBe('sent');
  });

  it('Should answer the action at once while the robots are down, show the failure on the workbench and the notices page, and send it when asked again', async () => {
    const down = await startReceiver(() => f.clock.now().getTime());
    const port = Number(new URL(down.origin).port);
    await down.close();
    const dead = parseWebhooks(JSON.stringify([{ kind: 'wecom', url: `http://127.0.0.1:${port}/wecom/send?key=robot-key-down` }]), 'test');
    use(dead);
    const lectureId = await schedule();
    await notices.idle();
    const [notice] = await noticesAbout(lectureId);
    expect(notice).toMatchObject({ status: 'failed' });
    expect(Object.values(notice!.deliveries)[0]).toMatchObject({ state: 'failed', attempts: 3, lastError: 'network error (ECONNREFUSED)' });

    const workbench = await (await f.api('GET', '/admin', { token: f.token })).text();
    expect(workbench).toContain('data-todo="notices"');
    expect(workbench).toContain('条通知发送失败');
    const page = await (await f.api('GET', '/admin/notices?status=failed', { token: f.token })).text();
    expect(page).toContain(`data-notice="${notice!.id}"`);
    expect(page).toContain('network error (ECONNREFUSED)');
    expect(page).toContain('企业微信群机器人 1');

    // The robot is back at its address: sending again by hand delivers it.
    const back = await startReceiver(() => f.clock.now().getTime(), port);
    try {
      const retry = await f.api('POST', `/api/notices/${notice!.id}/retry`, { token: f.token });
      expect(retry.status).toBe(200);
      await notices.idle();
      expect((await f.table.store.notices.get(notice!.id))!.status).toBe('sent');
      expect(back.requests).toHaveLength(1);
      expect((await f.api('POST', `/api/notices/${notice!.id}/retry`, { token: f.token })).status).toBe(409);
    } finally {
      await back.close();
      use(channels);
    }
    // Neither the robots' addresses nor their keys reach any log line or page.
    for (const text of [logLines.join('\n'), page, workbench]) {
      expect(text).not.toContain('robot-key');
      expect(text).not.toContain(String(port));
    }
  });

  it('Should make the notice of a deadline within 24 hours once, from the schedule', async () => {
    const menuId = await f.publishedMenu();
    await notices.idle();
    // 2026-03-10 00:00 in Shanghai: the menu's 18:00 deadline is 18 hours away.
    f.clock.set('2026-03-09T16:00:00.000Z');
    await notices.sweep();
    await notices.sweep();
    await notices.idle();
    const closing = (await f.table.store.notices.list({ limit: 200 })).items.filter((n: Notice) => n.event === 'menu-closing' && n.about?.id === menuId);
    expect(closing).toHaveLength(1);
    expect(closing[0]!.message.lines[0]).toContain('2026-03-10 18:00（北京时间）');
    expect((await f.table.store.notices.list({ limit: 200 })).items.filter((n) => n.event === 'menu-opened' && n.about?.id === menuId)).toHaveLength(1);
  });
});
