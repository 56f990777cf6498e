// Writes lectures and their feedback in bulk, for the demo seed, benchmarks and tests only. It bypasses
// the expert booking and the exactly-once guard and leaves counters alone: write them from a recount.
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Lecture } from '../../lectures/lecture-schema.js';
import type { StoredFeedback } from '../../lectures/lecture-store.js';
import { batchWrite } from './batch-write.js';
import { feedbackItem } from './feedback-item.js';
import { suggestionItem } from './suggestion-item.js';
import { addToUnitLists, newLectureItems } from './lecture-repository.js';

export async function importLectures(client: DynamoDBDocumentClient, tableName: string, lectures: readonly Lecture[]): Promise<void> {
  await batchWrite(client, tableName, lectures.flatMap((l) => newLectureItems(l).map((Item) => ({ PutRequest: { Item } }))), 8);
  await addToUnitLists(client, tableName, lectures);
}

/** Feedback items and, for those with text, their suggestion items. */
export async function importFeedback(client: DynamoDBDocumentClient, tableName: string, feedback: readonly { item: StoredFeedback; texts: Record<string, string> }[]): Promise<void> {
  await batchWrite(
    client,
    tableName,
    feedback.flatMap(({ item, texts }) => [
      { PutRequest: { Item: feedbackItem(item) } },
      ...(Object.keys(texts).length > 0
        ? [{ PutRequest: { Item: suggestionItem(item, texts) } }]
        : []),
    ]),
    8,
  );
}
