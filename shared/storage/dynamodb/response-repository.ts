// Responses and their counters, written together in one transaction, exactly once per submission.
import type { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { AccessCodeError, SurveyFullError } from '../../errors.js';
import { NO_UNIT, type CounterDeltas } from '../../survey/counter-deltas.js';
import { keys } from '../keys.js';
import type { InvalidMark, ResponseListOptions, ResponseRepository, StoredResponse, SubmitGuard, SubmitOutcome } from '../../responses/response-store.js';
import type { Page } from '../../kernel/page.js';
import { tableDefinition } from '../table-definition.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { guarded } from './sdk-errors.js';
import { readResponse, responseItem } from './response-item.js';
import { defaultRetry, writeExactlyOnce, type RetryPolicy, type TransactItems } from './exactly-once.js';
import { countingShard, writeCountedSubmission, type CounterTarget } from './counted-submission.js';
import { counterUpdate, surveyCounterFacts } from './counter-update.js';
import { quotaAllowance, quotaShardCount } from './quota-shards.js';
import { COUNTER_WRITE_SHARDS, writeShardOf } from './write-shards.js';

/** Where each guard's item sits in the transaction, so a cancellation can be read back. */
interface GuardPositions {
  accessCode?: number;
  quota?: number;
}

/** Why the access code's condition failed, from the old item DynamoDB returned with the cancellation. */
function accessCodeProblem(error: TransactionCanceledException, index: number): AccessCodeError {
  const item = error.CancellationReasons?.[index]?.Item;
  if (!item) return new AccessCodeError('unknown');
  return new AccessCodeError('usedAt' in item ? 'used' : 'wrong_unit');
}

/** The quota shard after `shard` that this submission has not found full (there is one while any is open). */
function nextOpenShard(shard: number, shards: number, full: ReadonlySet<number>): number {
  for (let step = 1; step <= shards; step++) {
    const next = (shard + step) % shards;
    if (!full.has(next)) return next;
  }
  return shard;
}

/** A quota shard refused the submission: the caller looks for a shard with room (internal to this module). */
class QuotaShardFull extends Error {
  override name = 'QuotaShardFull';
}

export class DynamoResponseRepository implements ResponseRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly retry: RetryPolicy = defaultRetry,
    /** Write shards per unit; 1 is the old one-item layout (kept for the burst benchmark's comparison). */
    private readonly counterShards: number = COUNTER_WRITE_SHARDS,
  ) {}

  async submit(response: StoredResponse, deltas: CounterDeltas, guard: SubmitGuard = {}): Promise<SubmitOutcome> {
    const limit = guard.responseLimit;
    const quotaShards = limit === undefined ? 1 : quotaShardCount(limit);
    // Quota shards this submission knows to be full: counts never go down, so once every shard is
    // full, every place is taken and the survey is full.
    const full = new Set<number>();
    let quotaShard = writeShardOf(response.submissionId, quotaShards);
    for (;;) {
      try {
        return await this.writeSubmission(response, deltas, guard, () => quotaShard, () => (quotaShard = nextOpenShard(quotaShard, quotaShards, full)));
      } catch (error) {
        if (!(error instanceof QuotaShardFull) || limit === undefined) throw error;
        // One full shard: read every shard's count (a stale read shows fewer, never more) so the
        // submission skips those already full instead of queueing on them; when all are, the survey is
        // full at once, with no transaction more. A replay still gets its first answer.
        full.add(quotaShard);
        for (const shard of await this.fullQuotaShards(response.surveyId, limit, quotaShards)) full.add(shard);
        if (full.size >= quotaShards) {
          const first = await this.findBySubmission(response.surveyId, response.submissionId);
          if (first) return { responseId: first.responseId, replayed: true };
          throw new SurveyFullError(response.surveyId);
        }
        quotaShard = nextOpenShard(quotaShard, quotaShards, full);
      }
    }
  }

  /** One counted write (counted-submission.ts); a retry after a conflict also moves to the next open quota shard. */
  private async writeSubmission(response: StoredResponse, deltas: CounterDeltas, guard: SubmitGuard, quotaShard: () => number, moveQuota: () => void): Promise<SubmitOutcome> {
    let positions: GuardPositions = {};
    return writeCountedSubmission(
      { client: this.client, tableName: this.tableName, retry: this.retry },
      {
        record: responseItem(response),
        submissionId: response.submissionId,
        responseId: response.responseId,
        target: this.counterTarget(response, response.submittedAt),
        deltas,
        more: (first, attempt) => {
          if (attempt > 1) moveQuota();
          const built = this.guardItems(response, guard, quotaShard(), first);
          positions = built.positions;
          return built.items;
        },
      },
      () => this.findBySubmission(response.surveyId, response.submissionId),
      (codes, error) => {
        if (positions.accessCode !== undefined && codes[positions.accessCode] === 'ConditionalCheckFailed') return accessCodeProblem(error, positions.accessCode);
        if (positions.quota !== undefined && codes[positions.quota] === 'ConditionalCheckFailed') return new QuotaShardFull();
        return undefined;
      },
    );
  }

  /** A response's unit counters: one item per write shard, carrying the unit (and, for a new response, its arrival). */
  private counterTarget(response: StoredResponse, lastResponseAt?: string): CounterTarget {
    return {
      key: (shard) => keys.countersBySurveyUnit(response.surveyId, response.unitId, shard),
      shards: this.counterShards,
      set: surveyCounterFacts({ unitId: response.unitId, ...(response.front ? { front: response.front } : {}), ...(lastResponseAt !== undefined ? { lastResponseAt } : {}) }),
    };
  }

  /** The quota shards whose count has reached their share of `limit` (eventually consistent reads). */
  private async fullQuotaShards(surveyId: string, limit: number, shards: number): Promise<number[]> {
    const counts = await Promise.all(
      Array.from({ length: shards }, async (_, shard) => {
        const { Item } = await guarded(() => this.client.send(new GetCommand({ TableName: this.tableName, Key: keys.surveyQuota(surveyId, shard) })));
        return typeof Item?.count === 'number' ? Item.count : 0;
      }),
    );
    return counts.flatMap((count, shard) => (count >= quotaAllowance(limit, shard) ? [shard] : []));
  }

  async markInvalid(response: StoredResponse, mark: InvalidMark, deltas: CounterDeltas): Promise<boolean> {
    return this.changeValidity(response, deltas, {
      UpdateExpression: 'SET #invalid = :mark',
      ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(#invalid)',
      ExpressionAttributeNames: { '#invalid': 'invalid' },
      ExpressionAttributeValues: { ':mark': { reason: mark.reason, at: mark.at, by: mark.by } },
    });
  }

  async markValid(response: StoredResponse, deltas: CounterDeltas): Promise<boolean> {
    return this.changeValidity(response, deltas, {
      UpdateExpression: 'REMOVE #invalid',
      ConditionExpression: 'attribute_exists(#invalid)',
      ExpressionAttributeNames: { '#invalid': 'invalid' },
    });
  }

  /** The flag and the counters change together or not at all; a failed flag condition means "already so". */
  private async changeValidity(
    response: StoredResponse,
    deltas: CounterDeltas,
    flag: { UpdateExpression: string; ConditionExpression: string; ExpressionAttributeNames: Record<string, string>; ExpressionAttributeValues?: Record<string, unknown> },
  ): Promise<boolean> {
    // The negated deltas go to a write shard chosen like a submission's, so a burst of changes never
    // piles onto one item; readers sum every item of a unit, so any shard keeps the totals exact.
    const target = this.counterTarget(response);
    const items = (attempt: number): TransactItems => [
      { Update: { TableName: this.tableName, Key: keys.responseBySubmission(response.surveyId, response.submissionId), ...flag } },
      { Update: { TableName: this.tableName, Key: target.key(countingShard(response.submissionId, target.shards, attempt)), ...counterUpdate(deltas, target.set) } },
    ];
    // The flag's condition is the transaction's first item: its failure reads as a replay, here "already so".
    const unchanged = await writeExactlyOnce(this.client, items, this.retry, { replay: async () => ({ responseId: response.responseId, replayed: true }) });
    return unchanged === undefined;
  }

  async findById(surveyId: string, responseId: string): Promise<StoredResponse | undefined> {
    const [found] = await this.indexLookup(surveyId, '#id = :id', responseId, 1);
    return found;
  }

  async findByIdPrefix(surveyId: string, prefix: string, limit: number): Promise<StoredResponse[]> {
    return this.indexLookup(surveyId, 'begins_with(#id, :id)', prefix, limit);
  }

  /** The index holds keys only (and lags the table a moment): each hit is read back from the table, consistently. */
  private async indexLookup(surveyId: string, condition: string, id: string, limit: number): Promise<StoredResponse[]> {
    const index = tableDefinition.byResponseIdIndex;
    const key = keys.responsesById(surveyId, id);
    const { Items = [] } = await guarded(() =>
      this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: index.name,
          KeyConditionExpression: `#survey = :survey AND ${condition}`,
          ExpressionAttributeNames: { '#survey': index.partitionKey, '#id': index.sortKey },
          ExpressionAttributeValues: { ':survey': key.surveyId, ':id': key.responseId },
          Limit: limit,
        }),
      ),
    );
    const responsesPk = keys.responsesPartition(surveyId);
    const found = await Promise.all(
      Items.filter((item) => item.pk === responsesPk && typeof item.sk === 'string').map(async (item) => {
        const { Item } = await guarded(() => this.client.send(new GetCommand({ TableName: this.tableName, Key: { pk: item.pk, sk: item.sk }, ConsistentRead: true })));
        return Item ? readResponse(Item) : undefined;
      }),
    );
    return found.filter((r): r is StoredResponse => r !== undefined);
  }

  /** The access code and response-limit guards, placed from position `first` on. */
  private guardItems(response: StoredResponse, guard: SubmitGuard, quotaShard: number, first: number): { items: TransactItems; positions: GuardPositions } {
    const items: TransactItems = [];
    const positions: GuardPositions = {};
    if (guard.accessCode !== undefined) {
      positions.accessCode = first + items.length;
      items.push({ Update: this.useAccessCode(response, guard.accessCode) });
    }
    if (guard.responseLimit !== undefined) {
      positions.quota = first + items.length;
      items.push({
        Update: {
          TableName: this.tableName,
          Key: keys.surveyQuota(response.surveyId, quotaShard),
          UpdateExpression: 'SET #type = :type ADD #count :one',
          // The shard's share of the limit (quota-shards.ts): the shares add up to the limit.
          ConditionExpression: '(attribute_not_exists(#count) AND :one <= :allowance) OR #count < :allowance',
          ExpressionAttributeNames: { '#type': 'type', '#count': 'count' },
          ExpressionAttributeValues: { ':type': 'survey-quota', ':one': 1, ':allowance': quotaAllowance(guard.responseLimit, quotaShard) },
        },
      });
    }
    return { items, positions };
  }

  /** Marks the code used; it must exist, be unused and (when the response names a unit) belong to that unit. */
  private useAccessCode(response: StoredResponse, code: string) {
    const unitCheck = response.unitId === NO_UNIT ? '' : ' AND unitId = :unit';
    return {
      TableName: this.tableName,
      Key: keys.accessCode(response.surveyId, code),
      UpdateExpression: 'SET usedAt = :at, submissionId = :submission',
      ConditionExpression: `attribute_exists(pk) AND attribute_not_exists(usedAt)${unitCheck}`,
      ExpressionAttributeValues: {
        ':at': response.submittedAt,
        ':submission': response.submissionId,
        ...(unitCheck ? { ':unit': response.unitId } : {}),
      },
      ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const,
    };
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
    return Item ? readResponse(Item) : undefined;
  }

  async list(surveyId: string, options: ResponseListOptions = {}): Promise<Page<StoredResponse>> {
    const index = tableDefinition.byTimeIndex;
    const range = timeRange(options);
    const names: Record<string, string> = { '#pk': index.partitionKey, ...(range.condition ? { '#sk': index.sortKey } : {}) };
    const values: Record<string, unknown> = { ':pk': keys.responsesPartition(surveyId), ...range.values };
    let filter: string | undefined;
    if (options.unitId !== undefined) {
      names['#unit'] = 'unitId';
      values[':unit'] = options.unitId;
      filter = '#unit = :unit';
    }
    const { Items = [], LastEvaluatedKey } = await guarded(() =>
      this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: index.name,
          KeyConditionExpression: `#pk = :pk${range.condition}`,
          ...(filter ? { FilterExpression: filter } : {}),
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
          Limit: Math.min(Math.max(options.limit ?? 500, 1), 1000),
          ScanIndexForward: options.newestFirst !== true,
          ExclusiveStartKey: decodeCursor(options.cursor, ['pk', 'sk', index.partitionKey, index.sortKey], { [index.partitionKey]: keys.responsesPartition(surveyId) }),
        }),
      ),
    );
    const cursor = encodeCursor(LastEvaluatedKey);
    return cursor ? { items: Items.map(readResponse), cursor } : { items: Items.map(readResponse) };
  }
}

/**
 * The index sorts by `<submittedAt>#<responseId>`, so an instant bounds it directly: every key at or
 * after `from` is >= it, and every key at `to` sorts after the bare instant, so `to` is exclusive.
 */
function timeRange({ from, to }: ResponseListOptions): { condition: string; values: Record<string, string> } {
  if (from !== undefined && to !== undefined) return { condition: ' AND #sk BETWEEN :from AND :to', values: { ':from': from, ':to': to } };
  if (from !== undefined) return { condition: ' AND #sk >= :from', values: { ':from': from } };
  if (to !== undefined) return { condition: ' AND #sk < :to', values: { ':to': to } };
  return { condition: '', values: {} };
}
