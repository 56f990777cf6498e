// `npm run organizer -- test-alarm --alarm <AlarmPathCheck output>`: proves, after a deploy, that an
// alarm reaches the district's mailbox. It sets the stack's path-check alarm (whose metric is never
// published) to ALARM, watches CloudWatch publish to the topic, and says which addresses should now get
// the mail; the alarm returns to OK by itself within minutes, which mails once more.
import { CloudWatchClient, DescribeAlarmHistoryCommand, DescribeAlarmsCommand, SetAlarmStateCommand } from '@aws-sdk/client-cloudwatch';
import { paginateListSubscriptionsByTopic, SNSClient } from '@aws-sdk/client-sns';

export interface AlarmPathDeps {
  cloudwatch: CloudWatchClient;
  sns: SNSClient;
  print: (line: string) => void;
  now: () => Date;
  sleep: (ms: number) => Promise<void>;
  /** How long to wait for CloudWatch to report the notification it sent. */
  waitMs?: number;
}

/** An SNS action as CloudWatch reports it in the alarm's history (data.actionState, data.notificationResource). */
interface ActionHistory {
  actionState?: string;
  notificationResource?: string;
  error?: string;
}

async function subscribers(sns: SNSClient, topicArn: string): Promise<{ confirmed: string[]; pending: string[] }> {
  const confirmed: string[] = [];
  const pending: string[] = [];
  for await (const page of paginateListSubscriptionsByTopic({ client: sns }, { TopicArn: topicArn })) {
    for (const s of page.Subscriptions ?? []) (s.SubscriptionArn === 'PendingConfirmation' ? pending : confirmed).push(`${s.Endpoint ?? '?'} (${s.Protocol ?? '?'})`);
  }
  return { confirmed, pending };
}

/** 0 when CloudWatch published the alarm to a topic with a confirmed subscriber; 1 otherwise, with why. */
export async function testAlarmPath(alarmName: string, deps: AlarmPathDeps): Promise<number> {
  const { MetricAlarms: [alarm] = [] } = await deps.cloudwatch.send(new DescribeAlarmsCommand({ AlarmNames: [alarmName] }));
  if (!alarm) {
    deps.print(`No alarm named ${alarmName} in this region. Give the stack's AlarmPathCheck output (and AWS_REGION of the district).`);
    return 1;
  }
  if (alarm.ActionsEnabled === false) {
    deps.print(`${alarmName} has its actions disabled: no alarm of this kind would mail anyone. aws cloudwatch enable-alarm-actions --alarm-names ${alarmName}`);
    return 1;
  }
  const topics = (alarm.AlarmActions ?? []).filter((arn) => arn.includes(':sns:'));
  let confirmedCount = 0;
  for (const topic of topics) {
    const { confirmed, pending } = await subscribers(deps.sns, topic);
    confirmedCount += confirmed.length;
    deps.print(`Topic ${topic}: ${confirmed.length ? `mails ${confirmed.join(', ')}` : 'no confirmed subscriber'}${pending.length ? `; not confirmed yet: ${pending.join(', ')}` : ''}.`);
  }
  if (topics.length === 0) deps.print(`${alarmName} notifies no SNS topic.`);

  const since = deps.now();
  await deps.cloudwatch.send(
    new SetAlarmStateCommand({ AlarmName: alarmName, StateValue: 'ALARM', StateReason: `test-alarm at ${since.toISOString()}: checking that alarms reach the mailbox (not an incident)` }),
  );
  deps.print(`Set ${alarmName} to ALARM. Waiting for CloudWatch to notify the topic…`);

  const deadline = since.getTime() + (deps.waitMs ?? 90_000);
  let actions: ActionHistory[] = [];
  while (deps.now().getTime() <= deadline) {
    const history = await deps.cloudwatch.send(new DescribeAlarmHistoryCommand({ AlarmName: alarmName, HistoryItemType: 'Action', StartDate: since, ScanBy: 'TimestampDescending' }));
    actions = (history.AlarmHistoryItems ?? []).map((item) => JSON.parse(item.HistoryData ?? '{}') as ActionHistory);
    if (actions.length > 0) break;
    await deps.sleep(5_000);
  }
  const failed = actions.filter((a) => a.actionState !== 'Succeeded');
  if (actions.length === 0) {
    deps.print('CloudWatch reported no notification within the wait: look at the alarm\'s history in the console; the path is not proven.');
    return 1;
  }
  if (failed.length > 0) {
    deps.print(`CloudWatch could not notify: ${failed.map((a) => `${a.notificationResource ?? '?'}: ${a.error ?? a.actionState ?? '?'}`).join('; ')}. Check the topic's access policy and encryption.`);
    return 1;
  }
  deps.print(`CloudWatch published to ${actions.map((a) => a.notificationResource).join(', ')}.`);
  if (confirmedCount === 0) {
    deps.print('But no address has confirmed its subscription: the mail goes nowhere. Confirm the link AWS Notifications sent, then run this again.');
    return 1;
  }
  deps.print('Now check the mailbox: "ALARM: …AlarmPathCheck…" within a few minutes (and the spam folder), then "OK" when the alarm returns by itself. No mail within 10 minutes: the mail server refuses AWS Notifications (no-reply@sns.amazonaws.com; in China no-reply@sns.amazonaws.com.cn).');
  return 0;
}

/** The CLI's clients: the district's region from AWS_REGION, credentials as the AWS CLI finds them. */
export function alarmPathClients(): Pick<AlarmPathDeps, 'cloudwatch' | 'sns'> {
  return { cloudwatch: new CloudWatchClient({}), sns: new SNSClient({}) };
}
