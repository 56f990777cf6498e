// Report and export figures: report latency at 100 and at 100,000 responses (it reads counters,
// so the two should match), and responses.csv rows per second and memory growth for 100,000.
import { DEMO_NEEDS_SURVEY_ID, demoSurveys } from '../../shared/demo/seed-demo.js';
import { responsePages } from '../../shared/report/response-pages.js';
import { responsesCsv } from '../../shared/report/responses-csv.js';
import type { Answers } from '../../shared/question-types/answers.js';
import { bulkResponses, type BulkTarget } from '../support/bulk-responses.js';
import { validNeeds } from '../support/demo-answers.js';
import { drive, percentile } from './measure.js';

const UNITS = ['dongfeng-st', 'xinli-st', 'jinqiao-st', 'party-office', 'organization', 'trade-union', 'housing', 'planning', 'city-admin', 'education', 'health', 'culture'];
const TOPICS = ['t-ecology', 't-digital', 't-party-history', 't-elderly-care', 't-health', 't-business-env'];

function answersFor(i: number): Answers {
  const base = validNeeds(UNITS[i % UNITS.length]) as Answers;
  const t = (k: number) => TOPICS[(i + k) % TOPICS.length]!;
  return { ...base, topics: [t(0), t(1), t(2)], audience: (i % 300) + 1, suggestions: `第 ${i} 份：希望多安排案例教学，"联系实际"，=不要公式` };
}

export interface ReportFigures {
  small: number;
  large: number;
  smallP50Ms: number;
  largeP50Ms: number;
  ratio: number;
  loadSeconds: number;
  csvRows: number;
  csvRowsPerSecond: number;
  csvBytes: number;
  csvHeapGrowthMb: number;
  csvRssGrowthMb: number;
}

async function reportLatency(baseUrl: string, token: string, surveyId: string): Promise<number> {
  const result = await drive(60, 4, async () => {
    const res = await fetch(`${baseUrl}/api/surveys/${surveyId}/report`, { headers: { authorization: `Bearer ${token}` } });
    await res.arrayBuffer();
    return res.status;
  });
  if (result.statuses[200] !== 60) throw new Error(`report answered ${JSON.stringify(result.statuses)}`);
  return percentile(result.latenciesMs, 50);
}

export async function reportFigures(baseUrl: string, token: string, target: BulkTarget, large = 100_000): Promise<ReportFigures> {
  const { store } = target;
  const [needs] = demoSurveys(new Date().toISOString());
  const small = { ...needs!, id: 'bench-small' };
  const big = { ...needs!, id: 'bench-large' };
  await store.surveys.put(small);
  await store.surveys.put(big);
  const t0 = performance.now();
  await bulkResponses(target, small, 100, answersFor);
  await bulkResponses(target, big, large, answersFor);
  const loadSeconds = (performance.now() - t0) / 1000;

  await reportLatency(baseUrl, token, DEMO_NEEDS_SURVEY_ID); // warm-up
  const smallP50Ms = await reportLatency(baseUrl, token, small.id);
  const largeP50Ms = await reportLatency(baseUrl, token, big.id);

  // The export generator exactly as the route streams it, in this process, so memory can be watched.
  // With --expose-gc (npm run bench sets it) the heap is measured after a collection every few
  // pages: what the export keeps, not garbage the collector has not reached yet.
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  const rss0 = process.memoryUsage().rss;
  let heapPeak = heap0;
  let rssPeak = rss0;
  let rows = -1;
  let bytes = 0;
  let chunks = 0;
  let gcMs = 0;
  const c0 = performance.now();
  for await (const chunk of responsesCsv(big, responsePages(store.responses, big.id, 1000), { locale: 'zh', timeZone: 'Asia/Shanghai' })) {
    bytes += Buffer.byteLength(chunk);
    for (let i = chunk.indexOf('\r\n'); i !== -1; i = chunk.indexOf('\r\n', i + 2)) rows++;
    if (++chunks % 10 === 0) {
      const g0 = performance.now();
      gc?.();
      gcMs += performance.now() - g0;
      const m = process.memoryUsage();
      heapPeak = Math.max(heapPeak, m.heapUsed);
      rssPeak = Math.max(rssPeak, m.rss);
    }
  }
  const csvSeconds = (performance.now() - c0 - gcMs) / 1000;
  return {
    small: 100,
    large,
    smallP50Ms,
    largeP50Ms,
    ratio: largeP50Ms / smallP50Ms,
    loadSeconds,
    csvRows: rows,
    csvRowsPerSecond: rows / csvSeconds,
    csvBytes: bytes,
    csvHeapGrowthMb: (heapPeak - heap0) / 1024 / 1024,
    csvRssGrowthMb: (rssPeak - rss0) / 1024 / 1024,
  };
}
