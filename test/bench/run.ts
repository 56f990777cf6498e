// `npm run bench`: starts the `npm start` stack on a scratch data directory, measures, prints.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localConfig } from '../../functions/local/config.js';
import { startLocalServer } from '../../functions/local/local-server.js';
import { createLogger } from '../../functions/http/logger.js';
import { respondentFigures } from './respondent-bench.js';

const dataDir = mkdtempSync(join(tmpdir(), 'diancai-bench-'));
const server = await startLocalServer(localConfig({ PORT: '0', DIANCAI_DATA_DIR: dataDir }), createLogger({ level: 'error' }));
try {
  const r = await respondentFigures(server.url);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(`
Diancai benchmarks — ${new Date().toISOString()}

Respondent (HTTP on loopback, npm start stack on DynamoDB Local)
  submissions            ${r.submissions} at concurrency ${r.concurrency}
  submissions per second ${r.perSecond.toFixed(0)}
  latency p50 / p99      ${r.p50Ms.toFixed(1)} ms / ${r.p99Ms.toFixed(1)} ms
  statuses               ${JSON.stringify(r.statuses)}
  needs survey page      ${kb(r.pageGzippedBytes)} gzipped as first served (target ≤ 14 KB)
  other hosts requested  ${r.pageForeignHosts.length === 0 ? 'none' : r.pageForeignHosts.join(', ')}
`);
} finally {
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
