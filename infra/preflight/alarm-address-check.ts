// The alarm address: a real one for every district that is not a demo, and, once the district is
// deployed, a subscription its owner has confirmed (SNS delivers nothing before that).
import { paginateListSubscriptions } from '@aws-sdk/client-sns';
import { isPlaceholderAddress, stackName } from '../districts.js';
import { error, ok, warning, type Finding, type PreflightCheck } from './findings.js';

const CHECK = 'Alarm address';

export const alarmAddressCheck: PreflightCheck = async ({ district, clients }) => {
  const address = district.alarmEmail;
  if (isPlaceholderAddress(address)) {
    if (district.demo !== true) return [error(CHECK, `${address} reaches nobody; give the district a real alarm address (only a "demo": true district may keep a placeholder).`)];
    return [warning(CHECK, `${address} is a placeholder: this demo district's alarms reach nobody. Remove "demo" and give a real address before anyone relies on it.`)];
  }
  // CloudFormation names the topic `<stack>-AlarmsTopic<hash>-<suffix>`; before the first deploy there is none.
  const topicMarker = `:${stackName(district)}-AlarmsTopic`;
  const subscriptions: { endpoint: string; arn: string }[] = [];
  for await (const page of paginateListSubscriptions({ client: clients.sns }, {})) {
    for (const s of page.Subscriptions ?? []) {
      if (s.Protocol === 'email' && s.TopicArn?.includes(topicMarker)) subscriptions.push({ endpoint: s.Endpoint ?? '', arn: s.SubscriptionArn ?? '' });
    }
  }
  const mine = subscriptions.filter((s) => s.endpoint.toLowerCase() === address.toLowerCase());
  if (subscriptions.length === 0) return [ok(CHECK, `${address}; SNS mails it a confirmation link at the first deploy: click it, or alarms go nowhere.`)];
  const findings: Finding[] = [];
  if (mine.length === 0) findings.push(ok(CHECK, `${address} replaces ${subscriptions.map((s) => s.endpoint).join(', ')}; SNS mails it a confirmation link at this deploy.`));
  else if (mine.some((s) => s.arn === 'PendingConfirmation')) findings.push(error(CHECK, `${address} has not confirmed its subscription to the district's alarm topic: no alarm reaches it. Click the link in the mail from AWS Notifications (or delete the subscription and deploy again for a new mail).`));
  else findings.push(ok(CHECK, `${address}, subscription confirmed. After the deploy: npm run organizer -- test-alarm (docs/operations.md, Deploy one district).`));
  return findings;
};
