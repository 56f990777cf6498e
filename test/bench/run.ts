// `npm run bench`: starts the `npm start` stack on a scratch data directory, measures, prints.
//   --load            also the load run (5,000 submissions from 200 phones)
//   --burst           only the burst runs: one unit (and one survey without a unit question) at 10, 30
//                     and 100 submissions/s against the conflict-faithful store (20 ms in flight)
//   --scorecards      only the scorecard and programme-summary figures: 1,000 lectures, 100,000 feedback
//                     (--lectures N --feedback N for another size, e.g. 10 and 1000 to check it runs)
//   --large N         responses for the large report and export figures (default 100000)
//   --export-job N    only an export job of N bulk-loaded responses through the local job path (rows/s, RSS growth, file rows)
//   --skip-bundles    leave out the Lambda bundle figures
//   --skip-reports    leave out the report and export figures (they bulk-load 100,000 responses)
//   --programme       only the programme boards: request board and status board at 500 units and 5,000 request versions
//   --sign-ins        only the sign-in bursts at a lecture: 300 within 60 s and 100/s for 10 s (conflict-faithful store, 20 ms in flight)
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { localConfig } from '../../functions/local/config.js';
import { startLocalServer } from '../../functions/local/local-server.js';
import { createLogger } from '../../functions/http/logger.js';
import { createDocumentClient } from '../../shared/storage/dynamodb/client.js';
import { createDynamoStore } from '../../shared/storage/dynamodb/store.js';
import { bundleFigures } from './bundle-size.js';
import { BURST_CASES, burstFigures, burstLine } from './burst-bench.js';
import { COUNTER_WRITE_SHARDS } from '../../shared/storage/dynamodb/write-shards.js';
import { LECTURE_COUNTER_SHARDS } from '../../shared/storage/dynamodb/lecture-counter-shards.js';
import { exportJobFigures } from './export-job-bench.js';
import { loadFigures } from './load-bench.js';
import { programmeFigures } from './programme-bench.js';
import { reportFigures } from './report-bench.js';
import { respondentFigures } from './respondent-bench.js';
import { scorecardFigures } from './scorecard-bench.js';
import { signInFigures, signInLine } from './sign-in-bench.js';

const { values } = parseArgs({ options: { scorecards: { type: 'boolean', default: false }, burst: { type: 'boolean', default: false }, load: { type: 'boolean', default: false }, large: { type: 'string', default: '100000' }, 'export-job': { type: 'string' }, 'skip-bundles': { type: 'boolean', default: false }, 'skip-reports': { type: 'boolean', default: false }, programme: { type: 'boolean', default: false }, 'sign-ins': { type: 'boolean', default: false }, lectures: { type: 'string', default: '1000' }, feedback: { type: 'string', default: '100000' } } });
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (n: number) => `${n.toFixed(1)} ms`;

console.log(`Diancai benchmarks — ${new Date().toISOString()}`);
console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}\n`);

if (values.scorecards) {
  const s = await scorecardFigures(Number(values.lectures), Number(values.feedback));
  console.log(`Scorecards (in-process, DynamoDB Local; ${s.lectures} delivered lectures, ${s.feedback} feedback bulk-loaded in ${s.loadSeconds.toFixed(0)} s)`);
  for (const c of s.calls) console.log(`  ${c.name.padEnd(22)} p50 ${ms(c.p50Ms)}, p95 ${ms(c.p95Ms)}, ${c.itemsRead} items read, ${c.rows} rows`);
  console.log(`  (a scorecard reads each lecture and its ${LECTURE_COUNTER_SHARDS} counter shards: ${s.lectures * (1 + LECTURE_COUNTER_SHARDS)} items expected, whatever the feedback)`);
  process.exit(0);
}

if (values.burst) {
  console.log('Bursts (in-process respondent app; DynamoDB Local behind the conflict-faithful store, 20 ms in flight)');
  for (const [design, counterShards] of [['old design: one counter item per unit', 1], [`write-sharded counters (${COUNTER_WRITE_SHARDS} per unit)`, COUNTER_WRITE_SHARDS]] as const) {
    console.log(design);
    for (const figures of await burstFigures(BURST_CASES, { counterShards })) console.log(burstLine(figures));
  }
  process.exit(0);
}

if (values['sign-ins']) {
  console.log('Sign-in bursts (in-process respondent app; DynamoDB Local behind the conflict-faithful store, 20 ms in flight)');
  for (const figures of await signInFigures()) console.log(signInLine(figures));
  process.exit(0);
}

if (values.programme) {
  const p = await programmeFigures();
  console.log(`Programme boards (in-process, DynamoDB Local in memory; ${p.units} units, ${p.requestVersions} request versions, ${p.runs} runs each)
  request board          ${p.requestBoard.itemsRead} request items read, p50 ${ms(p.requestBoard.p50Ms)}, p95 ${ms(p.requestBoard.p95Ms)} (target: O(units), p50 < 100 ms)
  status board           ${p.statusBoard.itemsRead} counter items read, p50 ${ms(p.statusBoard.p50Ms)}, p95 ${ms(p.statusBoard.p95Ms)}
  (both also load the catalogue: one Query per kind, ${p.catalogueItems} items, O(units))`);
  process.exit(0);
}

const dataDir = mkdtempSync(join(tmpdir(), 'diancai-bench-'));
const admin = { email: 'bench@diancai.local', password: 'bench-password-123' };
process.env.DIANCAI_ADMIN_EMAIL = admin.email;
process.env.DIANCAI_ADMIN_PASSWORD = admin.password;
const server = await startLocalServer(
  // The load runs send thousands of submissions from one loopback address: the per-source limit is lifted.
  localConfig({ PORT: '0', DIANCAI_DATA_DIR: dataDir, DIANCAI_PUBLIC_WRITES_PER_MINUTE: '10000000' }),
  createLogger({ level: 'error' }),
);
// The first admin comes from the environment the server read; sign in as it for the organizer routes.
const client = createDocumentClient({ endpoint: server.dynamoEndpoint, credentials: server.dynamoCredentials });
const tableName = localConfig({ DIANCAI_DATA_DIR: dataDir }).tableName;
const store = createDynamoStore({ client, tableName });
try {
  if (values['export-job']) {
    const login = await fetch(`${server.url}/api/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(admin) });
    const { token } = (await login.json()) as { token: string };
    const e = await exportJobFigures(server.url, token, { client, tableName, store }, dataDir, Number(values['export-job']));
    console.log(`Export job (local job path: POST /api/surveys/{id}/exports, in-process worker, polled every 0.5 s)
  bulk load              ${e.responses} responses in ${e.loadSeconds.toFixed(0)} s (counters rebuilt from them)
  job                    ${e.status} in ${e.seconds.toFixed(1)} s, ${e.rowsPerSecond.toFixed(0)} rows/s, ${(e.fileBytes / 2 ** 20).toFixed(1)} MB
  file rows              ${e.fileRows} (responses ${e.responses}: ${e.fileRows === e.responses ? 'equal' : 'DIFFERENT'})
  progress               ${e.progressSteps} distinct rowsDone values seen while polling
  rss growth (peak)      ${e.rssGrowthMb.toFixed(1)} MB (target < 150 MB)
`);
  } else {
  const r = await respondentFigures(server.url);
  console.log(`Respondent (HTTP on loopback, npm start stack on DynamoDB Local on disk)
  submissions            ${r.submissions} at concurrency ${r.concurrency}
  submissions per second ${r.perSecond.toFixed(0)}
  latency p50 / p99      ${ms(r.p50Ms)} / ${ms(r.p99Ms)}
  statuses               ${JSON.stringify(r.statuses)}
  needs survey page      ${kb(r.pageGzippedBytes)} gzipped as first served (target ≤ 14 KB)
  other hosts requested  ${r.pageForeignHosts.length === 0 ? 'none' : r.pageForeignHosts.join(', ')}
`);

  if (!values['skip-reports']) {
    const login = await fetch(`${server.url}/api/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(admin) });
    if (login.status !== 200) throw new Error(`bench sign-in failed: ${login.status}`);
    const { token } = (await login.json()) as { token: string };
    const rep = await reportFigures(server.url, token, { client, tableName, store }, Number(values.large));
    console.log(`Reports and exports
  bulk load              ${rep.small + rep.large} responses in ${rep.loadSeconds.toFixed(0)} s (counters rebuilt from them)
  report p50             ${ms(rep.smallP50Ms)} at ${rep.small} responses, ${ms(rep.largeP50Ms)} at ${rep.large} (ratio ${rep.ratio.toFixed(2)}, target < 1.5)
  responses.csv          ${rep.csvRows} rows, ${(rep.csvBytes / 2 ** 20).toFixed(1)} MB at ${rep.csvRowsPerSecond.toFixed(0)} rows/s (target ≥ 20,000)
  memory growth          heap ${rep.csvHeapGrowthMb.toFixed(1)} MB, rss ${rep.csvRssGrowthMb.toFixed(1)} MB (target < 100 MB)
`);
  }

  if (values.load) {
    for (const ratePerSecond of [undefined, 40]) {
      const l = await loadFigures(server.url, store, ratePerSecond ? { ratePerSecond, submissions: 2400 } : {});
      const pace = l.ratePerSecond ? `arriving at ${l.ratePerSecond}/s` : 'each phone again as soon as answered';
      console.log(`Load (${l.phones} phones, ${l.submissions} submissions ${pace}; retries with the same id, 1 in 10 sent twice)
  duration               ${l.seconds.toFixed(1)} s
  accepted per second    ${l.acceptedPerSecond.toFixed(0)}
  latency p50/p95/p99    ${ms(l.p50Ms)} / ${ms(l.p95Ms)} / ${ms(l.p99Ms)}
  answers by status      ${JSON.stringify(l.statuses)} (${l.retries} retries)
  acknowledged / stored  ${l.acknowledged} / ${l.stored}, ${l.duplicates} stored twice
  counters vs rebuild    ${l.counterDifferences} differences
`);
    }
  }
  }
} finally {
  client.destroy();
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}

if (!values['skip-bundles'] && !values['export-job']) {
  console.log('Lambda bundles (built with the stack\'s esbuild settings; first event in a fresh Node process)');
  for (const f of await bundleFigures()) {
    const onDemand = f.onDemand.map((m) => `; on demand beside it: ${m.name} ${kb(m.bytes)}`).join('');
    console.log(`  ${f.name.padEnd(12)} ${kb(f.minifiedBytes)} minified, ${kb(f.gzippedBytes)} gzipped, first event ${f.firstEventMs.toFixed(0)} ms (status ${f.firstEventStatus}; bare node ${f.bareNodeMs.toFixed(0)} ms)${onDemand}`);
  }
}
