// Responses and their counters, written together in one transaction, exactly once per submission.
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand, QueryCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { StoreUnavailableError } from '../../errors.js';
import type { CounterDeltas } from '../../report/counter-deltas.js';
import { keys } from '../keys.js';
import type { Page, ResponseRepository, StoredResponse, SubmitOutcome } from '../ports.js';
import { tableDefinition } from '../table-definition.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { guarded } from './sdk-errors.js';
import { counterUpdate } from './counter-update.js';

export interface RetryPolicy {
  /** Attempts for a transaction that lost a race on a counter item. */
  attempts: number;
  baseDelayMs: number;
  sleep: (ms: number) => Promise<void>;
}

const defaultRetry: RetryPolicy = {
  attempts: 8,
  baseDelayMs: 15,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

type CancellationCode = 'ConditionalCheckFailed' | 'TransactionConflict' | string;

function cancellationCodes(error: TransactionCanceledException): CancellationCode[] {
  return (error.CancellationReasons ?? []).map((r) => r.Code ?? 'None');
}

export class DynamoResponseRepository implements ResponseRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly retry: RetryPolicy = defaultRetry,
  ) {}

  async submit(response: StoredResponse, deltas: CounterDeltas): Promise<SubmitOutcome> {
    const command = this.submitCommand(response, deltas);
    for (let attempt = 1; ; attempt++) {
      try {
        await guarded(() => this.client.send(command));
        return { responseId: response.responseId, replayed: false };
      } catch (error) {
        if (!(error instanceof TransactionCanceledException)) throw error;
        const codes = cancellationCodes(error);
        if (codes[0] === 'ConditionalCheckFailed') return this.replayOf(response);
        if (!codes.includes('TransactionConflict')) throw error;
        // Another submission is updating the same unit's counters: back off and try again.
        if (attempt >= this.retry.attempts) throw new StoreUnavailableError('TransactionConflict', { cause: error });
        await this.retry.sleep(this.retry.baseDelayMs * 2 ** (attempt - 1) * (0.5 + Math.random()));
      }
    }
  }

  private submitCommand(response: StoredResponse, deltas: CounterDeltas): TransactWriteCommand {
    const update = counterUpdate(deltas, {
      unitId: response.unitId,
      front: response.front,
      lastResponseAt: response.submittedAt,
    });
    return new TransactWriteCommand({
      TransactItems: [
        {
          Put: {
            TableName: this.tableName,
            Item: {
              ...keys.responseBySubmission(response.surveyId, response.submissionId),
              ...keys.responsesByTime(response.surveyId, response.submittedAt, response.responseId),
              type: 'response',
              ...response,
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        {
          Update: {
            TableName: this.tableName,
            Key: keys.countersBySurveyUnit(response.surveyId, response.unitId),
            ...update,
          },
        },
      ],
    });
  }

  private async replayOf(response: StoredResponse): Promise<SubmitOutcome> {
    const first = await this.findBySubmission(response.surveyId, response.submissionId);
    if (!first) throw new StoreUnavailableError('ReplayNotVisible');
    return { responseId: first.responseId, replayed: true };
  }

  async findBySubmission(surveyId: string, submissionId: string): Promise<StoredResponse | undefined> {
    const { Item } = await guarded(() =>
      this.client.send(
        new GetCommand({
          TableName: this.tableName,
          Key: keys.responseBySubmission(surveyId, submissionId),
          ConsistentRead: true,
        }),
      ),
    );
    return Item ? toResponse(Item) : undefined;
  }

  async list(surveyId: string, options: { limit?: number; cursor?: string } = {}): Promise<Page<StoredResponse>> {
    const index = tableDefinition.byTimeIndex;
    const { Items = [], LastEvaluatedKey } = await guarded(() =>
      this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: index.name,
          KeyConditionExpression: '#pk = :pk',
          ExpressionAttributeNames: { '#pk': index.partitionKey },
          ExpressionAttributeValues: { ':pk': keys.responsesPartition(surveyId) },
          Limit: Math.min(Math.max(options.limit ?? 500, 1), 1000),
          ExclusiveStartKey: decodeCursor(options.cursor, ['pk', 'sk', index.partitionKey, index.sortKey]),
        }),
      ),
    );
    const cursor = encodeCursor(LastEvaluatedKey);
    return cursor ? { items: Items.map(toResponse), cursor } : { items: Items.map(toResponse) };
  }
}

function toResponse(item: Record<string, unknown>): StoredResponse {
  const response: StoredResponse = {
    surveyId: item.surveyId as string,
    responseId: item.responseId as string,
    submissionId: item.submissionId as string,
    submittedAt: item.submittedAt as string,
    unitId: item.unitId as string,
    answers: item.answers as StoredResponse['answers'],
  };
  if (typeof item.front === 'string') response.front = item.front;
  return response;
}
