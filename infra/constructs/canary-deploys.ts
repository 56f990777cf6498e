// Safe deploys: each function's `live` alias moves to a new version through CodeDeploy. First a
// pre-traffic hook calls the new version with synthetic requests (no traffic shifts if one fails);
// then 10% of requests for 10 minutes, and back to the old version if an alarm goes off meanwhile.
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { LambdaApplication, LambdaDeploymentConfig, LambdaDeploymentGroup } from 'aws-cdk-lib/aws-codedeploy';
import type { IAlarm } from 'aws-cdk-lib/aws-cloudwatch';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { Alias } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { nodejsBundling, repoRoot } from '../bundling.js';
import type { District } from '../districts.js';
import type { FunctionSpec } from '../function-specs.js';
import { logRetentionOf } from '../log-retention.js';
import { functionSettings } from './app-function.js';

/**
 * Ten percent of traffic for ten minutes, then all of it. Ten, not five: at night a district may see
 * no request for five minutes, and the synthetic requests before the shift are the only guaranteed ones.
 */
export const CANARY_CONFIG = LambdaDeploymentConfig.CANARY_10PERCENT_10MINUTES;

export interface CanaryDeploysProps {
  district: District;
  functions: { spec: FunctionSpec; alias: Alias; rollbackAlarms: IAlarm[] }[];
}

/** The hook CodeDeploy runs before shifting traffic to a new version of one app function. */
class PreTrafficCheck extends Construct {
  readonly fn: NodejsFunction;

  constructor(scope: Construct, id: string, { district, spec, alias }: { district: District; spec: FunctionSpec; alias: Alias }) {
    super(scope, id);
    const logGroup = new LogGroup(this, 'Logs', { retention: logRetentionOf(district), removalPolicy: RemovalPolicy.RETAIN });
    const role = new Role(this, 'Role', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    role.addToPolicy(new PolicyStatement({ actions: ['logs:CreateLogStream', 'logs:PutLogEvents'], resources: [logGroup.logGroupArn] }));
    // The version about to receive traffic, and nothing else: not the alias, not $LATEST.
    const target = alias.version.functionArn;
    role.addToPolicy(new PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: [target] }));
    const settings = functionSettings({ id: 'DeployCheck', memoryMb: 256 }, district);
    this.fn = new NodejsFunction(this, 'Function', {
      entry: `${repoRoot}functions/deploy-check/handler.ts`,
      handler: 'handler',
      runtime: settings.runtime,
      architecture: settings.architecture,
      memorySize: settings.memorySize,
      // A cold start of the new version per request at worst, well within this.
      timeout: Duration.minutes(2),
      projectRoot: repoRoot,
      depsLockFilePath: `${repoRoot}package-lock.json`,
      bundling: nodejsBundling(),
      environment: {
        TARGET_VERSION_ARN: target,
        SYNTHETIC_REQUESTS: JSON.stringify(spec.syntheticRequests),
        LOG_LEVEL: 'info',
        NODE_OPTIONS: '--enable-source-maps',
      },
      role,
      logGroup,
    });
  }
}

export class CanaryDeploys extends Construct {
  readonly hooks = new Map<string, NodejsFunction>();

  constructor(scope: Construct, id: string, props: CanaryDeploysProps) {
    super(scope, id);
    const application = new LambdaApplication(this, 'Application');
    for (const { spec, alias, rollbackAlarms } of props.functions) {
      const check = new PreTrafficCheck(this, `${spec.id}PreTraffic`, { district: props.district, spec, alias });
      this.hooks.set(spec.id, check.fn);
      new LambdaDeploymentGroup(this, spec.id, {
        application,
        alias,
        deploymentConfig: CANARY_CONFIG,
        preHook: check.fn,
        alarms: rollbackAlarms,
        // Rolled back when the deployment fails (the hook said no) or an alarm fires during it: the old
        // version takes all traffic again, and CloudFormation reports the stack update as failed.
        autoRollback: { failedDeployment: true, deploymentInAlarm: true, stoppedDeployment: true },
      });
    }
  }
}
