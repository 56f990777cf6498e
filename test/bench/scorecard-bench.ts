// Scorecard and programme-summary figures: 1,000 delivered lectures with 100,000 feedback responses
// (bulk-loaded, counters written from the same deltas a live submission adds), then the scorecard of
// each grouping and the summary timed over the year, with the items each one reads.
import { randomUUID } from 'node:crypto';
import { startDynamoLocal } from '../../functions/local/dynamodb-local.js';
import { demoCatalogue } from '../../shared/demo/demo-catalogue.js';
import { addCounters, feedbackDeltas, suggestionsOf, type LectureCounters } from '../../shared/lectures/feedback-counters.js';
import { feedbackFormVersion } from '../../shared/lectures/feedback-form.js';
import type { Lecture } from '../../shared/lectures/lecture-schema.js';
import { scoredLectures } from '../../shared/lectures/ledger.js';
import { programmeSummary } from '../../shared/lectures/programme-summary.js';
import { scorecardRows, SCORECARD_GROUPS } from '../../shared/lectures/scorecards.js';
import { createDocumentClient } from '../../shared/storage/dynamodb/client.js';
import { createDynamoStore } from '../../shared/storage/dynamodb/store.js';
import { ensureTable } from '../../shared/storage/dynamodb/table-setup.js';
import type { StoredFeedback } from '../../shared/lectures/lecture-store.js';
import { percentile } from './measure.js';

export interface ScorecardFigures {
  lectures: number;
  feedback: number;
  loadSeconds: number;
  /** Per grouping and for the summary: median latency and items read per call. */
  calls: { name: string; p50Ms: number; p95Ms: number; itemsRead: number; rows: number }[];
}

const TZ = 'Asia/Shanghai';

export async function scorecardFigures(lectureCount = 1000, feedbackTotal = 100_000, repeats = 15): Promise<ScorecardFigures> {
  // In memory; a loaded machine can take more than the default 30 s to start Java.
  const dynamo = await startDynamoLocal({ readyTimeoutMs: 180_000 });
  try {
    const client = createDocumentClient({ endpoint: dynamo.endpoint });
    const tableName = `scorecards-${Date.now()}`;
    await ensureTable(client, tableName);
    let itemsRead = 0;
    const store = createDynamoStore({ client, tableName, readObserver: { itemsRead: (n) => void (itemsRead += n) } });
    await store.catalogue.putAll(demoCatalogue);
    const form = await feedbackFormVersion(store.feedbackForms, 1);
    const experts = demoCatalogue.experts;
    const units = demoCatalogue.units;
    const perLecture = Math.floor(feedbackTotal / lectureCount);
    const started = performance.now();
    const lectures: Lecture[] = Array.from({ length: lectureCount }, (_, i) => {
      const expert = experts[i % experts.length]!;
      const topic = demoCatalogue.topics.find((t) => t.id === expert.topics[i % expert.topics.length])!;
      const starts = new Date(Date.UTC(2025, 0, 1) + Math.floor((i * 365) / lectureCount) * 86_400_000 + (i % 3) * 3 * 3_600_000);
      const host = units[i % units.length]!;
      return {
        id: randomUUID(), status: 'delivered', topicId: topic.id, topicTitle: topic.title, themeId: topic.theme, expertId: expert.id, expertName: expert.name,
        units: [{ id: host.id, name: host.name, front: host.front }], startsAt: starts.toISOString(), endsAt: new Date(starts.getTime() + 5_400_000).toISOString(),
        durationMinutes: 90, place: '报告厅', attendance: 50 + (i % 200), formVersion: 1, createdAt: starts.toISOString(),
      };
    });
    await store.lectureImport.importLectures(lectures);
    for (let i = 0; i < lectures.length; i += 20) {
      const batch = lectures.slice(i, i + 20);
      const feedback: { item: StoredFeedback; texts: Record<string, string> }[] = [];
      const counters = new Map<string, LectureCounters>();
      for (const lecture of batch) {
        const totals: LectureCounters = {};
        for (let k = 0; k < perLecture; k++) {
          const s = (n: number) => 1 + ((k * 7 + n) % 5);
          const answers = { lecture: { relevance: s(1), depth: s(2), practice: s(3), effect: s(4) }, teacher: { clarity: s(5), interaction: s(6), time: s(7) }, organization: s(8), ...(k % 10 === 0 ? { 'teacher-suggestion': '建议' } : {}) };
          feedback.push({ item: { lectureId: lecture.id, responseId: randomUUID(), submissionId: randomUUID(), submittedAt: lecture.endsAt, formVersion: 1, answers }, texts: suggestionsOf(form, answers) });
          addCounters(totals, feedbackDeltas(form, answers));
        }
        counters.set(lecture.id, totals);
      }
      await store.lectureImport.importFeedback(feedback);
      await Promise.all([...counters].map(([id, c]) => store.lectures.replaceCounters(id, c)));
    }
    const loadSeconds = (performance.now() - started) / 1000;
    const range = { from: '2025-01-01T00:00:00.000Z', to: '2026-01-01T00:00:00.000Z' };
    const time = async (name: string, call: () => Promise<number>) => {
      const latencies: number[] = [];
      let reads = 0;
      let rows = 0;
      for (let r = 0; r < repeats; r++) {
        itemsRead = 0;
        const t0 = performance.now();
        rows = await call();
        latencies.push(performance.now() - t0);
        reads = itemsRead;
      }
      latencies.sort((a, b) => a - b);
      return { name, p50Ms: percentile(latencies, 50), p95Ms: percentile(latencies, 95), itemsRead: reads, rows };
    };
    const calls = [];
    for (const by of SCORECARD_GROUPS) calls.push(await time(`scorecards by ${by}`, async () => scorecardRows(by, await scoredLectures(store.lectures, range, { status: 'delivered' }), demoCatalogue, TZ).length));
    calls.push(await time('programme summary', async () => programmeSummary(await store.lectures.listByStart(range.from, range.to), demoCatalogue, TZ).byMonth.length));
    return { lectures: lectureCount, feedback: perLecture * lectureCount, loadSeconds, calls };
  } finally {
    await dynamo.stop();
  }
}
