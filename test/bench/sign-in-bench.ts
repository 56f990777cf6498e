// `npm run bench -- --sign-ins`: a hall signing in at a lecture (issue 21), against the conflict-faithful
// store (test/support/transaction-isolation.ts) so DynamoDB's transaction conflicts show up locally:
// 300 phones within a minute, and 100 a second for 10 s. Each phone acts as the sign-in page's script:
// on a 5xx, 429 or network failure it waits 2 s, then twice as long (at most 30 s), and sends the same
// signInId again. Figures: acknowledged = stored, none doubled, none gave up, the count on the shards
// equal to the stored sign-ins, p50/p99 of the time to an acknowledgement.
import { randomUUID } from 'node:crypto';
import { startDynamoLocal } from '../../functions/local/dynamodb-local.js';
import { demoCatalogue } from '../../shared/demo/demo-catalogue.js';
import { signInCount } from '../../shared/lectures/feedback-counters.js';
import type { Lecture } from '../../shared/lectures/lecture-schema.js';
import { createDocumentClient } from '../../shared/storage/dynamodb/client.js';
import { createDynamoStore } from '../../shared/storage/dynamodb/store.js';
import { ensureTable } from '../../shared/storage/dynamodb/table-setup.js';
import { isolateTransactions } from '../support/transaction-isolation.js';
import { respondentAppFor } from '../support/respondent-app.js';
import { percentile } from './measure.js';

export interface SignInCase {
  label: string;
  perSecond: number;
  seconds: number;
}

export const SIGN_IN_CASES: SignInCase[] = [
  { label: '300 within 60 s', perSecond: 5, seconds: 60 },
  { label: '100/s for 10 s', perSecond: 100, seconds: 10 },
];

export interface SignInFigures {
  label: string;
  acknowledged: number;
  stored: number;
  doubled: number;
  gaveUp: number;
  /** The event's sign-in count (summed over its counter shards) less the stored sign-ins: 0 when exact. */
  countDifference: number;
  p50Ms: number;
  p99Ms: number;
  conflicts: number;
}

export function signInLine(f: SignInFigures): string {
  return `sign-ins: ${f.acknowledged} acknowledged, ${f.stored} stored, ${f.doubled} doubled, ${f.gaveUp} gave up, count vs stored ${f.countDifference}, p50 ${f.p50Ms.toFixed(0)} ms, p99 ${f.p99Ms.toFixed(0)} ms (${f.label}; ${f.conflicts} transaction conflicts)`;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function signInFigures(cases: SignInCase[] = SIGN_IN_CASES, options: { inFlightMs?: number } = {}): Promise<SignInFigures[]> {
  const dynamo = await startDynamoLocal();
  const client = createDocumentClient({ endpoint: dynamo.endpoint });
  const stats = isolateTransactions(client, { inFlightMs: options.inFlightMs ?? 20 });
  const tableName = `sign-ins-${Date.now()}`;
  await ensureTable(client, tableName);
  const store = createDynamoStore({ client, tableName });
  await store.catalogue.putAll(demoCatalogue);
  const app = respondentAppFor(store);
  const unit = demoCatalogue.units[0]!;
  const topic = demoCatalogue.topics[0]!;
  const results: SignInFigures[] = [];
  try {
    for (const [n, burst] of cases.entries()) {
      // A lecture starting in half an hour (the sign-in page opens an hour before); each case its own expert, so bookings never clash.
      const starts = new Date(Date.now() + 30 * 60_000);
      const lecturer = demoCatalogue.experts[n % demoCatalogue.experts.length]!;
      const lecture: Lecture = {
        id: randomUUID(), status: 'scheduled', topicId: topic.id, topicTitle: topic.title, themeId: topic.theme, expertId: lecturer.id, expertName: lecturer.name,
        units: [{ id: unit.id, name: unit.name, front: unit.front }], startsAt: starts.toISOString(), endsAt: new Date(starts.getTime() + 5_400_000).toISOString(),
        durationMinutes: 90, place: '报告厅', formVersion: 1, createdAt: new Date().toISOString(),
      };
      await store.lectures.create(lecture);
      const conflictsBefore = stats.conflicts;
      const latencies: number[] = [];
      const acknowledged = new Set<string>();
      let gaveUp = 0;
      const phone = async (i: number) => {
        const signInId = randomUUID();
        const body = JSON.stringify({ signInId, name: `听众${i}`, unitId: unit.id });
        const t0 = performance.now();
        for (let wait = 2000; ; wait = Math.min(wait * 2, 30_000)) {
          const res = await app.request(`/api/public/lectures/${lecture.id}/sign-ins`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
          await res.arrayBuffer();
          if (res.status === 503) gaveUp++;
          if (res.status === 200 || res.status === 201) {
            acknowledged.add(signInId);
            latencies.push(performance.now() - t0);
            return;
          }
          if (res.status < 500 && res.status !== 429) throw new Error(`sign-in refused: ${res.status}`);
          await sleep(wait);
        }
      };
      // Open loop: arrivals on a fixed schedule, whatever the answers so far.
      const total = burst.perSecond * burst.seconds;
      const started = performance.now();
      const phones: Promise<void>[] = [];
      for (let i = 0; i < total; i++) {
        const due = started + (i * 1000) / burst.perSecond;
        const now = performance.now();
        if (due > now) await sleep(due - now);
        phones.push(phone(i));
      }
      await Promise.all(phones);
      const stored: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await store.signIns.list(lecture.id, { limit: 1000, ...(cursor ? { cursor } : {}) });
        stored.push(...page.items.map((s) => s.signInId));
        cursor = page.cursor;
      } while (cursor);
      const counted = Number(signInCount((await store.lectures.counters([lecture.id])).get(lecture.id) ?? {}));
      const sorted = latencies.sort((a, b) => a - b);
      results.push({
        label: burst.label,
        acknowledged: acknowledged.size,
        stored: stored.length,
        doubled: stored.length - new Set(stored).size,
        gaveUp,
        countDifference: counted - stored.length,
        p50Ms: percentile(sorted, 50),
        p99Ms: percentile(sorted, 99),
        conflicts: stats.conflicts - conflictsBefore,
      });
    }
  } finally {
    client.destroy();
    await dynamo.stop();
  }
  return results;
}
