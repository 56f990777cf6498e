// Lecture feedback, its suggestions and its lecture's counters, written together exactly once per
// submission: the same transaction as survey responses (see exactly-once.ts).
import { GetCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { StoreUnavailableError } from '../../errors.js';
import type { CounterDeltas } from '../../report/counter-deltas.js';
import { keys } from '../keys.js';
import type { FeedbackRepository, Page, StoredFeedback, SubmitOutcome, Suggestion } from '../ports.js';
import { tableDefinition } from '../table-definition.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { defaultRetry, writeExactlyOnce, type RetryPolicy, type TransactItems } from './exactly-once.js';
import { shardOf, shardUpdate } from './lecture-counter-shards.js';
import { guarded } from './sdk-errors.js';

const pageSize = (limit: number | undefined) => Math.min(Math.max(limit ?? 100, 1), 1000);

export class DynamoFeedbackRepository implements FeedbackRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly retry: RetryPolicy = defaultRetry,
  ) {}

  async submit(feedback: StoredFeedback, deltas: CounterDeltas, suggestions: Record<string, string>): Promise<SubmitOutcome> {
    const items: TransactItems = [
      { Put: { TableName: this.tableName, Item: feedbackItem(feedback), ConditionExpression: 'attribute_not_exists(pk)' } },
      { Update: shardUpdate(this.tableName, feedback.lectureId, shardOf(feedback.submissionId), deltas) },
    ];
    if (Object.keys(suggestions).length > 0) items.push({ Put: { TableName: this.tableName, Item: suggestionItem(feedback, suggestions) } });
    const replay = await writeExactlyOnce(this.client, items, this.retry, {
      replay: async () => {
        const first = await this.findBySubmission(feedback.lectureId, feedback.submissionId);
        if (!first) throw new StoreUnavailableError('ReplayNotVisible');
        return { responseId: first.responseId, replayed: true };
      },
    });
    return replay ?? { responseId: feedback.responseId, replayed: false };
  }

  async findBySubmission(lectureId: string, submissionId: string): Promise<StoredFeedback | undefined> {
    const { Item } = await guarded(() =>
      this.client.send(new GetCommand({ TableName: this.tableName, Key: keys.feedbackBySubmission(lectureId, submissionId), ConsistentRead: true })),
    );
    return Item ? toFeedback(Item) : undefined;
  }

  async list(lectureId: string, options: { limit?: number; cursor?: string } = {}): Promise<Page<StoredFeedback>> {
    const index = tableDefinition.byTimeIndex;
    const partition = keys.feedbackPartition(lectureId);
    const { Items = [], LastEvaluatedKey } = await guarded(() =>
      this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: index.name,
          KeyConditionExpression: '#pk = :pk',
          ExpressionAttributeNames: { '#pk': index.partitionKey },
          ExpressionAttributeValues: { ':pk': partition },
          Limit: pageSize(options.limit),
          ExclusiveStartKey: decodeCursor(options.cursor, ['pk', 'sk', index.partitionKey, index.sortKey], { [index.partitionKey]: partition }),
        }),
      ),
    );
    const cursor = encodeCursor(LastEvaluatedKey);
    return { items: Items.map(toFeedback), ...(cursor ? { cursor } : {}) };
  }

  async suggestions(lectureId: string, options: { limit?: number; cursor?: string } = {}): Promise<Page<Suggestion>> {
    const partition = keys.feedbackPartition(lectureId);
    const { Items = [], LastEvaluatedKey } = await guarded(() =>
      this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: { ':pk': partition, ':prefix': keys.suggestionsPrefix() },
          ScanIndexForward: false,
          Limit: pageSize(options.limit),
          ExclusiveStartKey: decodeCursor(options.cursor, ['pk', 'sk'], { pk: partition }),
        }),
      ),
    );
    const cursor = encodeCursor(LastEvaluatedKey);
    return {
      items: Items.map((item) => ({
        lectureId: item.lectureId as string,
        responseId: item.responseId as string,
        submittedAt: item.submittedAt as string,
        texts: item.texts as Record<string, string>,
      })),
      ...(cursor ? { cursor } : {}),
    };
  }
}

/** The stored item: keyed by submission (the idempotency guard) and indexed by arrival time. */
export function feedbackItem(feedback: StoredFeedback): Record<string, unknown> {
  return {
    ...keys.feedbackBySubmission(feedback.lectureId, feedback.submissionId),
    ...keys.feedbackByTime(feedback.lectureId, feedback.submittedAt, feedback.responseId),
    type: 'feedback',
    ...feedback,
  };
}

/** A response's text answers on their own item, so suggestions page without reading ratings. */
export function suggestionItem(feedback: StoredFeedback, texts: Record<string, string>): Record<string, unknown> {
  return {
    ...keys.suggestionsByTime(feedback.lectureId, feedback.submittedAt, feedback.responseId),
    type: 'suggestion',
    lectureId: feedback.lectureId,
    responseId: feedback.responseId,
    submittedAt: feedback.submittedAt,
    texts,
  };
}

function toFeedback(item: Record<string, unknown>): StoredFeedback {
  return {
    lectureId: item.lectureId as string,
    responseId: item.responseId as string,
    submissionId: item.submissionId as string,
    submittedAt: item.submittedAt as string,
    formVersion: item.formVersion as number,
    answers: item.answers as StoredFeedback['answers'],
  };
}
