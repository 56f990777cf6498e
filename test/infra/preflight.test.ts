// The deploy preflight: each check against canned AWS answers, sent through the SDK's own clients
// (only the transport is canned), in both partitions.
import { ACMClient } from '@aws-sdk/client-acm';
import { BackupClient } from '@aws-sdk/client-backup';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { PricingClient } from '@aws-sdk/client-pricing';
import { SNSClient } from '@aws-sdk/client-sns';
import { describe, expect, it } from 'vitest';
import { parseDistricts, type District } from '../../infra/districts.js';
import { alarmAddressCheck } from '../../infra/preflight/alarm-address-check.js';
import { backupCopyCheck } from '../../infra/preflight/backup-copy-check.js';
import { concurrencyCheck } from '../../infra/preflight/concurrency-check.js';
import type { Finding, PreflightCheck, PreflightContext } from '../../infra/preflight/findings.js';
import { icpCheck } from '../../infra/preflight/icp-check.js';
import { contextOf, report } from '../../infra/preflight/preflight-cli.js';
import { priceListRegion, runPreflight } from '../../infra/preflight/preflight.js';
import { ARM_DURATION_GROUP, regionSupportCheck } from '../../infra/preflight/region-support-check.js';
import { awsJsonError, cannedClientConfig, cannedTransport, json, xml, type Responder, type SentRequest } from './support/canned-aws.js';
import { testDistricts } from './support/synth-districts.js';

const [alpha, beta] = testDistricts as [District, District];
const NOW = new Date('2026-12-05T08:00:00Z');

/** Runs one check with every client answering through the responder; returns what it found and what was asked. */
async function run(check: PreflightCheck, district: District, responder: Responder): Promise<{ findings: Finding[]; sent: SentRequest[] }> {
  const transport = cannedTransport(responder);
  const region = district.region as string;
  const context: PreflightContext = {
    district,
    region,
    now: NOW,
    clients: {
      lambda: new LambdaClient(cannedClientConfig(region, transport)),
      pricing: new PricingClient(cannedClientConfig(priceListRegion(district), transport)),
      acm: new ACMClient(cannedClientConfig(region, transport)),
      backup: new BackupClient(cannedClientConfig(region, transport)),
      sns: new SNSClient(cannedClientConfig(region, transport)),
    },
  };
  return { findings: await check(context), sent: transport.sent };
}

const levels = (findings: Finding[]) => findings.map((f) => f.level);
const noCall: Responder = () => undefined;

function subscriptions(members: { topic: string; endpoint: string; arn: string }[]): string {
  const items = members
    .map((m) => `<member><TopicArn>${m.topic}</TopicArn><Protocol>email</Protocol><SubscriptionArn>${m.arn}</SubscriptionArn><Owner>222222222222</Owner><Endpoint>${m.endpoint}</Endpoint></member>`)
    .join('');
  return `<ListSubscriptionsResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><ListSubscriptionsResult><Subscriptions>${items}</Subscriptions></ListSubscriptionsResult><ResponseMetadata><RequestId>r1</RequestId></ResponseMetadata></ListSubscriptionsResponse>`;
}

describe('Preflight: the alarm address', () => {
  const topic = 'arn:aws-cn:sns:cn-north-1:222222222222:Diancai-beta-AlarmsTopic3F9D1A2B-Xk2mQ9rT';
  const snsAnswer = (members: Parameters<typeof subscriptions>[0]): Responder => (r) => (r.hostname.startsWith('sns.') && r.body.includes('Action=ListSubscriptions') ? xml(subscriptions(members)) : undefined);

  it('Should refuse a placeholder address outside a demo district, and only warn for a demo one', async () => {
    // The districts file refuses this already; the preflight says it again before any deploy.
    const refused = await run(alarmAddressCheck, { ...beta, alarmEmail: 'ops@example.org' }, noCall);
    expect(refused.findings).toEqual([{ check: 'Alarm address', level: 'error', message: expect.stringContaining('reaches nobody') }]);
    const demo = await run(alarmAddressCheck, { ...beta, alarmEmail: 'ops@example.org', demo: true }, noCall);
    expect(levels(demo.findings)).toEqual(['warning']);
    expect(demo.sent).toEqual([]);
  });

  it('Should refuse to deploy while the address has not confirmed its subscription to the district\'s topic', async () => {
    const { findings } = await run(alarmAddressCheck, beta, snsAnswer([
      { topic, endpoint: 'alarms@beta-district.cn', arn: 'PendingConfirmation' },
      // Another stack's topic with the same address says nothing about this one.
      { topic: 'arn:aws-cn:sns:cn-north-1:222222222222:Other-AlarmsTopic-1', endpoint: 'alarms@beta-district.cn', arn: `${topic}:1` },
    ]));
    expect(findings).toEqual([{ check: 'Alarm address', level: 'error', message: expect.stringContaining('has not confirmed its subscription') }]);
  });

  it('Should pass a confirmed subscription, and a first deploy (no topic yet) with a reminder to confirm', async () => {
    const confirmed = await run(alarmAddressCheck, beta, snsAnswer([{ topic, endpoint: 'Alarms@Beta-District.cn', arn: `${topic}:4b1c` }]));
    expect(confirmed.findings).toEqual([{ check: 'Alarm address', level: 'ok', message: expect.stringContaining('test-alarm') }]);
    const first = await run(alarmAddressCheck, beta, snsAnswer([]));
    expect(first.findings).toEqual([{ check: 'Alarm address', level: 'ok', message: expect.stringContaining('confirmation link') }]);
  });
});

describe('Preflight: the account\'s Lambda concurrency', () => {
  const lambdaAnswers = (quota: number, unreserved: number, functions: Record<string, number> = {}): Responder => (r) => {
    if (r.path === '/2016-08-19/account-settings') return json({ AccountLimit: { ConcurrentExecutions: quota, UnreservedConcurrentExecutions: unreserved }, AccountUsage: { FunctionCount: 3 } });
    if (r.path.replace(/\/$/, '') === '/2015-03-31/functions') return json({ Functions: Object.keys(functions).map((FunctionName) => ({ FunctionName })) });
    const name = /^\/2019-09-30\/functions\/([^/]+)\/concurrency$/.exec(r.path)?.[1];
    if (name) return json(functions[decodeURIComponent(name)] ? { ReservedConcurrentExecutions: functions[decodeURIComponent(name)] } : {});
    return undefined;
  };
  const reserving = (district: District, respondent: number) => parseDistricts([{ ...district, lambda: { functions: { Respondent: { reservedConcurrency: respondent } } } }])[0] as District;

  it('Should refuse a reservation a new account\'s quota cannot give, and say the quota the alarm should assume', async () => {
    const { findings } = await run(concurrencyCheck, reserving(beta, 100), lambdaAnswers(50, 50));
    expect(findings).toEqual([
      { check: 'Lambda concurrency', level: 'error', message: expect.stringContaining('The file reserves 100 (Respondent 100), but cn-north-1 has 50 of the account\'s 50 unreserved') },
      { check: 'Lambda concurrency', level: 'warning', message: expect.stringContaining('"accountConcurrency": 50') },
      { check: 'Lambda concurrency', level: 'warning', message: expect.stringContaining('only 50 functions at once') },
    ]);
  });

  it('Should count what the district\'s own functions already reserve when it is deployed again', async () => {
    const functions = { 'Diancai-beta-RespondentFunctionCA5B5A46-Xy12': 100, 'Diancai-beta-OrganizerFunctionA5AA8109-Zz34': 0, 'Other-stack-Function-1': 400 };
    // 150 unreserved now; 100 of them come back from the respondent before it reserves 100 again: 150 left.
    const { findings, sent } = await run(concurrencyCheck, reserving(beta, 100), lambdaAnswers(1000, 150, functions));
    expect(findings).toEqual([{ check: 'Lambda concurrency', level: 'ok', message: 'quota 1000, 150 unreserved, 100 to reserve.' }]);
    expect(sent.filter((r) => r.path.endsWith('/concurrency')).map((r) => decodeURIComponent(r.path.split('/')[3] as string))).toEqual(Object.keys(functions).slice(0, 2));
  });

  it('Should refuse 100 reserved below 200 unreserved: Lambda keeps 100 for everything else', async () => {
    const { findings } = await run(concurrencyCheck, reserving(beta, 100), lambdaAnswers(1000, 199));
    expect(levels(findings)).toEqual(['error']);
    expect(findings[0]?.message).toContain('at most 99 in all');
    const enough = await run(concurrencyCheck, reserving(beta, 100), lambdaAnswers(1000, 200));
    expect(levels(enough.findings)).toEqual(['ok']);
  });
});

describe('Preflight: what the region offers', () => {
  const answers = (armPrices: number, layers: 'ok' | 'refused'): Responder => (r) => {
    if (r.target === 'AWSPriceListService.GetProducts') return { headers: { 'content-type': 'application/x-amz-json-1.1' }, body: { FormatVersion: 'aws_v1', PriceList: Array.from({ length: armPrices }, () => JSON.stringify({ product: { attributes: { group: ARM_DURATION_GROUP } } })) } };
    if (r.path === '/2018-10-31/layers') return layers === 'ok' ? json({ Layers: [] }) : awsJsonError(400, 'InvalidParameterValueException', "Value nodejs22.x at 'compatibleRuntime' failed to satisfy constraint: Member must satisfy enum value set");
    return undefined;
  };

  it('Should ask the China price list for arm64 Lambda in the district\'s region, and Lambda there for the runtime', async () => {
    const { findings, sent } = await run(regionSupportCheck, beta, answers(1, 'ok'));
    expect(findings).toEqual([{ check: 'Region support', level: 'ok', message: 'nodejs22.x on arm64 in cn-north-1.' }]);
    const [prices, layers] = sent;
    expect(prices?.hostname).toBe('api.pricing.cn-northwest-1.amazonaws.com.cn');
    expect(JSON.parse(prices?.body ?? '{}')).toMatchObject({
      ServiceCode: 'AWSLambda',
      Filters: [
        { Type: 'TERM_MATCH', Field: 'regionCode', Value: 'cn-north-1' },
        { Type: 'TERM_MATCH', Field: 'group', Value: 'AWS-Lambda-Duration-ARM' },
      ],
    });
    expect(layers).toMatchObject({ hostname: 'lambda.cn-north-1.amazonaws.com.cn', query: { CompatibleRuntime: 'nodejs22.x', CompatibleArchitecture: 'arm64' } });
  });

  it('Should refuse arm64 where the price list has no arm64 price, and a runtime Lambda refuses', async () => {
    const noArm = await run(regionSupportCheck, beta, answers(0, 'ok'));
    expect(noArm.findings).toEqual([{ check: 'Region support', level: 'error', message: expect.stringContaining('"architecture": "x86_64"') }]);
    const noRuntime = await run(regionSupportCheck, beta, answers(1, 'refused'));
    expect(noRuntime.findings).toEqual([{ check: 'Region support', level: 'error', message: expect.stringContaining('refuses nodejs22.x on arm64') }]);
  });

  it('Should not ask the price list for a district on x86_64, and ask the global one outside China', async () => {
    const x86 = parseDistricts([{ ...beta, lambda: { architecture: 'x86_64' } }])[0] as District;
    const { sent } = await run(regionSupportCheck, x86, answers(0, 'ok'));
    expect(sent.map((r) => r.path)).toEqual(['/2018-10-31/layers']);
    const global = await run(regionSupportCheck, alpha, answers(1, 'ok'));
    expect(global.sent[0]?.hostname).toBe('api.pricing.us-east-1.amazonaws.com');
  });
});

describe('Preflight: the ICP state of a China district', () => {
  const certificateArn = 'arn:aws-cn:acm:cn-north-1:222222222222:certificate/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b';
  const filed = parseDistricts([{ ...beta, icp: { licence: '京ICP备12345678号', regions: ['cn-north-1'] }, customDomain: { name: 'survey.beta-district.cn', certificateArn } }])[0] as District;
  const acm = (certificate: object): Responder => (r) => (r.target === 'CertificateManager.DescribeCertificate' ? { headers: { 'content-type': 'application/x-amz-json-1.1' }, body: { Certificate: { CertificateArn: certificateArn, ...certificate } } } : undefined);
  const inDays = (days: number) => (NOW.getTime() + days * 86_400_000) / 1000;

  it('Should need no licence outside China', async () => {
    const { findings, sent } = await run(icpCheck, alpha, noCall);
    expect(levels(findings)).toEqual(['ok']);
    expect(sent).toEqual([]);
  });

  it('Should refuse a China district with no licence recorded and no custom domain; only warn for a demo one', async () => {
    const { findings } = await run(icpCheck, beta, noCall);
    expect(findings.map((f) => [f.level, f.message.slice(0, 40)])).toEqual([
      ['error', 'No ICP licence recorded: API Gateway in '],
      ['error', 'No custom domain: the execute-api addres'],
    ]);
    const demo = await run(icpCheck, { ...beta, demo: true }, noCall);
    expect(levels(demo.findings)).toEqual(['warning', 'warning']);
  });

  it('Should refuse a licence associated with the other China region', async () => {
    const ningxiaOnly = { ...filed, icp: { licence: '京ICP备12345678号', regions: ['cn-northwest-1'] } };
    const { findings } = await run(icpCheck, ningxiaOnly, acm({ DomainName: 'survey.beta-district.cn', Status: 'ISSUED', NotAfter: inDays(300) }));
    expect(findings).toEqual([{ check: 'ICP (China)', level: 'error', message: expect.stringContaining('covers cn-northwest-1, not cn-north-1') }]);
  });

  it('Should check the custom domain\'s certificate in ACM: issued, covering the domain, not about to end', async () => {
    const good = await run(icpCheck, filed, acm({ DomainName: '*.beta-district.cn', SubjectAlternativeNames: ['*.beta-district.cn'], Status: 'ISSUED', NotAfter: inDays(300) }));
    expect(good.findings).toEqual([{ check: 'ICP (China)', level: 'ok', message: 'licence 京ICP备12345678号 for cn-north-1; survey.beta-district.cn with an issued certificate.' }]);
    expect(JSON.parse(good.sent[0]?.body ?? '{}')).toEqual({ CertificateArn: certificateArn });
    const pending = await run(icpCheck, filed, acm({ DomainName: 'survey.beta-district.cn', Status: 'PENDING_VALIDATION' }));
    expect(pending.findings[0]).toMatchObject({ level: 'error', message: expect.stringContaining('PENDING_VALIDATION') });
    const other = await run(icpCheck, filed, acm({ DomainName: 'www.beta-district.cn', SubjectAlternativeNames: ['a.b.beta-district.cn'], Status: 'ISSUED', NotAfter: inDays(300) }));
    expect(other.findings[0]).toMatchObject({ level: 'error', message: expect.stringContaining('not survey.beta-district.cn') });
    const ending = await run(icpCheck, filed, acm({ DomainName: 'survey.beta-district.cn', Status: 'ISSUED', NotAfter: inDays(10) }));
    expect(ending.findings[0]).toMatchObject({ level: 'warning', message: expect.stringContaining('2026-12-15') });
  });
});

describe('Preflight: copies of backups to the other China region', () => {
  const settings = (management: boolean): Responder => (r) => (r.path === '/account-settings' && r.method === 'GET' ? json({ ResourceTypeOptInPreference: { DynamoDB: true }, ResourceTypeManagementPreference: { DynamoDB: management } }) : undefined);
  const copying = parseDistricts([{ ...beta, backupCopyRegion: 'cn-northwest-1' }])[0] as District;

  it('Should refuse copies while AWS Backup\'s advanced DynamoDB features are off, and pass them on', async () => {
    const off = await run(backupCopyCheck, copying, settings(false));
    expect(off.findings).toEqual([{ check: 'Backup copies', level: 'error', message: expect.stringContaining('update-region-settings --resource-type-management-preference DynamoDB=true') }]);
    expect(off.sent[0]?.hostname).toBe('backup.cn-north-1.amazonaws.com.cn');
    const on = await run(backupCopyCheck, copying, settings(true));
    expect(levels(on.findings)).toEqual(['ok']);
    const none = await run(backupCopyCheck, beta, noCall);
    expect(none.sent).toEqual([]);
  });
});

describe('Preflight: the run and its report', () => {
  it('Should run every check, turn one check\'s AWS error into a warning of its own, and still report the others', async () => {
    const responder: Responder = (r) => {
      if (r.target === 'AWSPriceListService.GetProducts') return awsJsonError(400, 'AccessDeniedException', 'User is not authorized to perform: pricing:GetProducts');
      if (r.path === '/2018-10-31/layers') return json({ Layers: [] });
      if (r.path === '/2016-08-19/account-settings') return json({ AccountLimit: { ConcurrentExecutions: 1000, UnreservedConcurrentExecutions: 1000 } });
      if (r.body.includes('Action=ListSubscriptions')) return xml(subscriptions([]));
      return undefined;
    };
    const { findings } = await run((context) => runPreflight(context), beta, responder);
    expect(findings.map((f) => [f.check, f.level])).toEqual([
      ['Alarm address', 'ok'],
      ['Lambda concurrency', 'ok'],
      ['Region support', 'warning'],
      ['ICP (China)', 'error'],
      ['ICP (China)', 'error'],
      ['Backup copies', 'ok'],
    ]);
    expect(findings[2]?.message).toContain('could not check (AccessDeniedException');
    expect(report(beta, 'cn-north-1', findings.slice(0, 1))).toEqual(['Preflight for beta (贝塔区) in cn-north-1:', `  ✓ Alarm address: ${findings[0]?.message}`]);
  });

  it('Should read the district and partition as `cdk` takes them', () => {
    expect(contextOf(['-c', 'district=pudong', '--require-approval', 'never'])).toEqual({ district: 'pudong' });
    expect(contextOf(['--context', 'partition=aws-cn', '--context=restoreStep=import'])).toEqual({ partition: 'aws-cn', restoreStep: 'import' });
  });
});
