// An export job through the local job path, as `npm start` runs it: bulk-load N responses, POST the job over
// HTTP, poll its status (as the dashboard does) while sampling this process's memory (the in-process worker
// runs here), then count the finished file's rows by streaming it.
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { demoSurveys } from '../../shared/demo/seed-demo.js';
import { bulkResponses, type BulkTarget } from '../support/bulk-responses.js';
import { validNeeds } from '../support/demo-answers.js';

export interface ExportJobFigures {
  responses: number;
  loadSeconds: number;
  seconds: number;
  rowsPerSecond: number;
  fileRows: number;
  fileBytes: number;
  /** Distinct rowsDone values seen while polling: the progress the page would show. */
  progressSteps: number;
  rssGrowthMb: number;
  status: string;
}

const UNITS = ['education', 'health', 'dongfeng-st', 'dev-zone'];

async function countRows(path: string): Promise<number> {
  let lines = 0;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
  }
  return lines - 1; // the header
}

export async function exportJobFigures(baseUrl: string, token: string, target: BulkTarget, dataDir: string, count: number): Promise<ExportJobFigures> {
  const [needs] = demoSurveys(new Date().toISOString());
  const survey = { ...needs!, id: 'bench-export' };
  await target.store.surveys.put(survey);
  const t0 = performance.now();
  await bulkResponses(target, survey, count, (i) => ({ ...validNeeds(UNITS[i % UNITS.length]), suggestions: `意见 ${i}，含逗号与"引号"` }));
  const loadSeconds = (performance.now() - t0) / 1000;

  const auth = { authorization: `Bearer ${token}` };
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const rss0 = process.memoryUsage().rss;
  let rssPeak = rss0;
  const started = await fetch(`${baseUrl}/api/surveys/${survey.id}/exports`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: '{}' });
  if (started.status !== 202) throw new Error(`export answered ${started.status}`);
  const { exportId } = (await started.json()) as { exportId: string };
  const c0 = performance.now();
  const seen = new Set<number>();
  let job: { status: string; rowsDone: number; url?: string; bytes?: number };
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
    job = (await (await fetch(`${baseUrl}/api/exports/${exportId}`, { headers: auth })).json()) as typeof job;
    seen.add(job.rowsDone);
    if (job.status === 'done' || job.status === 'failed') break;
  }
  const seconds = (performance.now() - c0) / 1000;
  const name = decodeURIComponent((job.url ?? '').split('/').at(-1) ?? '');
  const fileRows = job.status === 'done' ? await countRows(join(dataDir, 'exports', name)) : 0;
  return {
    responses: count,
    loadSeconds,
    seconds,
    rowsPerSecond: job.rowsDone / seconds,
    fileRows,
    fileBytes: job.bytes ?? 0,
    progressSteps: seen.size,
    rssGrowthMb: (rssPeak - rss0) / 1024 / 1024,
    status: job.status,
  };
}
