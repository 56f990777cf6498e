// The district's one resource in its other region: the vault its daily backups are copied to
// (districts file `backupCopyRegion`). Deployed before the district's stack, which names it.
import { Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { BackupCopyVault } from './constructs/district-backup.js';
import type { District } from './districts.js';
import { suppressAcceptedFindings } from './nag-suppressions.js';

export class BackupCopyStack extends Stack {
  readonly copyVault: BackupCopyVault;

  constructor(scope: Construct, id: string, props: StackProps & { district: District }) {
    super(scope, id, props);
    this.tags.setTag('diancai:district', props.district.id);
    this.copyVault = new BackupCopyVault(this, 'Copies', { district: props.district });
    suppressAcceptedFindings(this);
  }
}
