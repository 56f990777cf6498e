// `npm run organizer -- test-alarm`: the alarm → topic → mailbox path after a deploy, against canned
// CloudWatch and SNS answers sent through the SDK's own clients.
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { SNSClient } from '@aws-sdk/client-sns';
import { describe, expect, it } from 'vitest';
import { testAlarmPath } from '../../functions/organizer/alarm-path-check.js';
import { cannedClientConfig, cannedTransport, xml, type CannedAnswer, type Responder } from './support/canned-aws.js';

const ALARM = 'Diancai-beta-AlarmsAlarmPathCheckA2471F05-1XY2Z3';
const TOPIC = 'arn:aws-cn:sns:cn-north-1:222222222222:Diancai-beta-AlarmsTopic3F9D1A2B-Xk2mQ9rT';

const cw = (body: object): CannedAnswer => ({ headers: { 'content-type': 'application/x-amz-json-1.0' }, body });

function subscriptionsOf(topic: string, members: { endpoint: string; arn: string }[]) {
  const items = members.map((m) => `<member><TopicArn>${topic}</TopicArn><Protocol>email</Protocol><SubscriptionArn>${m.arn}</SubscriptionArn><Owner>222222222222</Owner><Endpoint>${m.endpoint}</Endpoint></member>`).join('');
  return xml(`<ListSubscriptionsByTopicResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><ListSubscriptionsByTopicResult><Subscriptions>${items}</Subscriptions></ListSubscriptionsByTopicResult><ResponseMetadata><RequestId>r1</RequestId></ResponseMetadata></ListSubscriptionsByTopicResponse>`);
}

interface Scenario {
  alarms?: object[];
  subscribers?: { endpoint: string; arn: string }[];
  /** History items CloudWatch reports, from the n-th look on. */
  actions?: object[];
  actionsFromLook?: number;
}

async function run(scenario: Scenario) {
  let looks = 0;
  const responder: Responder = (r) => {
    switch (r.target) {
      case 'GraniteServiceVersion20100801.DescribeAlarms':
        return cw({ MetricAlarms: scenario.alarms ?? [{ AlarmName: ALARM, ActionsEnabled: true, AlarmActions: [TOPIC], OKActions: [TOPIC], StateValue: 'OK' }] });
      case 'GraniteServiceVersion20100801.SetAlarmState':
        return cw({});
      case 'GraniteServiceVersion20100801.DescribeAlarmHistory':
        looks++;
        return cw({
          AlarmHistoryItems:
            looks >= (scenario.actionsFromLook ?? 1)
              ? (scenario.actions ?? []).map((data) => ({ AlarmName: ALARM, HistoryItemType: 'Action', Timestamp: 1796515500, HistorySummary: 'action', HistoryData: JSON.stringify(data) }))
              : [],
        });
    }
    if (r.body.includes('Action=ListSubscriptionsByTopic')) return subscriptionsOf(TOPIC, scenario.subscribers ?? []);
    return undefined;
  };
  const transport = cannedTransport(responder);
  const lines: string[] = [];
  let clock = new Date('2026-12-05T08:00:00Z').getTime();
  const code = await testAlarmPath(ALARM, {
    cloudwatch: new CloudWatchClient(cannedClientConfig('cn-north-1', transport)),
    sns: new SNSClient(cannedClientConfig('cn-north-1', transport)),
    print: (line) => lines.push(line),
    now: () => new Date(clock),
    sleep: async (ms) => {
      clock += ms;
    },
    waitMs: 60_000,
  });
  return { code, lines, sent: transport.sent };
}

const published = { actionState: 'Succeeded', stateUpdateTimestamp: 1796515500000, notificationResource: TOPIC, publishedMessage: '{"AlarmName":"…"}' };

describe('test-alarm: proving that alarms reach the mailbox', () => {
  it('Should set the path-check alarm to ALARM, wait until CloudWatch has published it, and name who gets the mail', async () => {
    const { code, lines, sent } = await run({ subscribers: [{ endpoint: 'alarms@beta-district.cn', arn: `${TOPIC}:0a1b` }], actions: [published], actionsFromLook: 3 });
    expect(code).toBe(0);
    const set = sent.find((r) => r.target === 'GraniteServiceVersion20100801.SetAlarmState');
    expect(JSON.parse(set?.body ?? '{}')).toEqual({ AlarmName: ALARM, StateValue: 'ALARM', StateReason: expect.stringContaining('not an incident') });
    expect(sent.filter((r) => r.target?.endsWith('DescribeAlarmHistory'))).toHaveLength(3);
    expect(lines).toEqual([
      `Topic ${TOPIC}: mails alarms@beta-district.cn (email).`,
      `Set ${ALARM} to ALARM. Waiting for CloudWatch to notify the topic…`,
      `CloudWatch published to ${TOPIC}.`,
      expect.stringContaining('Now check the mailbox'),
    ]);
  });

  it('Should fail when nobody has confirmed the subscription, though CloudWatch published', async () => {
    const { code, lines } = await run({ subscribers: [{ endpoint: 'alarms@beta-district.cn', arn: 'PendingConfirmation' }], actions: [published] });
    expect(code).toBe(1);
    expect(lines[0]).toBe(`Topic ${TOPIC}: no confirmed subscriber; not confirmed yet: alarms@beta-district.cn (email).`);
    expect(lines.at(-1)).toContain('no address has confirmed its subscription');
  });

  it('Should fail when CloudWatch could not publish, or said nothing within the wait', async () => {
    const refused = await run({ subscribers: [{ endpoint: 'a@b.cn', arn: `${TOPIC}:1` }], actions: [{ actionState: 'Failed', notificationResource: TOPIC, error: 'Resource is not authorized' }] });
    expect(refused.code).toBe(1);
    expect(refused.lines.at(-1)).toContain('Resource is not authorized');
    const silent = await run({ subscribers: [{ endpoint: 'a@b.cn', arn: `${TOPIC}:1` }], actions: [] });
    expect(silent.code).toBe(1);
    expect(silent.lines.at(-1)).toContain('reported no notification');
  });

  it('Should set nothing when the alarm does not exist or its actions are off', async () => {
    const missing = await run({ alarms: [] });
    expect(missing.code).toBe(1);
    expect(missing.sent.some((r) => r.target?.endsWith('SetAlarmState'))).toBe(false);
    const disabled = await run({ alarms: [{ AlarmName: ALARM, ActionsEnabled: false, AlarmActions: [TOPIC] }] });
    expect(disabled.code).toBe(1);
    expect(disabled.lines[0]).toContain('enable-alarm-actions');
  });
});
