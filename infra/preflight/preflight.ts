// Runs every preflight check for one district: an AWS error in one check (a missing permission)
// becomes a warning of its own and the others still run.
import { ACMClient } from '@aws-sdk/client-acm';
import { BackupClient } from '@aws-sdk/client-backup';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { PricingClient } from '@aws-sdk/client-pricing';
import { SNSClient } from '@aws-sdk/client-sns';
import { partitionOf, type District } from '../districts.js';
import { alarmAddressCheck } from './alarm-address-check.js';
import { backupCopyCheck } from './backup-copy-check.js';
import { concurrencyCheck } from './concurrency-check.js';
import { warning, type Finding, type PreflightClients, type PreflightContext } from './findings.js';
import { icpCheck } from './icp-check.js';
import { regionSupportCheck } from './region-support-check.js';

export const PREFLIGHT_CHECKS = [
  ['Alarm address', alarmAddressCheck],
  ['Lambda concurrency', concurrencyCheck],
  ['Region support', regionSupportCheck],
  ['ICP (China)', icpCheck],
  ['Backup copies', backupCopyCheck],
] as const;

/** The price list answers from a few regions only; China's from Ningxia. */
export function priceListRegion(district: District): string {
  return partitionOf(district) === 'aws-cn' ? 'cn-northwest-1' : 'us-east-1';
}

/** Clients for the district's region, with the credentials the CLI finds (as `cdk deploy` would). */
export function preflightClients(district: District, region: string): PreflightClients {
  return {
    lambda: new LambdaClient({ region }),
    pricing: new PricingClient({ region: priceListRegion(district) }),
    acm: new ACMClient({ region }),
    backup: new BackupClient({ region }),
    sns: new SNSClient({ region }),
  };
}

export async function runPreflight(context: PreflightContext): Promise<Finding[]> {
  const results = await Promise.all(
    PREFLIGHT_CHECKS.map(async ([name, check]) => {
      try {
        return await check(context);
      } catch (cause) {
        const error = cause as { name?: string; message?: string };
        return [warning(name, `could not check (${error.name ?? 'Error'}: ${error.message ?? String(cause)}); the deploy goes on without it.`)];
      }
    }),
  );
  return results.flat();
}
