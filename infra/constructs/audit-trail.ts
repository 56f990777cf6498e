// The district's CloudTrail trail: every management call in its region (CloudTrail's event history
// keeps only 90 days) and every object read or written in the exports and records buckets (who downloaded
// which export or record), kept in CloudWatch Logs and in a bucket of its own as long as the function logs.
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { ReadWriteType, Trail } from 'aws-cdk-lib/aws-cloudtrail';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { BlockPublicAccess, Bucket, BucketEncryption, type IBucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import type { District } from '../districts.js';
import { logRetentionOf } from '../log-retention.js';

export class AuditTrail extends Construct {
  readonly trail: Trail;
  readonly logGroup: LogGroup;
  readonly bucket: Bucket;

  constructor(scope: Construct, id: string, props: { district: District; exportBucket: IBucket; recordsBucket: IBucket }) {
    super(scope, id);
    const retention = logRetentionOf(props.district);
    // Searchable with Logs Insights beside the function and access logs, and kept as long as they are.
    this.logGroup = new LogGroup(this, 'Logs', { retention, removalPolicy: RemovalPolicy.RETAIN });
    // CloudTrail always delivers to S3 as well: the same record, digest-signed (file validation), expiring with the logs.
    this.bucket = new Bucket(this, 'Files', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      encryption: BucketEncryption.S3_MANAGED,
      lifecycleRules: [{ expiration: Duration.days(retention), abortIncompleteMultipartUploadAfter: Duration.days(1) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.trail = new Trail(this, 'Trail', {
      bucket: this.bucket,
      sendToCloudWatchLogs: true,
      cloudWatchLogGroup: this.logGroup,
      enableFileValidation: true,
      // The district's region; IAM and STS calls (global services) are recorded with it.
      isMultiRegionTrail: false,
      includeGlobalServiceEvents: true,
      managementEvents: ReadWriteType.ALL,
    });
    // Data events: each GetObject of an export or a record (a download through its presigned link) and each
    // PutObject and DeleteObject: who took which file of the district's out, and who added or removed one.
    this.trail.addS3EventSelector([{ bucket: props.exportBucket }, { bucket: props.recordsBucket }], { readWriteType: ReadWriteType.ALL, includeManagementEvents: false });
  }
}
