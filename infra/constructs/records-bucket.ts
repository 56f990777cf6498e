// The district's records bucket: lecture records (台账) and units' essay files (征文), kept for good,
// with the pending uploads beside them expiring after a day. Who may touch which prefix is stated here
// once, from the prefixes the code writes under (shared/records/record-store.ts).
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { BlockPublicAccess, Bucket, BucketEncryption, type IBucket } from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import { ESSAY_FILES_PREFIX, ESSAY_UPLOADS_PREFIX, PENDING_UPLOADS_PREFIX, RECORD_OBJECTS_PREFIX } from '../../shared/records/record-store.js';

/** A presigned upload lives 15 minutes and is confirmed (or refused) at once; one left after a day was abandoned. */
export const PENDING_UPLOAD_EXPIRY_DAYS = 1;

export function recordsBucket(scope: Construct, id: string): Bucket {
  return new Bucket(scope, id, {
    blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
    enforceSSL: true,
    encryption: BucketEncryption.S3_MANAGED,
    // No versioning: an item is deleted on purpose (after a confirmation page) and its record says so
    // in the audit log; an old version kept past that would be a photo the district chose not to keep.
    // No CORS: the organizer's page uploads with a plain HTML form post and shows files through
    // presigned links (navigation, <img>), none of which is a cross-origin fetch.
    lifecycleRules: [
      // Only pending uploads expire: a record is the district's to keep, unlike an export.
      { id: 'PendingUploads', prefix: PENDING_UPLOADS_PREFIX, expiration: Duration.days(PENDING_UPLOAD_EXPIRY_DAYS) },
      { id: 'IncompleteMultipart', abortIncompleteMultipartUploadAfter: Duration.days(1) },
    ],
    // Records outlive the stack: a stack deleted by mistake must not take a year's photos with it.
    removalPolicy: RemovalPolicy.RETAIN,
  });
}

/**
 * What each function may do in the records bucket, by prefix (objects only: none may list the bucket).
 * - `organizer`: adds, reads and deletes records and their pending uploads; reads essay files (downloads the originals).
 * - `essays`: the respondent: units' essay files and their pending uploads, nothing of the records.
 * - `exportWorker`: reads records for the year's ZIP.
 */
export const recordsAccess = {
  organizer: [
    { actions: ['s3:PutObject', 's3:GetObject', 's3:DeleteObject'], prefixes: [RECORD_OBJECTS_PREFIX, PENDING_UPLOADS_PREFIX] },
    { actions: ['s3:GetObject'], prefixes: [ESSAY_FILES_PREFIX] },
  ],
  essays: [{ actions: ['s3:PutObject', 's3:GetObject', 's3:DeleteObject'], prefixes: [ESSAY_FILES_PREFIX, ESSAY_UPLOADS_PREFIX] }],
  exportWorker: [{ actions: ['s3:GetObject'], prefixes: [RECORD_OBJECTS_PREFIX] }],
} as const;

export type RecordsAccess = keyof typeof recordsAccess;

export function recordsAccessStatements(bucket: IBucket, access: RecordsAccess): PolicyStatement[] {
  return recordsAccess[access].map(({ actions, prefixes }) => new PolicyStatement({ actions: [...actions], resources: prefixes.map((prefix) => bucket.arnForObjects(`${prefix}*`)) }));
}
