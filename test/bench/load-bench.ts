// `npm run bench -- --load`: many phones at once on loopback, bounded and self-stopping. Each phone
// retries timeouts and 5xx with the same submission id; some send twice. Afterwards the stored
// responses and counters are checked against what the phones were told.
import { randomUUID } from 'node:crypto';
import { demoSurveys } from '../../shared/demo/seed-demo.js';
import { rebuildCounters } from '../../shared/report/rebuild-counters.js';
import type { Store } from '../../shared/store.js';
import { validNeeds } from '../support/demo-answers.js';
import { percentile } from './measure.js';

const UNITS = ['dongfeng-st', 'xinli-st', 'jinqiao-st', 'party-office', 'organization', 'trade-union', 'housing', 'planning', 'city-admin', 'education', 'health', 'culture'];

export interface LoadFigures {
  ratePerSecond?: number;
  submissions: number;
  phones: number;
  seconds: number;
  acceptedPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  statuses: Record<string, number>;
  retries: number;
  acknowledged: number;
  stored: number;
  duplicates: number;
  counterDifferences: number;
}

/**
 * With `ratePerSecond`, submissions start on a schedule (open loop, like phones answering a link
 * shared in a group chat); without it every phone submits again as soon as it is answered (closed
 * loop, the most the store can take, where latency = phones / throughput).
 */
export async function loadFigures(baseUrl: string, store: Store, options: { submissions?: number; phones?: number; ratePerSecond?: number; deadlineMs?: number } = {}): Promise<LoadFigures> {
  const { submissions = 5000, phones = 200, ratePerSecond, deadlineMs = 300_000 } = options;
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  const acknowledged = new Set<string>();
  let retries = 0;
  let next = 0;
  const stopAt = Date.now() + deadlineMs;
  // A survey of its own, so the checks below see exactly this run's responses.
  const surveyId = `bench-load-${Date.now()}`;
  const [needs] = demoSurveys(new Date().toISOString());
  await store.surveys.put({ ...needs!, id: surveyId });

  const send = async (body: string): Promise<number> => {
    const t0 = performance.now();
    let status: number | string;
    try {
      const res = await fetch(`${baseUrl}/api/public/surveys/${surveyId}/responses`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body,
        signal: AbortSignal.timeout(10_000),
      });
      await res.arrayBuffer();
      status = res.status;
    } catch (error) {
      status = (error as Error).name === 'TimeoutError' ? 'timeout' : 'network';
    }
    latencies.push(performance.now() - t0);
    statuses[status] = (statuses[status] ?? 0) + 1;
    return typeof status === 'number' ? status : 0;
  };

  const phone = async () => {
    while (next < submissions && Date.now() < stopAt) {
      const i = next++;
      if (ratePerSecond) {
        const due = startedAt + (i * 1000) / ratePerSecond;
        if (due > Date.now()) await new Promise((r) => setTimeout(r, due - Date.now()));
      }
      const submissionId = randomUUID();
      const body = JSON.stringify({ submissionId, answers: validNeeds(UNITS[i % UNITS.length]) });
      let status = await send(body);
      // A phone on a bad network: try again, same submission id, until it hears a definite answer.
      for (let attempt = 1; (status === 0 || status >= 500) && attempt < 8 && Date.now() < stopAt; attempt++) {
        retries++;
        await new Promise((r) => setTimeout(r, 100 * 2 ** attempt));
        status = await send(body);
      }
      if (status === 200 || status === 201) acknowledged.add(submissionId);
      // One phone in ten sends the same answers again (a double tap, a resend after a reload).
      if (i % 10 === 0) await send(body);
    }
  };

  const t0 = performance.now();
  const startedAt = Date.now();
  await Promise.all(Array.from({ length: phones }, phone));
  const seconds = (performance.now() - t0) / 1000;

  const stored: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.responses.list(surveyId, { limit: 1000, cursor });
    stored.push(...page.items.map((r) => r.submissionId));
    cursor = page.cursor;
  } while (cursor);
  const sorted = latencies.sort((a, b) => a - b);
  const rebuild = await rebuildCounters(store, surveyId);
  return {
    ...(ratePerSecond ? { ratePerSecond } : {}),
    submissions,
    phones,
    seconds,
    acceptedPerSecond: (statuses[201] ?? 0) / seconds,
    p50Ms: percentile(sorted, 50),
    p95Ms: percentile(sorted, 95),
    p99Ms: percentile(sorted, 99),
    statuses,
    retries,
    acknowledged: acknowledged.size,
    stored: stored.length,
    duplicates: stored.length - new Set(stored).size,
    counterDifferences: rebuild.differences.length,
  };
}
