// Safe deploys: each function's `live` alias moves to a new version through CodeDeploy, 10% of
// requests for 5 minutes first, and back to the old version if its error alarms go off meanwhile.
import { LambdaApplication, LambdaDeploymentConfig, LambdaDeploymentGroup } from 'aws-cdk-lib/aws-codedeploy';
import type { IAlarm } from 'aws-cdk-lib/aws-cloudwatch';
import type { Alias } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';

/** Ten percent of traffic for five minutes, then all of it: the canary's shape. */
export const CANARY_CONFIG = LambdaDeploymentConfig.CANARY_10PERCENT_5MINUTES;

export interface CanaryDeploysProps {
  functions: { id: string; alias: Alias; rollbackAlarms: IAlarm[] }[];
}

export class CanaryDeploys extends Construct {
  constructor(scope: Construct, id: string, props: CanaryDeploysProps) {
    super(scope, id);
    const application = new LambdaApplication(this, 'Application');
    for (const { id: fnId, alias, rollbackAlarms } of props.functions) {
      new LambdaDeploymentGroup(this, fnId, {
        application,
        alias,
        deploymentConfig: CANARY_CONFIG,
        alarms: rollbackAlarms,
        // Rolled back when the deployment fails or an alarm fires during it: the old version
        // takes all traffic again, and CloudFormation reports the stack update as failed.
        autoRollback: { failedDeployment: true, deploymentInAlarm: true, stoppedDeployment: true },
      });
    }
  }
}
