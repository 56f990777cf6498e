// The districts file: its shape, how it is read, and which districts one `cdk` run deploys.
import { readFileSync } from 'node:fs';
import * as v from 'valibot';

/** CloudWatch Logs keeps a log group for one of these numbers of days (its PutRetentionPolicy values). */
export const LOG_RETENTION_DAYS = [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653] as const;
/**
 * China's Cybersecurity Law (art. 21) asks for network logs kept at least six months. Six calendar
 * months can be 184 days, and CloudWatch's next value above 180 is 365: so a year, and no less.
 */
export const DEFAULT_LOG_RETENTION_DAYS = 365;
export const KEPT_LOG_RETENTION_DAYS = LOG_RETENTION_DAYS.filter((days) => days >= DEFAULT_LOG_RETENTION_DAYS);
export const DEFAULT_BACKUP_RETENTION_DAYS = 365;
/** Lambda's default concurrency quota per account and region, unless the district's file says its own. */
export const DEFAULT_ACCOUNT_CONCURRENCY = 1000;

/** Addresses that reach nobody (RFC 2606 / 6761 reserved names): fine for the demo, never for a real district. */
export function isPlaceholderAddress(email: string): boolean {
  const domain = email.split('@')[1]?.toLowerCase() ?? '';
  return /(^|\.)example\.(org|com|net)$/.test(domain) || /\.(example|test|invalid|localhost)$/.test(domain) || domain === 'localhost';
}

const FunctionOverrideSchema = v.strictObject({
  memoryMb: v.optional(v.pipe(v.number(), v.integer(), v.minValue(128), v.maxValue(10240))),
  /** Caps the function (and guarantees it that much of the account's concurrency). */
  reservedConcurrency: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
});

const DistrictSchema = v.pipe(
  v.object({
    /** Names the stack and everything in it, so it stays short, lower-case and stable. */
    id: v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]{1,23}$/, 'id: lower-case letters, digits and dashes, 2-24 long')),
    name: v.pipe(v.string(), v.minLength(1)),
    /** IANA zone, for dates the organizer sees. */
    // Checked at synth time: a misspelt zone would make every date on every page throw at run time.
    timeZone: v.pipe(
      v.string(),
      v.check((zone) => {
        try {
          new Intl.DateTimeFormat('en', { timeZone: zone });
          return true;
        } catch {
          return false;
        }
      }, 'timeZone must be an IANA time zone such as Asia/Shanghai'),
    ),
    account: v.optional(v.pipe(v.string(), v.regex(/^\d{12}$/))),
    region: v.optional(v.pipe(v.string(), v.regex(/^[a-z]{2}(-[a-z]+)+-\d$/))),
    alarmEmail: v.pipe(v.string(), v.email()),
    /** A domain whose certificate already exists in ACM in the district's region. */
    customDomain: v.optional(v.object({ name: v.pipe(v.string(), v.minLength(3)), certificateArn: v.pipe(v.string(), v.minLength(20)) })),
    /** Extra origins allowed to call the API from a browser (a dashboard served elsewhere). */
    corsOrigins: v.optional(v.array(v.pipe(v.string(), v.url()))),
    throttling: v.object({
      burst: v.pipe(v.number(), v.integer(), v.minValue(1)),
      rate: v.pipe(v.number(), v.minValue(1)),
    }),
    /** A demonstration district: the only kind whose alarm address may be a placeholder. */
    demo: v.optional(v.boolean()),
    /** Days CloudWatch keeps function, access and audit-trail logs; default 365, never less. Log groups outlive the stack. */
    logRetentionDays: v.optional(v.picklist(KEPT_LOG_RETENTION_DAYS, `logRetentionDays: one of CloudWatch's retention values from 365 (${KEPT_LOG_RETENTION_DAYS.join(', ')}): 180 days can fall short of six calendar months`)),
    /** Days AWS Backup keeps each daily backup of the table (and each copy); default 365. The vault lock holds every backup this long. */
    backupRetentionDays: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
    /** Copies each daily backup to a vault in this region (in China: Beijing ↔ Ningxia, the only pair AWS Backup copies between). */
    backupCopyRegion: v.optional(v.pipe(v.string(), v.regex(/^[a-z]{2}(-[a-z]+)+-\d$/))),
    /**
     * China only: the ICP licence (备案号) the account is associated with, and the regions the association
     * covers (Beijing and Ningxia are associated separately). Without it nobody can reach the API (docs/operations.md, China runbook).
     */
    icp: v.optional(v.object({ licence: v.pipe(v.string(), v.minLength(4)), regions: v.array(v.pipe(v.string(), v.regex(/^cn-[a-z]+-\d$/))) })),
    /**
     * After a restore: the restored table's name, which the stack adopts (see docs/operations.md, Backup and
     * restore). Absent: the table the stack created.
     */
    restoredTable: v.optional(v.pipe(v.string(), v.regex(/^[a-zA-Z0-9_.-]{3,255}$/, 'restoredTable: a DynamoDB table name'))),
    /**
     * The district's group robots (群机器人): the name of a Secrets Manager secret, in the district's account
     * and region, holding the same JSON list as DIANCAI_WEBHOOKS ([{ "kind", "url", "secret"? }]). The URLs
     * carry the robots' keys, so the list lives only there; the notifier function alone may read it.
     * Absent: notices are kept as text to copy (the notices page), sent to no robot.
     */
    webhooks: v.optional(v.strictObject({ secretName: v.pipe(v.string(), v.regex(/^[A-Za-z0-9/_+=.@-]{1,512}$/, 'webhooks.secretName: a Secrets Manager secret name (letters, digits and /_+=.@-)')) })),
    /** Per-district Lambda settings, where a region lacks a runtime or architecture or a district needs more. */
    lambda: v.optional(
      v.object({
        runtime: v.optional(v.picklist(['nodejs22.x', 'nodejs20.x'])),
        architecture: v.optional(v.picklist(['arm64', 'x86_64'])),
        /** The account's concurrency quota in this region, for the near-the-limit alarm; default 1000. */
        accountConcurrency: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
        functions: v.optional(
          v.strictObject({ Respondent: v.optional(FunctionOverrideSchema), Organizer: v.optional(FunctionOverrideSchema), ExportWorker: v.optional(FunctionOverrideSchema), Notifier: v.optional(FunctionOverrideSchema) }),
        ),
      }),
    ),
  }),
  v.check((d) => d.demo === true || !isPlaceholderAddress(d.alarmEmail), 'alarmEmail is a placeholder that reaches nobody: give the district a real address (only a district with "demo": true may keep one)'),
  v.check(
    (d) => d.backupCopyRegion === undefined || (d.region !== undefined && d.backupCopyRegion !== d.region && partitionOfRegion(d.backupCopyRegion) === partitionOfRegion(d.region)),
    'backupCopyRegion: another region of the same partition as the district\'s own "region" (which must then be given), such as cn-northwest-1 for cn-north-1',
  ),
);

export type District = v.InferOutput<typeof DistrictSchema>;

const DistrictsSchema = v.pipe(
  v.array(DistrictSchema),
  v.minLength(1),
  v.check((list) => new Set(list.map((d) => d.id)).size === list.length, 'district ids must be unique'),
);

export function parseDistricts(input: unknown): District[] {
  return v.parse(DistrictsSchema, input);
}

export function loadDistricts(file: URL = new URL('./districts.json', import.meta.url)): District[] {
  return parseDistricts(JSON.parse(readFileSync(file, 'utf8')));
}

/** The AWS partition a district's region belongs to; one credential set deploys into one partition only. */
export function partitionOf(district: District): Partition {
  return partitionOfRegion(district.region);
}

export type Partition = 'aws' | 'aws-cn' | 'aws-us-gov';

/** A region's partition; no region (the CLI's) counts as `aws`. */
export function partitionOfRegion(region: string | undefined): Partition {
  if (region?.startsWith('cn-')) return 'aws-cn';
  if (region?.startsWith('us-gov-')) return 'aws-us-gov';
  return 'aws';
}

/**
 * `-c district=<id>` picks one; `-c partition=<aws|aws-cn>` picks every district of that partition
 * (`-c partition=all` every one, to synthesize); no context means all, but only when they share a
 * partition: `cdk deploy --all` with one set of credentials cannot reach both `aws` and `aws-cn`,
 * and would fail half-way through.
 */
export function selectDistricts(all: District[], selected: unknown, partition?: unknown): District[] {
  if (selected !== undefined && selected !== '') {
    const match = all.filter((d) => d.id === selected);
    if (match.length === 0) throw new Error(`Unknown district "${String(selected)}"; known: ${all.map((d) => d.id).join(', ')}`);
    return match;
  }
  const partitions = [...new Set(all.map(partitionOf))];
  // Every partition at once: for `cdk synth` and the tests, which need no credentials at all.
  if (partition === 'all') return all;
  if (partition !== undefined && partition !== '') {
    const match = all.filter((d) => partitionOf(d) === partition);
    if (match.length === 0) throw new Error(`No district in partition "${String(partition)}"; the file has: ${partitions.join(', ')}`);
    return match;
  }
  if (partitions.length > 1) {
    throw new Error(
      `The districts file spans the partitions ${partitions.join(' and ')}, and one set of credentials deploys into one partition only. ` +
        `Name one district (-c district=<id>) or one partition (-c partition=${partitions.join(' or -c partition=')}).`,
    );
  }
  return all;
}

/** Browser origins besides the API's own: the custom domain and any listed dashboard origins. */
export function allowedOrigins(district: District): string[] {
  const domain = district.customDomain ? [`https://${district.customDomain.name}`] : [];
  return [...domain, ...(district.corsOrigins ?? [])];
}

export function stackName(district: District): string {
  return `Diancai-${district.id}`;
}
