// A daily AWS Backup of the district's table, kept a year by default: the way back beyond the
// 35 days point-in-time recovery reaches, and from a table deleted by mistake.
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { BackupPlan, BackupPlanRule, BackupResource, BackupVault } from 'aws-cdk-lib/aws-backup';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Schedule } from 'aws-cdk-lib/aws-events';
import { Construct } from 'constructs';
import { DEFAULT_BACKUP_RETENTION_DAYS, type District } from '../districts.js';

export class DistrictBackup extends Construct {
  readonly vault: BackupVault;
  readonly plan: BackupPlan;

  constructor(scope: Construct, id: string, props: { district: District; table: ITable }) {
    super(scope, id);
    // The vault outlives the stack: recovery points are what a restore after a deleted stack needs.
    this.vault = new BackupVault(this, 'Vault', { removalPolicy: RemovalPolicy.RETAIN });
    this.plan = new BackupPlan(this, 'Plan', { backupVault: this.vault });
    this.plan.addRule(
      new BackupPlanRule({
        ruleName: 'Daily',
        // 03:00 Beijing time (19:00 UTC), after the day's lectures.
        scheduleExpression: Schedule.cron({ hour: '19', minute: '0' }),
        startWindow: Duration.hours(1),
        completionWindow: Duration.hours(4),
        deleteAfter: Duration.days(props.district.backupRetentionDays ?? DEFAULT_BACKUP_RETENTION_DAYS),
      }),
    );
    this.plan.addSelection('Table', { resources: [BackupResource.fromDynamoDbTable(props.table)] });
  }
}
