// `npm run bench -- --burst`: a lecture hall answering at once, against the conflict-faithful store
// (test/support/transaction-isolation.ts) so DynamoDB's transaction conflicts show up locally. Each
// phone behaves like the survey form's script: on a 5xx, 429 or network failure it waits 2 s, then
// twice as long each time (at most 30 s), and sends the same submission id again.
import { randomUUID } from 'node:crypto';
import { programmePublicDeps } from '../../functions/respondent/deps.js';
import { createRespondentApp } from '../../functions/respondent/app.js';
import { createLogger } from '../../functions/http/logger.js';
import { startDynamoLocal } from '../../functions/local/dynamodb-local.js';
import { systemClock, randomIds } from '../../shared/kernel/clock.js';
import { demoSurveys } from '../../shared/demo/seed-demo.js';
import { rebuildCounters } from '../../shared/report/rebuild-counters.js';
import { createDocumentClient } from '../../shared/storage/dynamodb/client.js';
import { createDynamoStore } from '../../shared/storage/dynamodb/store.js';
import { ensureTable } from '../../shared/storage/dynamodb/table-setup.js';
import type { Survey } from '../../shared/survey/survey-schema.js';
import { isolateTransactions } from '../support/transaction-isolation.js';
import { validNeeds } from '../support/demo-answers.js';
import { percentile } from './measure.js';

export interface BurstCase {
  label: string;
  perSecond: number;
  seconds: number;
  /** false: the survey has no unit question, so every response lands on the survey's `_none` counters. */
  unitQuestion: boolean;
}

export const BURST_CASES: BurstCase[] = [
  { label: 'one unit, 10/s for 30 s', perSecond: 10, seconds: 30, unitQuestion: true },
  { label: 'one unit, 30/s for 10 s', perSecond: 30, seconds: 10, unitQuestion: true },
  { label: 'one unit, 100/s for 10 s', perSecond: 100, seconds: 10, unitQuestion: true },
  { label: 'no unit question, 10/s for 30 s', perSecond: 10, seconds: 30, unitQuestion: false },
  { label: 'no unit question, 30/s for 10 s', perSecond: 30, seconds: 10, unitQuestion: false },
  { label: 'no unit question, 100/s for 10 s', perSecond: 100, seconds: 10, unitQuestion: false },
];

export interface BurstFigures {
  label: string;
  acknowledged: number;
  stored: number;
  duplicates: number;
  /** Answers where the server gave up after its own retries (503). */
  gaveUp: number;
  p50Ms: number;
  p99Ms: number;
  conflicts: number;
  counterDifferences: number;
}

export function burstLine(f: BurstFigures): string {
  return `burst: ${f.acknowledged} acknowledged, ${f.stored} stored, ${f.duplicates} duplicated, ${f.gaveUp} gave up, p50 ${f.p50Ms.toFixed(0)} ms, p99 ${f.p99Ms.toFixed(0)} ms (${f.label}; ${f.conflicts} transaction conflicts; counters vs rebuild: ${f.counterDifferences} differences)`;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function burstFigures(cases: BurstCase[] = BURST_CASES, options: { inFlightMs?: number; counterShards?: number } = {}): Promise<BurstFigures[]> {
  const dynamo = await startDynamoLocal();
  const client = createDocumentClient({ endpoint: dynamo.endpoint });
  const stats = isolateTransactions(client, { inFlightMs: options.inFlightMs ?? 20 });
  const tableName = `burst-${Date.now()}`;
  await ensureTable(client, tableName);
  const store = createDynamoStore({ client, tableName, ...(options.counterShards ? { counterShards: options.counterShards } : {}) });
  const app = createRespondentApp({
    surveys: store.surveys,
    responses: store.responses,
    lectures: store.lectures,
    feedback: store.feedback,
    feedbackForms: store.feedbackForms,
    settings: store.surveySettings,
    clock: systemClock,
    newId: randomIds,
    logger: createLogger({ level: 'silent' }),
    timeZone: 'Asia/Shanghai',
    programme: programmePublicDeps(store),
  });
  const [needs] = demoSurveys(new Date().toISOString());
  const results: BurstFigures[] = [];
  try {
    for (const burst of cases) {
      const surveyId = `burst-${results.length}-${Date.now()}`;
      const survey: Survey = burst.unitQuestion ? { ...needs!, id: surveyId } : { ...needs!, id: surveyId, questions: needs!.questions.filter((q) => q.type !== 'unit') };
      await store.surveys.put(survey);
      const conflictsBefore = stats.conflicts;
      const latencies: number[] = [];
      const acknowledged = new Set<string>();
      let gaveUp = 0;

      const phone = async () => {
        const submissionId = randomUUID();
        const answers = validNeeds('education');
        if (!burst.unitQuestion) delete answers.unit;
        const body = JSON.stringify({ submissionId, answers });
        const t0 = performance.now();
        for (let wait = 2000; ; wait = Math.min(wait * 2, 30_000)) {
          const res = await app.request(`/api/public/surveys/${surveyId}/responses`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
          await res.arrayBuffer();
          if (res.status === 503) gaveUp++;
          if (res.status === 200 || res.status === 201) {
            acknowledged.add(submissionId);
            latencies.push(performance.now() - t0);
            return;
          }
          if (res.status < 500 && res.status !== 429) throw new Error(`burst submission refused: ${res.status}`);
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
        phones.push(phone());
      }
      await Promise.all(phones);

      const stored: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await store.responses.list(surveyId, { limit: 1000, cursor });
        stored.push(...page.items.map((r) => r.submissionId));
        cursor = page.cursor;
      } while (cursor);
      const sorted = latencies.sort((a, b) => a - b);
      const rebuild = await rebuildCounters(store, surveyId);
      results.push({
        label: burst.label,
        acknowledged: acknowledged.size,
        stored: stored.length,
        duplicates: stored.length - new Set(stored).size,
        gaveUp,
        p50Ms: percentile(sorted, 50),
        p99Ms: percentile(sorted, 99),
        conflicts: stats.conflicts - conflictsBefore,
        counterDifferences: rebuild.differences.length,
      });
    }
  } finally {
    client.destroy();
    await dynamo.stop();
  }
  return results;
}
