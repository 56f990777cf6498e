// Synthesizes district stacks the way `cdk synth` does (cdk.json context, cdk-nag on), into a temp dir.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Aspects } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { CloudAssembly } from 'aws-cdk-lib/cx-api';
import { AwsSolutionsChecks } from 'cdk-nag';
import { repoRoot } from '../../../infra/bundling.js';
import type { DistrictStack } from '../../../infra/district-stack.js';
import { addDistrictStacks } from '../../../infra/district-stacks.js';
import { parseDistricts, type District } from '../../../infra/districts.js';
import type { FunctionSpec } from '../../../infra/function-specs.js';

/** Two districts unlike each other: one global with a custom domain, one in China (aws-cn). */
export const testDistricts: District[] = parseDistricts([
  {
    id: 'alpha',
    name: 'Alpha district',
    timeZone: 'Europe/Berlin',
    account: '111111111111',
    region: 'eu-central-1',
    alarmEmail: 'alarms@alpha-district.de',
    customDomain: { name: 'survey.alpha.example', certificateArn: 'certificate-arn-from-the-districts-file' },
    corsOrigins: ['https://dashboard.alpha.example'],
    throttling: { burst: 300, rate: 150 },
  },
  {
    id: 'beta',
    name: '贝塔区',
    timeZone: 'Asia/Shanghai',
    account: '222222222222',
    region: 'cn-north-1',
    alarmEmail: 'alarms@beta-district.cn',
    throttling: { burst: 80, rate: 40 },
    webhooks: { secretName: 'diancai/beta/webhooks' },
  },
]);

export interface Synthesized {
  outdir: string;
  assembly: CloudAssembly;
  stacks: DistrictStack[];
  template(districtId: string): Template;
  /** The raw template JSON, for searching strings anywhere in it. */
  json(districtId: string): Record<string, any>;
}

export interface SynthOptions {
  districts?: District[];
  selected?: string;
  /** false skips esbuild (templates only, fast); true builds the real bundles. */
  bundle: boolean;
  /** Default `all`: both test districts, whatever their partitions. */
  partition?: string;
  /** Only these functions (a cheaper bundled synth). */
  functions?: FunctionSpec[];
  /** `-c restoreStep=import`. */
  importRestoredTable?: boolean;
  /** Where to write the assembly (default: a new temporary folder). */
  outdir?: string;
}

export function synthDistricts(options: SynthOptions): Synthesized {
  const outdir = options.outdir ?? mkdtempSync(join(tmpdir(), 'diancai-cdk-'));
  const cdkJson = JSON.parse(readFileSync(`${repoRoot}cdk.json`, 'utf8')) as { context: Record<string, unknown> };
  const context: Record<string, unknown> = { ...cdkJson.context };
  if (!options.bundle) context['aws:cdk:bundling-stacks'] = [];
  const app = new App({ outdir, context });
  const stacks = addDistrictStacks(app, options.districts ?? testDistricts, options.selected, options.functions, { partition: options.partition ?? 'all', importRestoredTable: options.importRestoredTable ?? false });
  Aspects.of(app).add(new AwsSolutionsChecks());
  const assembly = app.synth();
  const byId = (id: string) => {
    const stack = stacks.find((s) => s.stackName === `Diancai-${id}`);
    if (!stack) throw new Error(`no stack for district ${id}`);
    return assembly.getStackByName(stack.stackName).template as Record<string, any>;
  };
  return { outdir, assembly, stacks, template: (id) => Template.fromJSON(byId(id)), json: byId };
}
