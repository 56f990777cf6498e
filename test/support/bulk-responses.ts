// Many stored responses quickly, for tests and benchmarks of reads: bulk-written, then the
// counters rebuilt from them (the same recount the rebuild command uses).
import { randomUUID } from 'node:crypto';
import { rebuildCounters } from '../../shared/report/rebuild-counters.js';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { importResponses } from '../../shared/storage/dynamodb/bulk-import.js';
import type { Store } from '../../shared/store.js';
import type { StoredResponse } from '../../shared/responses/response-store.js';
import type { Answers } from '../../shared/question-types/answers.js';
import type { Survey } from '../../shared/survey/survey-schema.js';
import { respondentUnit } from '../../shared/survey/counter-deltas.js';

export interface BulkTarget {
  client: DynamoDBDocumentClient;
  tableName: string;
  store: Store;
}

export async function bulkResponses({ client, tableName, store }: BulkTarget, survey: Survey, count: number, answersFor: (i: number) => Answers): Promise<void> {
  const start = Date.parse('2026-11-01T00:00:00.000Z');
  const responses: StoredResponse[] = Array.from({ length: count }, (_, i) => {
    const answers = answersFor(i);
    const unit = respondentUnit(survey, answers);
    return {
      surveyId: survey.id,
      responseId: randomUUID(),
      submissionId: randomUUID(),
      submittedAt: new Date(start + i * 1000).toISOString(),
      unitId: unit.unitId,
      ...(unit.front ? { front: unit.front } : {}),
      answers,
    };
  });
  for (let i = 0; i < responses.length; i += 5000) await importResponses(client, tableName, responses.slice(i, i + 5000));
  await rebuildCounters(store, survey.id, { write: true });
}
