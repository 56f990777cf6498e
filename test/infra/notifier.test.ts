// The notifier as synthesized: its own function, the only one that may read the district's webhooks
// secret, with least-privilege table access, invoked by the organizer function and every 15 minutes
// by a schedule, alarmed; and its bundle, driven against DynamoDB Local through its
// role's policy, sending a notice to a real local HTTP receiver with the robots read from the secret.
import { randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { NOTIFIER_TIMEOUT_MINUTES } from '../../infra/constructs/notifier.js';
import { organizerFunction, respondentFunction } from '../../infra/function-specs.js';
import { newNotice } from '../../shared/notices/notifier.js';
import { tableDefinition } from '../../shared/storage/table-definition.js';
import { createTestTable, type TestTable } from '../support/dynamo-table.js';
import { startReceiver, type Receiver } from '../support/webhook-receiver.js';
import { startPolicyProxy, type PolicyProxy } from './support/dynamodb-policy-proxy.js';
import { deployedFunction, resolveEnvironment, tableStatementsOf } from './support/function-env.js';
import { startSecretsStandIn, type SecretsStandIn } from './support/secrets-manager-stand-in.js';
import { synthDistricts, type Synthesized } from './support/synth-districts.js';

let synth: Synthesized;
let table: TestTable;

beforeAll(async () => {
  synth = synthDistricts({ bundle: true });
  table = await createTestTable();
}, 300_000);
afterAll(() => table?.drop());

function logicalIdOf(type: string, district = 'beta'): string {
  const [id] = Object.keys(synth.template(district).findResources(type));
  if (!id) throw new Error(`no ${type}`);
  return id;
}

function statementsOf(rolePrefix: string, district = 'beta'): any[] {
  const policies = synth.template(district).findResources('AWS::IAM::Policy');
  return Object.values(policies)
    .filter((p) => JSON.stringify(p.Properties.Roles).includes(`"${rolePrefix}Role`))
    .flatMap((p) => p.Properties.PolicyDocument.Statement as any[]);
}

const notifierOf = (district = 'beta') => deployedFunction(synth.template(district), synth.assembly, `Diancai-${district}`, 'Notifier');

describe('The notifier in the template', () => {
  it('Should run as its own function with the webhooks secret named, no automatic retries, and a schedule every 15 minutes asking for a sweep', () => {
    const notifier = notifierOf();
    const fn = synth.template('beta').findResources('AWS::Lambda::Function')[notifier.logicalId]!;
    expect(fn.Properties).toMatchObject({ Timeout: NOTIFIER_TIMEOUT_MINUTES * 60, MemorySize: 256, Runtime: 'nodejs22.x', Architectures: ['arm64'] });
    expect(Object.keys(notifier.environment).sort()).toEqual(['DIANCAI_TIME_ZONE', 'DISTRICT_ID', 'LOG_LEVEL', 'NODE_OPTIONS', 'PUBLIC_BASE_URL', 'TABLE_NAME', 'WEBHOOKS_SECRET_ID']);
    expect(notifier.environment.WEBHOOKS_SECRET_ID).toBe('diancai/beta/webhooks');
    synth.template('beta').hasResourceProperties('AWS::Lambda::EventInvokeConfig', { FunctionName: { Ref: notifier.logicalId }, MaximumRetryAttempts: 0 });
    synth.template('beta').hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'rate(15 minutes)',
      State: 'ENABLED',
      Targets: [{ Arn: { 'Fn::GetAtt': [notifier.logicalId, 'Arn'] }, Input: JSON.stringify({ sweep: true }), RetryPolicy: { MaximumRetryAttempts: 0 } }],
    });
    // A district that names no robots: no secret, notices kept as text.
    expect(notifierOf('alpha').environment.WEBHOOKS_SECRET_ID).toBeUndefined();
    expect(JSON.stringify(statementsOf('Notifier', 'alpha'))).not.toContain('secretsmanager:');
  });

  it('Should grant the notifier only notices, robots’ slots and the sweep’s reads, and the webhooks secret by name', () => {
    const tableArn = { 'Fn::GetAtt': [logicalIdOf('AWS::DynamoDB::Table'), 'Arn'] };
    const statements = statementsOf('Notifier').filter((s) => !String(s.Action).startsWith('logs:'));
    expect(statements).toEqual([
      { Effect: 'Allow', Action: 'dynamodb:GetItem', Resource: tableArn, Condition: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['NOTICE#*', 'SURVEY#*', 'LECTURE#*'] } } },
      { Effect: 'Allow', Action: ['dynamodb:PutItem', 'dynamodb:UpdateItem'], Resource: tableArn, Condition: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['NOTICE#*', 'NOTICE_RATE#*'] } } },
      {
        Effect: 'Allow',
        Action: 'dynamodb:Query',
        Resource: { 'Fn::Join': ['', [tableArn, `/index/${tableDefinition.byTimeIndex.name}`]] },
        Condition: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['NOTICES', 'SURVEYS', 'MENUS', 'LECTURES'] } },
      },
      {
        Effect: 'Allow',
        Action: ['secretsmanager:DescribeSecret', 'secretsmanager:GetSecretValue'],
        // The secret's name and the six characters Secrets Manager appends; the partition from the stack (aws-cn here).
        Resource: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':secretsmanager:cn-north-1:222222222222:secret:diancai/beta/webhooks-??????']] },
      },
    ]);
  });

  it('Should let only the notifier read the webhooks secret', () => {
    const policies = synth.template('beta').findResources('AWS::IAM::Policy');
    const readers = Object.entries(policies).filter(([, p]) => JSON.stringify(p.Properties.PolicyDocument).includes('diancai/beta/webhooks'));
    expect(readers.map(([id]) => id)).toEqual([expect.stringMatching(/^NotifierRole/)]);
  });

  it('Should let the organizer invoke the notifier (and the export worker), nothing else, and name it; the respondent not at all', () => {
    const notifier = notifierOf();
    const worker = deployedFunction(synth.template('beta'), synth.assembly, 'Diancai-beta', 'ExportWorker');
    const invoke = statementsOf(organizerFunction.id).filter((s) => JSON.stringify(s.Action).includes('lambda:'));
    expect(invoke.map((s) => s.Action)).toEqual(invoke.map(() => 'lambda:InvokeFunction'));
    const resources = invoke.flatMap((s) => [s.Resource].flat()).map((r) => JSON.stringify(r)).sort();
    expect(resources).toEqual([worker.logicalId, notifier.logicalId].map((id) => JSON.stringify({ 'Fn::GetAtt': [id, 'Arn'] })).sort());
    expect(deployedFunction(synth.template('beta'), synth.assembly, 'Diancai-beta', organizerFunction.id).environment.NOTIFIER_FUNCTION).toEqual({ Ref: notifier.logicalId });
    // The internet-facing function hands the notifier nothing: an expert's decline is found by the sweep.
    expect(JSON.stringify(statementsOf(respondentFunction.id))).not.toContain('lambda:');
    expect(deployedFunction(synth.template('beta'), synth.assembly, 'Diancai-beta', respondentFunction.id).environment.NOTIFIER_FUNCTION).toBeUndefined();
  });

  it('Should alarm by mail when the notifier fails, and when its schedule stops running it', () => {
    const notifier = notifierOf();
    const topic = logicalIdOf('AWS::SNS::Topic');
    for (const MetricName of ['Errors', 'Invocations']) {
      synth.template('beta').hasResourceProperties('AWS::CloudWatch::Alarm', {
        MetricName,
        Namespace: 'AWS/Lambda',
        Dimensions: [{ Name: 'FunctionName', Value: { Ref: notifier.logicalId } }],
        AlarmActions: [{ Ref: topic }],
        OKActions: [{ Ref: topic }],
      });
    }
  });
});

describe('The deployed notifier bundle', () => {
  let receiver: Receiver;
  let secrets: SecretsStandIn;
  let proxy: PolicyProxy;

  afterAll(async () => {
    await receiver?.close();
    await secrets?.close();
    await proxy?.close();
  });

  it('Should read the robots from the secret, send a notice to them, sweep, and reach the table only as its role allows', async () => {
    receiver = await startReceiver();
    const robotKey = `key-${randomUUID()}`;
    const notifier = notifierOf();
    secrets = await startSecretsStandIn('diancai/beta/webhooks', JSON.stringify([{ kind: 'wecom', url: `${receiver.origin}/wecom/send?key=${robotKey}` }]));
    proxy = await startPolicyProxy(inject('dynamoEndpoint'), tableStatementsOf(synth.template('beta'), notifier.logicalId, logicalIdOf('AWS::DynamoDB::Table')));
    const { PUBLIC_BASE_URL: _joined, ...plain } = notifier.environment;
    const environment = resolveEnvironment(plain, { [logicalIdOf('AWS::DynamoDB::Table')]: table.tableName });
    delete environment.NODE_OPTIONS;
    Object.assign(process.env, environment, {
      PUBLIC_BASE_URL: 'https://survey.beta.example',
      DYNAMODB_ENDPOINT: proxy.url,
      AWS_REGION: 'cn-north-1',
      AWS_ENDPOINT_URL_SECRETS_MANAGER: secrets.url,
      AWS_ACCESS_KEY_ID: 'ASIANOTIFIERROLE',
      AWS_SECRET_ACCESS_KEY: 'test',
      AWS_SESSION_TOKEN: 'notifier-session',
      LOG_LEVEL: 'warn',
    });

    const noticeId = randomUUID();
    await table.store.notices.create(newNotice({ event: 'reminder', message: { title: '【催办】测试', lines: ['两个单位尚未填报'], links: [] } }, noticeId, new Date()));
    const bundle = (await import(pathToFileURL(notifier.handlerFile).href)) as { handler: (event: unknown, context: unknown) => Promise<{ outcome: string }> };
    expect(secrets.reads()).toBe(1);

    expect(await bundle.handler({ noticeId }, { awsRequestId: randomUUID(), functionName: 'notifier' })).toEqual({ outcome: 'sent' });
    expect(receiver.requests).toHaveLength(1);
    expect(receiver.requests[0]!.query.get('key')).toBe(robotKey);
    expect(JSON.stringify(receiver.requests[0]!.body)).toContain('两个单位尚未填报');
    expect(await table.store.notices.get(noticeId)).toMatchObject({ status: 'sent' });
    // A second delivery of the same event sends nothing more; the schedule's sweep runs through.
    expect(await bundle.handler({ noticeId }, { awsRequestId: randomUUID(), functionName: 'notifier' })).toEqual({ outcome: 'busy' });
    expect(await bundle.handler({ sweep: true }, { awsRequestId: randomUUID(), functionName: 'notifier' })).toEqual({ outcome: 'swept' });
    expect(receiver.requests).toHaveLength(1);

    expect(proxy.denied()).toEqual([]);
    expect(proxy.allowed().length).toBeGreaterThan(0);
  });
});
