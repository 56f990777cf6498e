// The export worker as synthesized: its own function with a long timeout, least-privilege grants, the
// organizer allowed to invoke it and nothing more, an alarm on failures; and its bundle, driven against DynamoDB Local.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { EXPORT_WORKER_TIMEOUT_MINUTES } from '../../infra/constructs/export-worker.js';
import { organizerFunction, respondentFunction } from '../../infra/function-specs.js';
import { DEMO_NEEDS_SURVEY_ID, demoSurveys } from '../../shared/demo/seed-demo.js';
import { tableDefinition } from '../../shared/storage/table-definition.js';
import { createTestTable, type TestTable } from '../support/dynamo-table.js';
import { validNeeds } from '../support/demo-answers.js';
import { submitResponse } from '../../shared/responses/submit-response.js';
import { systemClock } from '../../shared/kernel/clock.js';
import { deployedFunction, resolveEnvironment } from './support/function-env.js';
import { parseDistricts, type District } from '../../infra/districts.js';
import { synthDistricts, testDistricts, type Synthesized } from './support/synth-districts.js';

let synth: Synthesized;
let table: TestTable;

beforeAll(async () => {
  synth = synthDistricts({ bundle: true });
  table = await createTestTable();
}, 300_000);
afterAll(() => table?.drop());

function logicalIdOf(type: string): string {
  const [id] = Object.keys(synth.template('beta').findResources(type));
  if (!id) throw new Error(`no ${type}`);
  return id;
}

function statementsOf(rolePrefix: string): any[] {
  const policies = synth.template('beta').findResources('AWS::IAM::Policy');
  return Object.values(policies)
    .filter((p) => JSON.stringify(p.Properties.Roles).includes(`"${rolePrefix}Role`))
    .flatMap((p) => p.Properties.PolicyDocument.Statement as any[]);
}

describe('The export worker in the template', () => {
  it('Should run as its own function for up to 15 minutes, with no automatic retries, and send a failed invocation to its failure queue', () => {
    const worker = deployedFunction(synth.template('beta'), synth.assembly, 'Diancai-beta', 'ExportWorker');
    const fn = synth.template('beta').findResources('AWS::Lambda::Function')[worker.logicalId]!;
    expect(fn.Properties.Timeout).toBe(EXPORT_WORKER_TIMEOUT_MINUTES * 60);
    expect(fn.Properties).toMatchObject({ MemorySize: 1024, Runtime: 'nodejs22.x', Architectures: ['arm64'] });
    expect(Object.keys(worker.environment).sort()).toEqual(['DIANCAI_TIME_ZONE', 'DISTRICT_ID', 'EXPORT_BUCKET', 'LOG_LEVEL', 'NODE_OPTIONS', 'TABLE_NAME']);
    const queue = logicalIdOf('AWS::SQS::Queue');
    synth.template('beta').hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: { Ref: worker.logicalId },
      MaximumRetryAttempts: 0,
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [queue, 'Arn'] } } },
    });
    // Kept 14 days, TLS only, encrypted.
    synth.template('beta').hasResourceProperties('AWS::SQS::Queue', { MessageRetentionPeriod: 14 * 24 * 3600, SqsManagedSseEnabled: true });
  });

  it('Should run on the district\'s runtime, architecture and memory when its file overrides them', () => {
    const [beta] = testDistricts.filter((d) => d.id === 'beta') as [District];
    const custom = parseDistricts([{ ...beta, lambda: { runtime: 'nodejs20.x', architecture: 'x86_64', functions: { ExportWorker: { memoryMb: 2048, reservedConcurrency: 5 } } } }]);
    const template = synthDistricts({ bundle: false, districts: custom }).template('beta');
    const [worker] = Object.entries(template.findResources('AWS::Lambda::Function')).filter(([id]) => id.startsWith('ExportWorkerFunction'));
    expect(worker?.[1].Properties).toMatchObject({ Runtime: 'nodejs20.x', Architectures: ['x86_64'], MemorySize: 2048, ReservedConcurrentExecutions: 5 });
  }, 180_000);

  it('Should grant the worker only what an export needs', () => {
    const tableId = logicalIdOf('AWS::DynamoDB::Table');
    const bucketId = logicalIdOf('AWS::S3::Bucket');
    const tableArn = { 'Fn::GetAtt': [tableId, 'Arn'] };
    const statements = statementsOf('ExportWorker').filter((s) => !String(s.Action).startsWith('logs:'));
    expect(statements).toEqual([
      { Effect: 'Allow', Action: 'dynamodb:GetItem', Resource: tableArn, Condition: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['SURVEY#*', 'EXPORT#*'] } } },
      { Effect: 'Allow', Action: 'dynamodb:UpdateItem', Resource: tableArn, Condition: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['EXPORT#*'] } } },
      {
        Effect: 'Allow',
        Action: 'dynamodb:Query',
        Resource: { 'Fn::Join': ['', [tableArn, `/index/${tableDefinition.byTimeIndex.name}`]] },
        Condition: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [expect.stringMatching(/RESPONSES/)] } },
      },
      { Effect: 'Allow', Action: ['s3:AbortMultipartUpload', 's3:PutObject'], Resource: { 'Fn::Join': ['', [{ 'Fn::GetAtt': [bucketId, 'Arn'] }, '/*']] } },
      // Lambda sends a failed invocation to the failure queue with the function's role.
      { Effect: 'Allow', Action: ['sqs:GetQueueAttributes', 'sqs:GetQueueUrl', 'sqs:SendMessage'], Resource: { 'Fn::GetAtt': [logicalIdOf('AWS::SQS::Queue'), 'Arn'] } },
    ]);
  });

  it('Should let the organizer invoke the worker; the respondent not at all', () => {
    const worker = deployedFunction(synth.template('beta'), synth.assembly, 'Diancai-beta', 'ExportWorker');
    // The organizer's one invoke statement names the worker (and the notifier: test/infra/notifier.test.ts).
    const invoke = statementsOf(organizerFunction.id).filter((s) => JSON.stringify(s.Action).includes('lambda:'));
    expect(invoke).toEqual([{ Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: expect.arrayContaining([{ 'Fn::GetAtt': [worker.logicalId, 'Arn'] }]) }]);
    expect(JSON.stringify(statementsOf(respondentFunction.id))).not.toContain('lambda:');
    const organizer = deployedFunction(synth.template('beta'), synth.assembly, 'Diancai-beta', organizerFunction.id);
    expect(organizer.environment.EXPORT_WORKER_FUNCTION).toEqual({ Ref: worker.logicalId });
  });

  it('Should alarm by mail when an export fails or times out, and while a failed invocation waits in the failure queue', () => {
    const worker = deployedFunction(synth.template('beta'), synth.assembly, 'Diancai-beta', 'ExportWorker');
    const topic = logicalIdOf('AWS::SNS::Topic');
    synth.template('beta').hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'Errors',
      Namespace: 'AWS/Lambda',
      Dimensions: [{ Name: 'FunctionName', Value: { Ref: worker.logicalId } }],
      AlarmActions: [{ Ref: topic }],
    });
    synth.template('beta').hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Namespace: 'AWS/SQS',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [logicalIdOf('AWS::SQS::Queue'), 'QueueName'] } }],
      Threshold: 1,
      AlarmActions: [{ Ref: topic }],
      OKActions: [{ Ref: topic }],
    });
  });
});

describe('The deployed export worker bundle', () => {
  it('Should export a queued job to a complete file and mark it done, against DynamoDB Local', async () => {
    const worker = deployedFunction(synth.template('beta'), synth.assembly, 'Diancai-beta', 'ExportWorker');
    const environment = resolveEnvironment(worker.environment, { [logicalIdOf('AWS::DynamoDB::Table')]: table.tableName, [logicalIdOf('AWS::S3::Bucket')]: 'unused' });
    delete environment.NODE_OPTIONS;
    // No S3 here: without EXPORT_BUCKET the bundle writes through its local files store instead.
    delete environment.EXPORT_BUCKET;
    const dir = mkdtempSync(join(tmpdir(), 'diancai-worker-bundle-'));
    Object.assign(process.env, environment, { DYNAMODB_ENDPOINT: inject('dynamoEndpoint'), AWS_REGION: 'cn-north-1', LOG_LEVEL: 'silent', EXPORT_DIR: dir });
    delete process.env.EXPORT_BUCKET;

    const [needs] = demoSurveys(new Date().toISOString());
    await table.store.surveys.put(needs!);
    for (const unit of ['education', 'health', 'education']) {
      await submitResponse(
        { surveys: table.store.surveys, responses: table.store.responses, settings: table.store.surveySettings, clock: systemClock, newId: randomUUID },
        DEMO_NEEDS_SURVEY_ID,
        { submissionId: randomUUID(), answers: validNeeds(unit) },
      );
    }
    const exportId = randomUUID();
    const now = new Date().toISOString();
    await table.store.exportJobs.create({
      exportId, surveyId: DEMO_NEEDS_SURVEY_ID, status: 'queued', filter: { unit: 'education', includeInvalid: true }, locale: 'zh', requestedBy: 'admin@district.cn', createdAt: now, updatedAt: now, rowsDone: 0,
    });

    const bundle = (await import(pathToFileURL(worker.handlerFile).href)) as { handler: (event: unknown) => Promise<unknown> };
    expect(await bundle.handler({ exportId })).toEqual({ outcome: 'done', rows: 2 });
    expect(await table.store.exportJobs.get(exportId)).toMatchObject({ status: 'done', rowsDone: 2 });
    const [file] = readdirSync(dir);
    expect(file).toBe(`responses-${DEMO_NEEDS_SURVEY_ID}-${exportId}.csv`);
    expect(readFileSync(join(dir, file!), 'utf8').trim().split('\r\n')).toHaveLength(3);
    // A second delivery of the same event does nothing; an event without a job id is refused quietly.
    expect(await bundle.handler({ exportId })).toEqual({ outcome: 'skipped' });
    expect(await bundle.handler({ nothing: true })).toEqual({ outcome: 'skipped' });
  });
});
