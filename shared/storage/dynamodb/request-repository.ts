// Menu requests: every version kept, the latest current, exactly once per submission id. Like a
// response, the version write and the current-request write are one transaction whose cancellation
// reasons are read back by position: [0] the submission already stored (a replay), [1] another version came first.
import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand, TransactWriteCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import * as v from 'valibot';
import { RecordNotFoundError, StoreUnavailableError } from '../../errors.js';
import { CurrentRequestSchema, RequestVersionSchema, type CurrentRequest, type RequestStatus, type RequestVersion } from '../../programme/request-schema.js';
import { keys } from '../keys.js';
import type { RequestRepository, RequestSubmitOutcome } from '../../programme/request-store.js';
import type { ReadObserver } from './counter-repository.js';
import { partitionQuery, queryAll, queryPages } from './query-all.js';
import { cancellationCodes, defaultRetry, TRANSIENT_CANCELLATIONS, type RetryPolicy } from './exactly-once.js';
import { guarded } from './sdk-errors.js';

const VERSION_POSITION = 0;
const CURRENT_POSITION = 1;

export class DynamoRequestRepository implements RequestRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly retry: RetryPolicy = defaultRetry,
    private readonly observer?: ReadObserver,
  ) {}

  async current(menuId: string, unitId: string): Promise<CurrentRequest | undefined> {
    const { Item } = await guarded(() =>
      this.client.send(new GetCommand({ TableName: this.tableName, Key: keys.currentRequest(menuId, unitId), ConsistentRead: true })),
    );
    return Item ? v.parse(CurrentRequestSchema, Item.request) : undefined;
  }

  async listCurrent(menuId: string): Promise<CurrentRequest[]> {
    const result: CurrentRequest[] = [];
    for await (const items of queryPages(this.client, partitionQuery(this.tableName, keys.currentRequestsPartition(menuId)))) {
      this.observer?.itemsRead(items.length);
      for (const item of items) result.push(v.parse(CurrentRequestSchema, item.request));
    }
    return result;
  }

  async findBySubmission(menuId: string, submissionId: string): Promise<RequestVersion | undefined> {
    const { Item } = await guarded(() =>
      this.client.send(new GetCommand({ TableName: this.tableName, Key: keys.requestVersionBySubmission(menuId, submissionId), ConsistentRead: true })),
    );
    return Item ? v.parse(RequestVersionSchema, Item.request) : undefined;
  }

  async submit(version: RequestVersion, seen: Pick<CurrentRequest, 'version' | 'status'> | undefined): Promise<RequestSubmitOutcome> {
    const current: CurrentRequest = { ...version, status: 'submitted' };
    const command = new TransactWriteCommand({
      TransactItems: [
        {
          Put: {
            TableName: this.tableName,
            Item: {
              ...keys.requestVersionBySubmission(version.menuId, version.submissionId),
              ...keys.requestVersionsOfUnit(version.menuId, version.unitId, version.version),
              type: 'request-version',
              request: version,
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        {
          Put: {
            TableName: this.tableName,
            Item: { ...keys.currentRequest(version.menuId, version.unitId), type: 'request', version: version.version, status: current.status, request: current },
            // Optimistic: the version and status the caller read must still be the current ones, so an
            // organizer's decision or another phone's version in between is never silently overwritten.
            ...(seen
              ? {
                  ConditionExpression: '#version = :version AND #status = :status',
                  ExpressionAttributeNames: { '#version': 'version', '#status': 'status' },
                  ExpressionAttributeValues: { ':version': seen.version, ':status': seen.status },
                }
              : { ConditionExpression: 'attribute_not_exists(pk)' }),
          },
        },
      ],
    });
    for (let attempt = 1; ; attempt++) {
      try {
        await guarded(() => this.client.send(command));
        return { requestId: version.requestId, version: version.version, replayed: false };
      } catch (error) {
        if (!(error instanceof TransactionCanceledException)) throw error;
        const codes = cancellationCodes(error);
        if (codes[VERSION_POSITION] === 'ConditionalCheckFailed') {
          const first = await this.findBySubmission(version.menuId, version.submissionId);
          if (!first) throw new StoreUnavailableError('ReplayNotVisible');
          return { requestId: first.requestId, version: first.version, replayed: true };
        }
        if (codes[CURRENT_POSITION] === 'ConditionalCheckFailed') return { raced: true };
        const transient = codes.find((code) => TRANSIENT_CANCELLATIONS.has(code));
        if (!transient) throw error;
        if (attempt >= this.retry.attempts) throw new StoreUnavailableError(transient, { cause: error });
        await this.retry.sleep(this.retry.baseDelayMs * 2 ** (attempt - 1) * (0.5 + Math.random()));
      }
    }
  }

  async versions(menuId: string, unitId: string): Promise<RequestVersion[]> {
    const items = await queryAll(this.client, partitionQuery(this.tableName, keys.requestVersionsOfUnitPartition(menuId, unitId), { byTime: true }));
    return items.map((item) => v.parse(RequestVersionSchema, item.request));
  }

  async setStatus(menuId: string, unitId: string, change: { status: RequestStatus; reason?: string; at: string }): Promise<CurrentRequest> {
    const names: Record<string, string> = { '#status': 'status', '#request': 'request', '#rs': 'status', '#ra': 'statusAt', '#rr': 'statusReason' };
    const values: Record<string, unknown> = { ':status': change.status, ':at': change.at };
    let update = 'SET #status = :status, #request.#rs = :status, #request.#ra = :at';
    if (change.reason !== undefined) {
      values[':reason'] = change.reason;
      update += ', #request.#rr = :reason';
    } else update += ' REMOVE #request.#rr';
    try {
      const { Attributes } = await guarded(() =>
        this.client.send(
          new UpdateCommand({
            TableName: this.tableName,
            Key: keys.currentRequest(menuId, unitId),
            UpdateExpression: update,
            ConditionExpression: 'attribute_exists(pk)',
            ExpressionAttributeNames: names,
            ExpressionAttributeValues: values,
            ReturnValues: 'ALL_NEW',
          }),
        ),
      );
      return v.parse(CurrentRequestSchema, Attributes?.request);
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) throw new RecordNotFoundError('request', `${menuId}~${unitId}`);
      throw error;
    }
  }
}

/** Exported for the benchmark's bulk loader: the items one stored request consists of. */
export function requestItems(version: RequestVersion): Record<string, unknown>[] {
  return [
    { ...keys.requestVersionBySubmission(version.menuId, version.submissionId), ...keys.requestVersionsOfUnit(version.menuId, version.unitId, version.version), type: 'request-version', request: version },
    { ...keys.currentRequest(version.menuId, version.unitId), type: 'request', version: version.version, status: 'submitted', request: { ...version, status: 'submitted' } },
  ];
}

