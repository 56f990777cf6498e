// A daily AWS Backup of the district's table, kept a year by default: the way back beyond the
// 35 days point-in-time recovery reaches, and from a table deleted by mistake. The vault is locked
// (no recovery point can be deleted before its time), a failed or expired job mails the alarm
// address, and where the district asks for it each backup is copied to its other region's vault.
import { ArnFormat, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { BackupPlan, BackupPlanRule, BackupResource, BackupVault, type IBackupVault } from 'aws-cdk-lib/aws-backup';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { EventField, Rule, RuleTargetInput, Schedule } from 'aws-cdk-lib/aws-events';
import { SnsTopic } from 'aws-cdk-lib/aws-events-targets';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import { DEFAULT_BACKUP_RETENTION_DAYS, type District } from '../districts.js';

/** How long the district keeps each backup (and each copy): the districts file's number, else a year. */
export function backupRetentionDaysOf(district: District): number {
  return district.backupRetentionDays ?? DEFAULT_BACKUP_RETENTION_DAYS;
}

/**
 * The vault the copies go to, in the district's other region: named from the district id, because the
 * district's stack (in its own region) must name it before it exists, and a name is all an ARN needs.
 */
export function copyVaultName(district: District): string {
  return `diancai-${district.id}-copies`;
}

/**
 * The lock: no recovery point can be deleted, by anyone, before the district's retention has run. It
 * is in governance mode (no lock date), so an administrator with backup:DeleteBackupVaultLockConfiguration
 * can still lift it; docs/operations.md (Backup and restore) says how to make it immutable (compliance mode) once the retention is settled.
 */
export function vaultLock(district: District) {
  return { minRetention: Duration.days(backupRetentionDaysOf(district)) };
}

/** Backup and copy job states that mean a day without a good backup. */
export const FAILED_BACKUP_STATES = ['FAILED', 'EXPIRED', 'ABORTED'] as const;

export class DistrictBackup extends Construct {
  readonly vault: BackupVault;
  readonly plan: BackupPlan;
  readonly failures: Rule;

  constructor(scope: Construct, id: string, props: { district: District; table: ITable; alarmTopic: ITopic }) {
    super(scope, id);
    const { district } = props;
    const retention = Duration.days(backupRetentionDaysOf(district));
    // The vault outlives the stack: recovery points are what a restore after a deleted stack needs.
    this.vault = new BackupVault(this, 'Vault', { removalPolicy: RemovalPolicy.RETAIN, lockConfiguration: vaultLock(district) });
    this.plan = new BackupPlan(this, 'Plan', { backupVault: this.vault });
    const copyTo = district.backupCopyRegion ? this.copyVault(district.backupCopyRegion, copyVaultName(district)) : undefined;
    this.plan.addRule(
      new BackupPlanRule({
        ruleName: 'Daily',
        // 03:00 Beijing time (19:00 UTC), after the day's lectures.
        scheduleExpression: Schedule.cron({ hour: '19', minute: '0' }),
        startWindow: Duration.hours(1),
        completionWindow: Duration.hours(4),
        deleteAfter: retention,
        ...(copyTo ? { copyActions: [{ destinationBackupVault: copyTo, deleteAfter: retention }] } : {}),
      }),
    );
    this.plan.addSelection('Table', { resources: [BackupResource.fromDynamoDbTable(props.table)] });

    // AWS Backup reports job states to EventBridge (best effort, within minutes); a failed, expired
    // (never started in its window) or aborted backup, or a failed copy, mails the alarm address.
    this.failures = new Rule(this, 'FailedJobs', {
      description: `Diancai ${district.id}: a backup or copy job of the table failed`,
      eventPattern: {
        source: ['aws.backup'],
        detailType: ['Backup Job State Change', 'Copy Job State Change'],
        detail: { state: [...FAILED_BACKUP_STATES] },
      },
    });
    this.failures.addTarget(
      new SnsTopic(props.alarmTopic, {
        message: RuleTargetInput.fromText(
          `Diancai ${district.id}: ${EventField.fromPath('$.detail-type')}: ${EventField.fromPath('$.detail.state')} at ${EventField.fromPath('$.time')} ` +
            `(${EventField.fromPath('$.detail.statusMessage')}). Check first: AWS Backup > Jobs in ${EventField.fromPath('$.region')}, the job's status message; ` +
            'the table still has point-in-time recovery (35 days) meanwhile, and the next daily backup runs at 03:00 Beijing time.',
        ),
      }),
    );
  }

  /** The copy vault by ARN: in the other region, made by the district's copy stack (district-stacks.ts). */
  private copyVault(region: string, name: string): IBackupVault {
    const arn = Stack.of(this).formatArn({ service: 'backup', region, resource: 'backup-vault', resourceName: name, arnFormat: ArnFormat.COLON_RESOURCE_NAME });
    return BackupVault.fromBackupVaultArn(this, 'CopyVault', arn);
  }
}

/** The vault the copies land in: the only resource of the district's stack in its other region, locked and retained like the first. */
export class BackupCopyVault extends Construct {
  readonly vault: BackupVault;

  constructor(scope: Construct, id: string, props: { district: District }) {
    super(scope, id);
    this.vault = new BackupVault(this, 'Vault', {
      backupVaultName: copyVaultName(props.district),
      removalPolicy: RemovalPolicy.RETAIN,
      lockConfiguration: vaultLock(props.district),
    });
  }
}
