// The export worker as synthesized: its own function with a long timeout, least-privilege grants, the
// organizer allowed to invoke it and nothing more, an alarm on failures; and its bundle, driven against
// DynamoDB Local: a CSV export, and the year's record (ZIP) with every table and S3 call held to the
// worker's synthesized policy.
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
import { deployedFunction, resolveEnvironment, tableStatementsOf } from './support/function-env.js';
import { startPolicyProxy } from './support/dynamodb-policy-proxy.js';
import { mayAccess, startS3StandIn, type BucketStatement } from './support/s3-stand-in.js';
import JSZip from 'jszip';
import { demoCatalogue } from '../../shared/demo/demo-catalogue.js';
import type { Lecture } from '../../shared/lectures/lecture-schema.js';
import { yearRange } from '../../shared/lectures/year-stats.js';
import { ESSAY_FILES_PREFIX, ESSAY_UPLOADS_PREFIX, PENDING_UPLOADS_PREFIX, RECORD_OBJECTS_PREFIX, recordObjectName } from '../../shared/records/record-store.js';
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

function bucketId(prefix: 'Exports' | 'Records'): string {
  const id = Object.keys(synth.template('beta').findResources('AWS::S3::Bucket')).find((k) => k.startsWith(prefix));
  if (!id) throw new Error(`no ${prefix} bucket`);
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
    expect(Object.keys(worker.environment).sort()).toEqual(['DIANCAI_TIME_ZONE', 'DISTRICT_ID', 'EXPORT_BUCKET', 'LOG_LEVEL', 'NODE_OPTIONS', 'RECORDS_BUCKET', 'TABLE_NAME']);
    expect(worker.environment.RECORDS_BUCKET).toEqual({ Ref: bucketId('Records') });
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

  it('Should grant the worker only what an export and the year\'s record need', () => {
    const tableId = logicalIdOf('AWS::DynamoDB::Table');
    const tableArn = { 'Fn::GetAtt': [tableId, 'Arn'] };
    const objects = (bucket: 'Exports' | 'Records', prefix: string) => ({ 'Fn::Join': ['', [{ 'Fn::GetAtt': [bucketId(bucket), 'Arn'] }, `/${prefix}*`]] });
    const statements = statementsOf('ExportWorker').filter((s) => !String(s.Action).startsWith('logs:'));
    expect(statements).toEqual([
      { Effect: 'Allow', Action: 'dynamodb:GetItem', Resource: tableArn, Condition: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['SURVEY#*', 'EXPORT#*'] } } },
      { Effect: 'Allow', Action: 'dynamodb:UpdateItem', Resource: tableArn, Condition: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['EXPORT#*'] } } },
      {
        Effect: 'Allow',
        Action: 'dynamodb:Query',
        Resource: { 'Fn::Join': ['', [tableArn, `/index/${tableDefinition.byTimeIndex.name}`]] },
        // A survey's responses; the year's lectures by start.
        Condition: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [expect.stringMatching(/RESPONSES/), 'LECTURES'] } },
      },
      // Each lecture's record (台账) and the five catalogue partitions, on the table itself.
      { Effect: 'Allow', Action: 'dynamodb:Query', Resource: tableArn, Condition: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['RECORD#*', 'CATALOGUE#unit', 'CATALOGUE#front', 'CATALOGUE#theme', 'CATALOGUE#topic', 'CATALOGUE#expert'] } } },
      // The lectures' counter shards, and nothing else, in a batch.
      { Effect: 'Allow', Action: 'dynamodb:BatchGetItem', Resource: tableArn, Condition: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['PUBLIC#LECTURE_COUNTERS#*'] } } },
      { Effect: 'Allow', Action: ['s3:AbortMultipartUpload', 's3:PutObject'], Resource: objects('Exports', '') },
      // Records it reads for the ZIP; neither pending uploads nor essay files.
      { Effect: 'Allow', Action: 's3:GetObject', Resource: objects('Records', RECORD_OBJECTS_PREFIX) },
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
    const environment = resolveEnvironment(worker.environment, { [logicalIdOf('AWS::DynamoDB::Table')]: table.tableName, [bucketId('Exports')]: 'unused', [bucketId('Records')]: 'unused' });
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
  it('Should write the year\'s record (ZIP) making only the table and S3 calls the worker\'s synthesized policy allows', async () => {
    const template = synth.template('beta');
    const worker = deployedFunction(template, synth.assembly, 'Diancai-beta', 'ExportWorker');
    const tableId = logicalIdOf('AWS::DynamoDB::Table');
    // Stand-ins that refuse, as IAM would, any call the worker's role does not allow: DynamoDB Local behind
    // one, a records bucket in memory behind the other. The bundle's own clients talk to them.
    const proxy = await startPolicyProxy(inject('dynamoEndpoint'), tableStatementsOf(template, worker.logicalId, tableId));
    const recordsStatements = statementsOf('ExportWorker').filter((st) => JSON.stringify(st.Resource).includes(bucketId('Records'))) as BucketStatement[];
    const bucket = await startS3StandIn('records-bucket', bucketId('Records'), recordsStatements);
    try {
      const environment = resolveEnvironment(worker.environment, { [tableId]: table.tableName, [bucketId('Exports')]: 'unused', [bucketId('Records')]: 'records-bucket' });
      delete environment.NODE_OPTIONS;
      // The ZIP itself goes to the local exports store (no S3 multipart here): what is proven is the reading.
      delete environment.EXPORT_BUCKET;
      const dir = mkdtempSync(join(tmpdir(), 'diancai-worker-year-'));
      Object.assign(process.env, environment, {
        DYNAMODB_ENDPOINT: proxy.url,
        AWS_ENDPOINT_URL_S3: bucket.url,
        AWS_ACCESS_KEY_ID: 'AKIDWORKER',
        AWS_SECRET_ACCESS_KEY: 'test',
        AWS_REGION: 'cn-north-1',
        LOG_LEVEL: 'silent',
        EXPORT_DIR: dir,
      });
      delete process.env.EXPORT_BUCKET;

      await table.store.catalogue.putAll(demoCatalogue);
      const topic = demoCatalogue.topics[0]!;
      const expert = demoCatalogue.experts[0]!;
      const unit = demoCatalogue.units[0]!;
      const starts = new Date(Date.UTC(2025, 5, 3, 2)).toISOString();
      const lecture: Lecture = {
        id: randomUUID(), status: 'delivered', topicId: topic.id, topicTitle: topic.title, themeId: topic.theme, expertId: expert.id, expertName: expert.name,
        units: [{ id: unit.id, name: unit.name, front: unit.front }], startsAt: starts, endsAt: new Date(Date.parse(starts) + 5_400_000).toISOString(),
        durationMinutes: 90, place: '报告厅', attendance: 42, formVersion: 1, createdAt: starts,
      };
      await table.store.lectureImport.importLectures([lecture]);
      const photo = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('photo bytes'), Buffer.from([0xff, 0xd9])]);
      const pdf = Buffer.from('%PDF-1.4\n%%EOF\n');
      const photoId = randomUUID();
      const fileId = randomUUID();
      bucket.objects.set(recordObjectName(lecture.id, photoId, 'jpg'), photo);
      bucket.objects.set(recordObjectName(lecture.id, fileId, 'pdf'), pdf);
      const addedBy = 'admin@district.cn';
      await table.store.records.add({ itemId: photoId, eventId: lecture.id, kind: 'photo', format: 'jpg', name: '现场.jpg', bytes: photo.length, object: recordObjectName(lecture.id, photoId, 'jpg'), addedAt: lecture.endsAt, addedBy }, 9);
      await table.store.records.add({ itemId: fileId, eventId: lecture.id, kind: 'file', format: 'pdf', name: '讲稿.pdf', bytes: pdf.length, object: recordObjectName(lecture.id, fileId, 'pdf'), addedAt: lecture.endsAt, addedBy }, 3);
      await table.store.records.setSummary(lecture.id, '气氛热烈。', lecture.endsAt);

      const exportId = randomUUID();
      const now = new Date().toISOString();
      const range = yearRange(2025, 'Asia/Shanghai');
      await table.store.exportJobs.create({ exportId, yearRecord: { year: 2025 }, status: 'queued', filter: { includeInvalid: false, ...range }, locale: 'zh', requestedBy: addedBy, createdAt: now, updatedAt: now, rowsDone: 0, rowsExpected: 1 });

      // A module instance of its own: it reads this environment at import, as a fresh Lambda instance would.
      const bundle = (await import(`${pathToFileURL(worker.handlerFile).href}?year-record`)) as { handler: (event: unknown) => Promise<unknown> };
      expect(await bundle.handler({ exportId })).toEqual({ outcome: 'done', rows: 1 });
      expect(proxy.denied()).toEqual([]);
      expect(bucket.denied()).toEqual([]);
      // Each kind of read the job makes went through (and was checked): the year's lectures, their counters, records and the catalogue.
      const allowed = proxy.allowed();
      for (const access of ['Query LECTURES', `BatchGetItem PUBLIC#LECTURE_COUNTERS#${lecture.id}`, `Query RECORD#${lecture.id}`, 'Query CATALOGUE#expert', `GetItem EXPORT#${exportId}`, `UpdateItem EXPORT#${exportId}`]) expect(allowed).toContain(access);
      expect(bucket.allowed().sort()).toEqual([`s3:GetObject ${recordObjectName(lecture.id, fileId, 'pdf')}`, `s3:GetObject ${recordObjectName(lecture.id, photoId, 'jpg')}`].sort());

      const zip = await JSZip.loadAsync(readFileSync(join(dir, `year-record-2025-${exportId}.zip`)));
      const stored = Object.values(zip.files).filter((f) => !f.dir);
      const photoEntry = stored.find((f) => f.name.endsWith('现场.jpg'));
      expect(photoEntry && Buffer.from(await photoEntry.async('uint8array')).equals(photo)).toBe(true);
      expect(stored.some((f) => f.name.endsWith('讲稿.pdf'))).toBe(true);
      expect(await table.store.exportJobs.get(exportId)).toMatchObject({ status: 'done', rowsDone: 1 });
    } finally {
      await proxy.close();
      await bucket.close();
      delete process.env.AWS_ENDPOINT_URL_S3;
    }
  });

  it('Should hold the worker to records: no pending upload, no essay file', () => {
    const statements = statementsOf('ExportWorker') as BucketStatement[];
    const records = bucketId('Records');
    expect(mayAccess(statements, records, 's3:GetObject', `${RECORD_OBJECTS_PREFIX}event/item.jpg`)).toBe(true);
    for (const key of [`${PENDING_UPLOADS_PREFIX}event/photo/upload`, `${ESSAY_FILES_PREFIX}call/essay.pdf`, `${ESSAY_UPLOADS_PREFIX}call/upload`]) expect(mayAccess(statements, records, 's3:GetObject', key), key).toBe(false);
    expect(mayAccess(statements, records, 's3:PutObject', `${RECORD_OBJECTS_PREFIX}event/item.jpg`)).toBe(false);
    expect(mayAccess(statements, records, 's3:DeleteObject', `${RECORD_OBJECTS_PREFIX}event/item.jpg`)).toBe(false);
  });
});
