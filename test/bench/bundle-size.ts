// Per function: bundle size (minified, gzipped) as the stack builds it, and a fresh Node process's time to its first answered event.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { bundleSettings, esbuildOptions, repoRoot } from '../../infra/bundling.js';
import { functionSpecs, organizerFunction, type FunctionSpec } from '../../infra/function-specs.js';
import { onDemandFile, shipOnDemandModules } from '../../infra/on-demand-modules.js';

export interface BundleFigures {
  name: string;
  minifiedBytes: number;
  gzippedBytes: number;
  /** Packages shipped beside the bundle and loaded only when used (not read at a cold start), minified bytes each. */
  onDemand: { name: string; bytes: number }[];
  /** Median over fresh processes: spawn of `node` to the first event answered. */
  firstEventMs: number;
  firstEventStatus: number;
  /** Median spawn-to-output of a bare `node` on the same machine: the floor under firstEventMs. */
  bareNodeMs: number;
}

const RUNS = 5;

/** Requests each function answers without touching the table, so the figure is start-up alone. */
const probes: Record<string, { path: string }> = {
  // An id that fails validation: 404 before any store call.
  Respondent: { path: '/s/bad!id' },
  // The sign-in page needs no data.
  Organizer: { path: '/admin/login' },
};

// Imports the bundle, answers one API Gateway v2 event, prints the status: what a cold Lambda does.
const firstEventScript = (bundle: string, path: string) => `
import { handler } from ${JSON.stringify(bundle)};
const event = {
  version: '2.0', routeKey: '$default', rawPath: ${JSON.stringify(path)}, rawQueryString: '',
  headers: { host: 'bench.local', accept: 'text/html' },
  requestContext: { http: { method: 'GET', path: ${JSON.stringify(path)}, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'bench' },
    domainName: 'bench.local', requestId: 'bench', routeKey: '$default', stage: '$default', timeEpoch: Date.now() },
  isBase64Encoded: false,
};
const result = await handler(event, { awsRequestId: 'bench', getRemainingTimeInMillis: () => 25000 });
// performance.now(): milliseconds since this process began, as the process itself counts them.
process.stdout.write('status ' + result.statusCode + ' at ' + performance.now().toFixed(1) + '\\n');
process.exit(0);
`;

/** `ms`: the parent's clock, spawn to answer; `inProcessMs`: the child's own, start to answer (no spawn or pipe noise). */
function firstEvent(script: string): Promise<{ ms: number; status: number; inProcessMs: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [script], {
      env: {
        PATH: process.env.PATH,
        // As the stack configures every function.
        NODE_OPTIONS: '--enable-source-maps',
        TABLE_NAME: 'bench',
        // Nothing listens here: a probe that reached the table would fail, not quietly succeed.
        DYNAMODB_ENDPOINT: 'http://127.0.0.1:9',
        AWS_REGION: 'cn-north-1',
        LOG_LEVEL: 'silent',
        SESSION_SECRET: 'bench-session-secret-bench-session-secret',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /status (\d+)(?: at ([\d.]+))?/.exec(out);
      if (match) resolve({ ms: performance.now() - started, status: Number(match[1]), inProcessMs: Number(match[2] ?? Number.NaN) });
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (!/status \d+/.test(out)) reject(new Error(`first-event process exited ${code}: ${err.slice(0, 500)}`));
    });
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function figuresFor(spec: FunctionSpec, dir: string, bareNodeMs: number): Promise<BundleFigures> {
  const outdir = join(dir, spec.id);
  await build(esbuildOptions(`${repoRoot}${spec.entry}`, outdir));
  // As the stack's command hook does: the packages loaded on demand go beside the bundle.
  const onDemand = shipOnDemandModules(outdir, bundleSettings.target).map((name) => ({ name, bytes: statSync(onDemandFile(outdir, name)).size }));
  const bundle = join(outdir, bundleSettings.outputFile);
  const code = readFileSync(bundle);
  const script = join(outdir, 'first-event.mjs');
  writeFileSync(script, firstEventScript(bundle, probes[spec.id]?.path ?? '/'));
  const runs: { ms: number; status: number }[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await firstEvent(script));
  return {
    name: spec.service,
    minifiedBytes: code.length,
    gzippedBytes: gzipSync(code).length,
    onDemand,
    firstEventMs: median(runs.map((r) => r.ms)),
    firstEventStatus: runs[0]?.status ?? 0,
    bareNodeMs,
  };
}

export async function bundleFigures(): Promise<BundleFigures[]> {
  const dir = mkdtempSync(join(tmpdir(), 'diancai-bundles-'));
  try {
    const bare = join(dir, 'bare.mjs');
    writeFileSync(bare, "process.stdout.write('status 0\\n');");
    const bareRuns: number[] = [];
    for (let i = 0; i < RUNS; i++) bareRuns.push((await firstEvent(bare)).ms);
    const figures: BundleFigures[] = [];
    for (const spec of functionSpecs()) figures.push(await figuresFor(spec, dir, median(bareRuns)));
    return figures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The organizer's first event with its on-demand packages shipped beside the bundle (as deployed) and
 * inlined in it (as before issue 24), built from the same sources and timed in alternation, so that a
 * busy machine slows both alike. Medians over `runs` fresh processes each.
 */
export async function onDemandComparison(runs = 31): Promise<{ shipped: number; inlined: number; shippedInProcess: number; inlinedInProcess: number; shippedBytes: number; inlinedBytes: number; bareNodeMs: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'diancai-bundles-'));
  try {
    const entry = `${repoRoot}${organizerFunction.entry}`;
    const shippedDir = join(dir, 'shipped');
    const inlinedDir = join(dir, 'inlined');
    await build(esbuildOptions(entry, shippedDir));
    shipOnDemandModules(shippedDir, bundleSettings.target);
    await build({ ...esbuildOptions(entry, inlinedDir), external: [] });
    const scripts = [shippedDir, inlinedDir].map((out) => {
      const script = join(out, 'first-event.mjs');
      writeFileSync(script, firstEventScript(join(out, bundleSettings.outputFile), probes.Organizer?.path ?? '/'));
      return script;
    });
    const bare = join(dir, 'bare.mjs');
    writeFileSync(bare, "process.stdout.write('status 0\\n');");
    const shipped: Awaited<ReturnType<typeof firstEvent>>[] = [];
    const inlined: Awaited<ReturnType<typeof firstEvent>>[] = [];
    const bareRuns: number[] = [];
    for (let i = 0; i < runs; i++) {
      shipped.push(await firstEvent(scripts[0] as string));
      inlined.push(await firstEvent(scripts[1] as string));
      bareRuns.push((await firstEvent(bare)).ms);
    }
    const size = (out: string) => statSync(join(out, bundleSettings.outputFile)).size;
    return {
      shipped: median(shipped.map((r) => r.ms)),
      inlined: median(inlined.map((r) => r.ms)),
      shippedInProcess: median(shipped.map((r) => r.inProcessMs)),
      inlinedInProcess: median(inlined.map((r) => r.inProcessMs)),
      bareNodeMs: median(bareRuns),
      shippedBytes: size(shippedDir),
      inlinedBytes: size(inlinedDir),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// `tsx test/bench/bundle-size.ts` prints the figures on its own; `-- --on-demand` compares the organizer's
// cold start with exceljs shipped beside the bundle and inlined in it.
if (import.meta.url === `file://${process.argv[1]}` && process.argv.includes('--on-demand')) {
  const c = await onDemandComparison();
  console.log(`organizer, exceljs inlined:           ${(c.inlinedBytes / 1024).toFixed(1)} KB, first event ${c.inlined.toFixed(0)} ms (in the process: ${c.inlinedInProcess.toFixed(0)} ms)`);
  console.log(`organizer, exceljs beside, on demand: ${(c.shippedBytes / 1024).toFixed(1)} KB, first event ${c.shipped.toFixed(0)} ms (in the process: ${c.shippedInProcess.toFixed(0)} ms)`);
  console.log(`bare node: ${c.bareNodeMs.toFixed(0)} ms; medians of 31 alternating fresh processes each`);
} else if (import.meta.url === `file://${process.argv[1]}`) {
  for (const f of await bundleFigures()) {
    const onDemand = f.onDemand.map((m) => `; on demand beside it: ${m.name} ${(m.bytes / 1024).toFixed(1)} KB`).join('');
    console.log(`${f.name.padEnd(12)} ${(f.minifiedBytes / 1024).toFixed(1)} KB minified, ${(f.gzippedBytes / 1024).toFixed(1)} KB gzipped, first event ${f.firstEventMs.toFixed(0)} ms (status ${f.firstEventStatus}; bare node ${f.bareNodeMs.toFixed(0)} ms)${onDemand}`);
  }
}
