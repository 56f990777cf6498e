// One app as one Lambda function: bundled by the shared settings, logging to its own kept group,
// with only the access its spec names, published as versions behind a `live` alias the API calls.
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Alias, Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { nodejsBundling, repoRoot } from '../bundling.js';
import { allowedOrigins, type District } from '../districts.js';
import type { FunctionSpec } from '../function-specs.js';
import { logRetentionOf } from '../log-retention.js';
import { tableAccessStatements } from '../table-access.js';
import { recordsAccessStatements } from './records-bucket.js';

/** The alias API Gateway invokes and CodeDeploy shifts from one version to the next. */
export const LIVE_ALIAS = 'live';

export interface AppFunctionProps {
  spec: FunctionSpec;
  district: District;
  table: ITable;
  sessionSecret: ISecret;
  exportBucket: IBucket;
  recordsBucket: IBucket;
}

/** The functions whose memory and reserved concurrency the districts file may override. */
export type OverridableFunction = keyof NonNullable<NonNullable<District['lambda']>['functions']>;

/** The Lambda settings of one function in one district: the spec's, then the district's overrides. */
export function functionSettings(spec: Pick<FunctionSpec, 'id' | 'memoryMb'>, district: District) {
  const override = district.lambda?.functions?.[spec.id as OverridableFunction];
  return {
    // Node.js 22 on arm64 unless the district's region lacks them (check the region's Lambda runtimes).
    runtime: district.lambda?.runtime === 'nodejs20.x' ? Runtime.NODEJS_20_X : Runtime.NODEJS_22_X,
    architecture: district.lambda?.architecture === 'x86_64' ? Architecture.X86_64 : Architecture.ARM_64,
    memorySize: override?.memoryMb ?? spec.memoryMb ?? 512,
    reservedConcurrency: override?.reservedConcurrency,
  };
}

export class AppFunction extends Construct {
  readonly fn: NodejsFunction;
  /** What the API integrates: a published version, never $LATEST. */
  readonly alias: Alias;
  readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, { spec, district, table, sessionSecret, exportBucket, recordsBucket }: AppFunctionProps) {
    super(scope, id);
    // Kept past the stack: the logs are the district's record of what happened (and the law's).
    this.logGroup = new LogGroup(this, 'Logs', { retention: logRetentionOf(district), removalPolicy: RemovalPolicy.RETAIN });

    // A role of our own instead of AWSLambdaBasicExecutionRole: it may write to this log group only.
    const role = new Role(this, 'Role', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    role.addToPolicy(new PolicyStatement({ actions: ['logs:CreateLogStream', 'logs:PutLogEvents'], resources: [this.logGroup.logGroupArn] }));
    for (const statement of tableAccessStatements(table, spec.tableAccess)) role.addToPolicy(statement);

    const environment: Record<string, string> = {
      TABLE_NAME: table.tableName,
      LOG_LEVEL: 'info',
      DISTRICT_ID: district.id,
      DIANCAI_TIME_ZONE: district.timeZone,
      DIANCAI_DISTRICT_NAME: district.name,
      // Stack traces point into the TypeScript sources through the bundle's source map.
      NODE_OPTIONS: '--enable-source-maps',
    };
    // Origins the organizer accepts state-changing browser requests from (its CSRF check).
    const origins = allowedOrigins(district);
    if (spec.sessionSecret && origins.length > 0) environment.ALLOWED_ORIGINS = origins.join(',');
    // Only a custom domain is known before deploy; without one the app takes links from the request's host.
    if (district.customDomain) environment.PUBLIC_BASE_URL = `https://${district.customDomain.name}`;
    if (spec.sessionSecret) {
      environment.SESSION_SECRET_ARN = sessionSecret.secretArn;
      sessionSecret.grantRead(role);
    }
    if (spec.exportBucket) {
      environment.EXPORT_BUCKET = exportBucket.bucketName;
      // Only to sign download links: the export worker writes the files (its own role), the organizer reads none itself.
      role.addToPolicy(new PolicyStatement({ actions: ['s3:GetObject'], resources: [exportBucket.arnForObjects('*')] }));
    }
    if (spec.recordsBucket) {
      // Without it the app keeps record files in the Lambda's /tmp, which the next instance never sees.
      environment.RECORDS_BUCKET = recordsBucket.bucketName;
      for (const statement of recordsAccessStatements(recordsBucket, spec.recordsBucket)) role.addToPolicy(statement);
    }

    const settings = functionSettings(spec, district);
    // No functionName: CloudFormation derives one from the stack, so districts never collide.
    this.fn = new NodejsFunction(this, 'Function', {
      entry: `${repoRoot}${spec.entry}`,
      handler: 'handler',
      runtime: settings.runtime,
      architecture: settings.architecture,
      memorySize: settings.memorySize,
      ...(settings.reservedConcurrency !== undefined ? { reservedConcurrentExecutions: settings.reservedConcurrency } : {}),
      // Under API Gateway's 30 s integration limit, so the client sees our error, not a gateway's.
      timeout: Duration.seconds(25),
      projectRoot: repoRoot,
      depsLockFilePath: `${repoRoot}package-lock.json`,
      bundling: nodejsBundling(),
      environment,
      role,
      logGroup: this.logGroup,
    });
    // A new version whenever code or configuration changes; CodeDeploy moves the alias to it.
    this.alias = new Alias(this, 'Live', { aliasName: LIVE_ALIAS, version: this.fn.currentVersion });
  }
}
