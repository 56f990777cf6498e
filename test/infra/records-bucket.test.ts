// The records bucket as synthesized: private, TLS-only, kept; only pending uploads expire; each function
// reaches exactly the prefixes its work needs (the organizer records and pending uploads, and reads essay
// files; the respondent essay files only; the export worker reads records), and each is told its name.
import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { PENDING_UPLOAD_EXPIRY_DAYS } from '../../infra/constructs/records-bucket.js';
import { organizerFunction, respondentFunction } from '../../infra/function-specs.js';
import { ESSAY_FILES_PREFIX, ESSAY_UPLOADS_PREFIX, PENDING_UPLOADS_PREFIX, pendingName, RECORD_OBJECTS_PREFIX, recordObjectName } from '../../shared/records/record-store.js';
import { mayAccess, type BucketStatement } from './support/s3-stand-in.js';
import { synthDistricts, type Synthesized } from './support/synth-districts.js';

let synth: Synthesized;
beforeAll(() => {
  synth = synthDistricts({ bundle: false });
}, 300_000);

const ids = ['alpha', 'beta'] as const;

function recordsBucketId(id: string): string {
  const found = Object.keys(synth.template(id).findResources('AWS::S3::Bucket')).find((k) => k.startsWith('Records'));
  if (!found) throw new Error(`no records bucket in ${id}`);
  return found;
}

function roleStatements(id: string, rolePrefix: string): BucketStatement[] {
  const policies = synth.template(id).findResources('AWS::IAM::Policy', { Properties: { Roles: [{ Ref: Match.stringLikeRegexp(`^${rolePrefix}Role`) }] } });
  return Object.values(policies).flatMap((p) => p.Properties.PolicyDocument.Statement as BucketStatement[]);
}

/** Every `action prefix` a role holds on the records bucket, whatever way CDK grouped the statements. */
function grantsOnRecords(id: string, rolePrefix: string): string[] {
  const bucket = { 'Fn::GetAtt': [recordsBucketId(id), 'Arn'] };
  const grants = roleStatements(id, rolePrefix)
    .filter((s) => JSON.stringify(s.Resource).includes(`"${recordsBucketId(id)}"`))
    .flatMap((s) => {
      expect(s.Effect).toBe('Allow');
      // CDK joins one action's resources across buckets (the organizer's GetObject also names exports): keep this bucket's.
      return [s.Resource].flat().filter((resource) => JSON.stringify(resource).includes(`"${recordsBucketId(id)}"`)).flatMap((resource: any) => {
        const [first, suffix] = resource['Fn::Join'][1] as [unknown, string];
        // Objects only, under a named prefix: never the bucket itself (no listing), never `/*`.
        expect(first).toEqual(bucket);
        expect(suffix).toMatch(/^\/[a-z]+\/([a-z]+\/)?\*$/);
        return ([s.Action].flat() as string[]).map((action) => `${action} ${suffix.slice(1)}`);
      });
    });
  return grants.sort();
}

describe('The records bucket', () => {
  it.each(ids)('Should keep %s records in a private, TLS-only, encrypted bucket kept past the stack, with no versioning and no CORS', (id) => {
    const bucket = synth.template(id).findResources('AWS::S3::Bucket')[recordsBucketId(id)]!;
    expect(bucket.DeletionPolicy).toBe('Retain');
    expect(bucket.UpdateReplacePolicy).toBe('Retain');
    expect(bucket.Properties).toMatchObject({
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
    });
    // A plain form post and presigned links need no CORS; no name, so districts never collide.
    for (const absent of ['BucketName', 'VersioningConfiguration', 'CorsConfiguration', 'WebsiteConfiguration']) expect(bucket.Properties[absent], absent).toBeUndefined();
    const policies = Object.values(synth.template(id).findResources('AWS::S3::BucketPolicy')).filter((p) => JSON.stringify(p.Properties.Bucket) === JSON.stringify({ Ref: recordsBucketId(id) }));
    expect(policies).toHaveLength(1);
    expect(policies[0]!.Properties.PolicyDocument.Statement).toContainEqual(expect.objectContaining({ Effect: 'Deny', Action: 's3:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }));
  });

  it('Should expire pending uploads after a day and nothing else: records are kept', () => {
    const rules = synth.template('beta').findResources('AWS::S3::Bucket')[recordsBucketId('beta')]!.Properties.LifecycleConfiguration.Rules as any[];
    const expiring = rules.filter((r) => r.ExpirationInDays !== undefined || r.ExpirationDate !== undefined || r.NoncurrentVersionExpiration !== undefined);
    expect(expiring).toEqual([{ Id: 'PendingUploads', Prefix: PENDING_UPLOADS_PREFIX, ExpirationInDays: PENDING_UPLOAD_EXPIRY_DAYS, Status: 'Enabled' }]);
    expect(PENDING_UPLOAD_EXPIRY_DAYS).toBe(1);
    // The code's pending names (records' and essays') fall under the rule; kept records and essay files do not.
    const expires = (key: string) => expiring.some((r) => key.startsWith(r.Prefix));
    expect(expires(pendingName('event', 'photo', 'upload'))).toBe(true);
    expect(expires(`${ESSAY_UPLOADS_PREFIX}call/upload`)).toBe(true);
    expect(expires(recordObjectName('event', 'item', 'jpg'))).toBe(false);
    expect(expires(`${ESSAY_FILES_PREFIX}call/essay.pdf`)).toBe(false);
    // Half-finished multipart uploads are cleared, which removes no object.
    expect(rules).toContainEqual({ Id: 'IncompleteMultipart', AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 }, Status: 'Enabled' });
  });

  it('Should name the same prefixes the code writes under', () => {
    expect([RECORD_OBJECTS_PREFIX, PENDING_UPLOADS_PREFIX, ESSAY_FILES_PREFIX, ESSAY_UPLOADS_PREFIX]).toEqual(['records/', 'uploads/', 'essays/', 'uploads/essays/']);
    expect(pendingName('e1', 'file', 'u1')).toBe('uploads/e1/file/u1');
    expect(recordObjectName('e1', 'i1', 'pdf')).toBe('records/e1/i1.pdf');
  });

  it.each(ids)('Should let the organizer of %s add, read and delete records and pending uploads, and read essay files', (id) => {
    expect(grantsOnRecords(id, organizerFunction.id)).toEqual(
      [
        ...['s3:PutObject', 's3:GetObject', 's3:DeleteObject'].flatMap((action) => [`${action} records/*`, `${action} uploads/*`]),
        's3:GetObject essays/*',
      ].sort(),
    );
    const statements = roleStatements(id, organizerFunction.id);
    expect(mayAccess(statements, recordsBucketId(id), 's3:PutObject', `${ESSAY_FILES_PREFIX}call/essay.pdf`)).toBe(false);
    expect(mayAccess(statements, recordsBucketId(id), 's3:DeleteObject', `${ESSAY_FILES_PREFIX}call/essay.pdf`)).toBe(false);
  });

  it.each(ids)('Should let the respondent of %s reach essay files and their uploads, and nothing of the records', (id) => {
    expect(grantsOnRecords(id, respondentFunction.id)).toEqual(['s3:PutObject', 's3:GetObject', 's3:DeleteObject'].flatMap((action) => [`${action} essays/*`, `${action} uploads/essays/*`]).sort());
    const statements = roleStatements(id, respondentFunction.id);
    for (const action of ['s3:GetObject', 's3:PutObject', 's3:DeleteObject']) {
      expect(mayAccess(statements, recordsBucketId(id), action, recordObjectName('event', 'item', 'jpg')), action).toBe(false);
      // Nor a record's pending upload: only essays' ones.
      expect(mayAccess(statements, recordsBucketId(id), action, pendingName('event', 'photo', 'upload')), action).toBe(false);
    }
    // And nothing of the exports bucket.
    expect(JSON.stringify(roleStatements(id, respondentFunction.id))).not.toMatch(/"Exports[A-Za-z0-9]+"/);
  });

  it.each(ids)('Should let the export worker of %s read records only', (id) => {
    expect(grantsOnRecords(id, 'ExportWorker')).toEqual(['s3:GetObject records/*']);
  });

  it.each(ids)('Should tell the organizer, the respondent and the export worker of %s the bucket, and no other function', (id) => {
    const functions = synth.template(id).findResources('AWS::Lambda::Function');
    const told = Object.entries(functions)
      .filter(([, fn]) => JSON.stringify(fn.Properties.Environment?.Variables?.RECORDS_BUCKET) === JSON.stringify({ Ref: recordsBucketId(id) }))
      .map(([logicalId]) => logicalId.replace(/Function[0-9A-F]{8}$/, ''))
      .sort();
    expect(told).toEqual(['ExportWorker', organizerFunction.id, respondentFunction.id].sort());
  });

  it.each(ids)('Should record every object read and write in %s records bucket in the audit trail', (id) => {
    const [trail] = Object.values(synth.template(id).findResources('AWS::CloudTrail::Trail')) as any[];
    const objects = (trail.Properties.EventSelectors as any[]).flatMap((s) => (s.DataResources ?? []).flatMap((d: any) => d.Values));
    expect(objects).toContainEqual({ 'Fn::Join': ['', [{ 'Fn::GetAtt': [recordsBucketId(id), 'Arn'] }, '/']] });
  });
});
