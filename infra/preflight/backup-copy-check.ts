// Where the district copies its backups to its other region: AWS Backup copies DynamoDB backups across
// regions only with its advanced DynamoDB features on in the source region (an account setting).
import { DescribeRegionSettingsCommand } from '@aws-sdk/client-backup';
import { error, ok, type PreflightCheck } from './findings.js';

const CHECK = 'Backup copies';

export const backupCopyCheck: PreflightCheck = async ({ district, region, clients }) => {
  if (!district.backupCopyRegion) return [ok(CHECK, 'no copy to another region asked for.')];
  const settings = await clients.backup.send(new DescribeRegionSettingsCommand({}));
  if (settings.ResourceTypeOptInPreference?.DynamoDB === false) {
    return [error(CHECK, `AWS Backup is not opted in for DynamoDB in ${region}: no backup would run. Turn it on: AWS Backup > Settings > Service opt-in.`)];
  }
  if (settings.ResourceTypeManagementPreference?.DynamoDB !== true) {
    return [
      error(
        CHECK,
        `AWS Backup's advanced DynamoDB features are off in ${region}, and without them it cannot copy DynamoDB backups to ${district.backupCopyRegion}: ` +
          'every copy job would fail. Turn them on: aws backup update-region-settings --resource-type-management-preference DynamoDB=true',
      ),
    ];
  }
  return [ok(CHECK, `daily copies to ${district.backupCopyRegion}; deploy with --all so its vault's stack goes first.`)];
};
