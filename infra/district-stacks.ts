// Adds one stack per selected district to a CDK app: what infra/app.ts and the tests both call.
import type { App } from 'aws-cdk-lib';
import { BackupCopyStack } from './backup-copy-stack.js';
import { DistrictStack } from './district-stack.js';
import { selectDistricts, stackName, type District } from './districts.js';
import { functionSpecs, type FunctionSpec } from './function-specs.js';

export interface StackSelection {
  /** `-c partition=`: every district of one partition. */
  partition?: unknown;
  /** `-c restoreStep=import`: the template `cdk import` adopts the restored table with (docs/operations.md, Backup and restore). */
  importRestoredTable?: boolean;
}

export function addDistrictStacks(
  app: App,
  districts: District[],
  selected?: unknown,
  functions: FunctionSpec[] = functionSpecs(),
  selection: StackSelection = {},
): DistrictStack[] {
  return selectDistricts(districts, selected, selection.partition).map((district) => {
    // Without account/region in the file the stack follows the CLI's credentials.
    const account = district.account ?? process.env.CDK_DEFAULT_ACCOUNT;
    const stack = new DistrictStack(app, stackName(district), {
      district,
      functions,
      importRestoredTable: selection.importRestoredTable ?? false,
      description: `Diancai (点菜) for ${district.name}`,
      env: { account, region: district.region ?? process.env.CDK_DEFAULT_REGION },
    });
    if (district.backupCopyRegion) {
      // `cdk deploy --all -c district=<id>` deploys this one first: the district's backup plan names its vault.
      const copies = new BackupCopyStack(app, `${stackName(district)}-backup-copy`, {
        district,
        description: `Diancai (点菜) for ${district.name}: the vault its backups are copied to`,
        env: { account, region: district.backupCopyRegion },
      });
      stack.addDependency(copies, 'the backup plan copies into its vault');
    }
    return stack;
  });
}
