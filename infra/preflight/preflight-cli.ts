// `npm run preflight -- -c district=<id>`: checks what `cdk deploy` cannot see in the template (the
// account's concurrency quota, what the region offers, the ICP state, the alarm address), prints what
// is wrong, and exits 1 on any error. `npm run deploy -- -c district=<id>` runs it, then `cdk deploy`.
import { spawnSync } from 'node:child_process';
import { loadDistricts, selectDistricts, type District } from '../districts.js';
import type { Finding } from './findings.js';
import { preflightClients, runPreflight } from './preflight.js';

const MARK: Record<Finding['level'], string> = { ok: '✓', warning: '!', error: '✗' };

/** `-c key=value` / `--context key=value` pairs, as the CDK CLI takes them. */
export function contextOf(args: readonly string[]): Record<string, string> {
  const context: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const pair = arg === '-c' || arg === '--context' ? args[++i] : arg.startsWith('--context=') ? arg.slice('--context='.length) : undefined;
    const [key, ...value] = (pair ?? '').split('=');
    if (key && value.length > 0) context[key] = value.join('=');
  }
  return context;
}

export function report(district: District, region: string, findings: readonly Finding[]): string[] {
  const lines = [`Preflight for ${district.id} (${district.name}) in ${region}:`];
  for (const f of findings) lines.push(`  ${MARK[f.level]} ${f.check}: ${f.message}`);
  return lines;
}

async function main(argv: string[]): Promise<number> {
  const deploy = argv.includes('--deploy');
  const args = argv.filter((a) => a !== '--deploy');
  const context = contextOf(args);
  if (!context.district && !context.partition) {
    console.error('usage: npm run preflight -- -c district=<id>   (or -c partition=aws|aws-cn)\n       npm run deploy -- -c district=<id> [more cdk deploy options]');
    return 2;
  }
  const districts = selectDistricts(loadDistricts(), context.district, context.partition);
  let errors = 0;
  for (const district of districts) {
    const region = district.region ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION;
    if (!region) {
      console.error(`${district.id}: no "region" in the districts file and no AWS_REGION: say where it deploys.`);
      errors++;
      continue;
    }
    const findings = await runPreflight({ district, region, clients: preflightClients(district, region), now: new Date() });
    for (const line of report(district, region, findings)) console.log(line);
    errors += findings.filter((f) => f.level === 'error').length;
  }
  if (errors > 0) {
    console.error(`\n${errors} problem${errors === 1 ? '' : 's'} to fix before \`cdk deploy\`; nothing was deployed.`);
    return 1;
  }
  if (!deploy) return 0;
  // --all: the district's stacks only (the -c selection), its backup-copy vault's first when it has one.
  const cdk = spawnSync('npx', ['cdk', 'deploy', '--all', ...args], { stdio: 'inherit', env: { ...process.env, CDK_DISABLE_VERSION_CHECK: 'true' } });
  return cdk.status ?? 1;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main(process.argv.slice(2));
