// Lecture feedback, its suggestions and its lecture's counters, written together exactly once per
// submission: the same transaction as survey responses (see exactly-once.ts).
import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { AlreadyAnsweredError, StoreUnavailableError } from '../../errors.js';
import type { CounterDeltas } from '../../survey/counter-deltas.js';
import { keys } from '../keys.js';
import type { FeedbackRepository, RepeatFeedback, ReplacedFeedback, StoredFeedback, Suggestion } from '../../lectures/lecture-store.js';
import type { Page } from '../../kernel/page.js';
import type { SubmitOutcome } from '../../responses/response-store.js';
import { writeCountedSubmission } from './counted-submission.js';
import { defaultRetry, type RetryPolicy, type TransactItems } from './exactly-once.js';
import { LECTURE_COUNTER_SHARDS } from './lecture-counter-shards.js';
import { partitionQuery, queryPage } from './query-all.js';
import { guarded } from './sdk-errors.js';
import { feedbackDeviceItem, readFeedbackDevice } from './feedback-device-item.js';
import { feedbackItem, readFeedback } from './feedback-item.js';
import { readSuggestion, suggestionItem } from './suggestion-item.js';

const pageSize = (limit: number | undefined) => Math.min(Math.max(limit ?? 100, 1), 1000);

export class DynamoFeedbackRepository implements FeedbackRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly retry: RetryPolicy = defaultRetry,
  ) {}

  async submit(feedback: StoredFeedback, deltas: CounterDeltas, suggestions: Record<string, string>, device?: { repeat: RepeatFeedback; replacing?: ReplacedFeedback }): Promise<SubmitOutcome> {
    const { lectureId } = feedback;
    const replacing = device?.repeat === 'replace' ? device.replacing : undefined;
    let deviceAt = -1;
    return writeCountedSubmission(
      { client: this.client, tableName: this.tableName, retry: this.retry },
      {
        record: feedbackItem(feedback),
        submissionId: feedback.submissionId,
        responseId: feedback.responseId,
        target: { key: (shard) => keys.lectureCounterShard(lectureId, shard), shards: LECTURE_COUNTER_SHARDS },
        deltas,
        // A replacement takes its predecessor's counts out in the same transaction.
        ...(replacing ? { takeBack: { submissionId: replacing.feedback.submissionId, deltas: replacing.deltas } } : {}),
        more: (first) => {
          const items: TransactItems = [];
          if (Object.keys(suggestions).length > 0) items.push({ Put: { TableName: this.tableName, Item: suggestionItem(feedback, suggestions) } });
          if (device && feedback.deviceId) {
            deviceAt = first + items.length;
            items.push(...this.deviceItems(feedback, feedback.deviceId, replacing));
          }
          return items;
        },
      },
      () => this.findBySubmission(lectureId, feedback.submissionId),
      // The phone's feedback is there already (refuse), or changed since it was read (replace: the phone sends again).
      (codes) => {
        if (deviceAt >= 0 && codes.slice(deviceAt).includes('ConditionalCheckFailed')) return replacing ? new StoreUnavailableError('FeedbackReplacedMeanwhile') : new AlreadyAnsweredError(lectureId);
        return undefined;
      },
    );
  }

  /** One feedback per phone: the phone's record and, when replacing, the earlier feedback marked and its suggestions gone. */
  private deviceItems(feedback: StoredFeedback, deviceId: string, replacing: ReplacedFeedback | undefined): TransactItems {
    const { lectureId } = feedback;
    const items: TransactItems = [
      {
        Put: {
          TableName: this.tableName,
          Item: feedbackDeviceItem(lectureId, deviceId, feedback.submissionId),
          // One per phone: the first, or (replacing) still the one this replacement read.
          ConditionExpression: replacing ? 'submissionId = :previous' : 'attribute_not_exists(pk)',
          ...(replacing ? { ExpressionAttributeValues: { ':previous': replacing.feedback.submissionId } } : {}),
        },
      },
    ];
    if (replacing) {
      const old = replacing.feedback;
      items.push(
        {
          Update: {
            TableName: this.tableName,
            Key: keys.feedbackBySubmission(lectureId, old.submissionId),
            UpdateExpression: 'SET replacedBy = :by',
            ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(replacedBy)',
            ExpressionAttributeValues: { ':by': feedback.submissionId },
          },
        },
        // Its suggestions go with it (a Delete of an item that is not there is fine).
        { Delete: { TableName: this.tableName, Key: keys.suggestionsByTime(lectureId, old.submittedAt, old.responseId) } },
      );
    }
    return items;
  }

  async byDevice(lectureId: string, deviceId: string): Promise<string | undefined> {
    const { Item } = await guarded(() => this.client.send(new GetCommand({ TableName: this.tableName, Key: keys.feedbackByDevice(lectureId, deviceId), ConsistentRead: true })));
    return Item ? readFeedbackDevice(Item) : undefined;
  }

  async findBySubmission(lectureId: string, submissionId: string): Promise<StoredFeedback | undefined> {
    const { Item } = await guarded(() =>
      this.client.send(new GetCommand({ TableName: this.tableName, Key: keys.feedbackBySubmission(lectureId, submissionId), ConsistentRead: true })),
    );
    return Item ? readFeedback(Item) : undefined;
  }

  async list(lectureId: string, options: { limit?: number; cursor?: string } = {}): Promise<Page<StoredFeedback>> {
    const partition = keys.feedbackPartition(lectureId);
    const page = await queryPage(this.client, partitionQuery(this.tableName, partition, { byTime: true }), partition, { limit: pageSize(options.limit), cursor: options.cursor });
    return { ...page, items: page.items.map(readFeedback) };
  }

  async suggestions(lectureId: string, options: { limit?: number; cursor?: string } = {}): Promise<Page<Suggestion>> {
    const partition = keys.feedbackPartition(lectureId);
    const query = { TableName: this.tableName, KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)', ExpressionAttributeValues: { ':pk': partition, ':prefix': keys.suggestionsPrefix() }, ScanIndexForward: false };
    const page = await queryPage(this.client, query, partition, { limit: pageSize(options.limit), cursor: options.cursor });
    return { ...page, items: page.items.map(readSuggestion) };
  }
}
