// Essay calls (征文), essays and reviews in the table. The unit's and the expert's pages read single
// items only (the public list of calls, the call, the essay list, the expert's own scores, results):
// the respondent's policy allows GetItem and no Query. A review is written exactly once per expert
// and essay (its key is the guard) together with the expert's score list, in one transaction.
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import * as v from 'valibot';
import { StoreUnavailableError } from '../../errors.js';
import { callSummary, EssayCallSchema, EssayCallSummarySchema, EssaySchema, ReviewSchema, type Essay, type EssayCall, type EssayCallState, type EssayCallSummary, type Review } from '../../essays/essay-schema.js';
import type { EssayListing, EssayResult, EssayStore } from '../../essays/essay-store.js';
import { keys } from '../keys.js';
import { cancellationCodes, defaultRetry, TRANSIENT_CANCELLATIONS, type RetryPolicy, type TransactItems } from './exactly-once.js';
import { queryAll } from './query-all.js';
import { readItem } from './read-item.js';
import { guarded } from './sdk-errors.js';

const LISTING = 'e_';
const SCORE = 's_';
const EssayListingSchema = v.object({ themeId: v.string(), title: v.string() });
const EssayResultSchema = v.object({ essayId: v.string(), rank: v.number(), meanScore: v.string(), reviews: v.number(), comments: v.array(v.string()) });

function callItem(call: EssayCall) {
  return { ...keys.essayCall(call.id), type: 'essay-call', ...call };
}

function essayItem(essay: Essay) {
  return { ...keys.essayById(essay.callId, essay.id), type: 'essay', ...essay };
}

function reviewItem(review: Review) {
  return { ...keys.essayReview(review.callId, review.essayId, review.expertId), type: 'essay-review', ...review };
}

export class DynamoEssayRepository implements EssayStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly retry: RetryPolicy = defaultRetry,
  ) {}

  private async get(key: { pk: string; sk: string }, consistent = false): Promise<Record<string, unknown> | undefined> {
    const { Item } = await guarded(() => this.client.send(new GetCommand({ TableName: this.tableName, Key: key, ConsistentRead: consistent })));
    return Item;
  }

  /** A transaction retried on transient cancellations; the codes of a condition failure, or undefined when written. */
  private async transact(items: TransactItems): Promise<string[] | undefined> {
    for (let attempt = 1; ; attempt++) {
      try {
        await guarded(() => this.client.send(new TransactWriteCommand({ TransactItems: items })));
        return undefined;
      } catch (error) {
        if (!(error instanceof TransactionCanceledException)) throw error;
        const codes = cancellationCodes(error);
        if (codes.includes('ConditionalCheckFailed')) return codes;
        const transient = codes.find((code) => TRANSIENT_CANCELLATIONS.has(code));
        if (!transient) throw error;
        if (attempt >= this.retry.attempts) throw new StoreUnavailableError(transient, { cause: error });
        await this.retry.sleep(this.retry.baseDelayMs * 2 ** (attempt - 1) * (0.5 + Math.random()));
      }
    }
  }

  /** The public list's update for a call leaving draft: its summary, one attribute of one item. */
  private publicListUpdate(call: EssayCall) {
    return {
      TableName: this.tableName,
      Key: keys.publicEssayCalls(),
      UpdateExpression: 'SET #type = :type, #c = :c',
      ExpressionAttributeNames: { '#type': 'type', '#c': `c_${call.id}` },
      ExpressionAttributeValues: { ':type': 'essay-calls', ':c': callSummary(call) },
    };
  }

  async createCall(call: EssayCall): Promise<void> {
    await this.transact([
      { Put: { TableName: this.tableName, Item: callItem(call), ConditionExpression: 'attribute_not_exists(pk)' } },
      { Put: { TableName: this.tableName, Item: { ...keys.essayCallListing(call.id), type: 'essay-call-listing', callId: call.id, createdAt: call.createdAt } } },
    ]);
  }

  async getCall(callId: string): Promise<EssayCall | undefined> {
    const item = await this.get(keys.essayCall(callId), true);
    return item ? readItem(EssayCallSchema, item, 'essay-call') : undefined;
  }

  async listCalls(): Promise<EssayCall[]> {
    const listings = await queryAll(this.client, { TableName: this.tableName, KeyConditionExpression: 'pk = :pk AND begins_with(sk, :p)', ExpressionAttributeValues: { ':pk': keys.essayCallsPartition(), ':p': 'CALL#' } });
    const calls = await Promise.all(listings.map((l) => this.getCall(String(l.callId))));
    return calls.filter((c): c is EssayCall => c !== undefined).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  async publicCalls(): Promise<EssayCallSummary[]> {
    const item = (await this.get(keys.publicEssayCalls())) ?? {};
    return Object.entries(item)
      .filter(([name]) => name.startsWith('c_'))
      .map(([, value]) => readItem(EssayCallSummarySchema, value as Record<string, unknown>, 'essay-call-summary'))
      .sort((a, b) => b.deadline.localeCompare(a.deadline));
  }

  async moveCall(call: EssayCall, from: EssayCallState): Promise<boolean> {
    const codes = await this.transact([
      { Put: { TableName: this.tableName, Item: callItem(call), ConditionExpression: '#state = :from', ExpressionAttributeNames: { '#state': 'state' }, ExpressionAttributeValues: { ':from': from } } },
      { Update: this.publicListUpdate(call) },
    ]);
    return codes === undefined;
  }

  async essayOfUnit(callId: string, unitId: string): Promise<Essay | undefined> {
    const pointer = await this.get(keys.essayOfUnit(callId, unitId), true);
    if (!pointer || typeof pointer.essayId !== 'string') return undefined;
    return this.getEssay(callId, pointer.essayId);
  }

  async getEssay(callId: string, essayId: string): Promise<Essay | undefined> {
    const item = await this.get(keys.essayById(callId, essayId), true);
    return item ? readItem(EssaySchema, item, 'essay') : undefined;
  }

  async saveEssay(essay: Essay, previousVersion: number | undefined): Promise<boolean> {
    const listing = {
      TableName: this.tableName,
      Key: keys.essayListing(essay.callId),
      UpdateExpression: 'SET #type = :type, #e = :e',
      ExpressionAttributeNames: { '#type': 'type', '#e': `${LISTING}${essay.id}` },
      ExpressionAttributeValues: { ':type': 'essay-list', ':e': { themeId: essay.themeId, title: essay.title } },
    };
    const items: TransactItems =
      previousVersion === undefined
        ? [
            { Put: { TableName: this.tableName, Item: { ...keys.essayOfUnit(essay.callId, essay.unitId), type: 'essay-of-unit', essayId: essay.id }, ConditionExpression: 'attribute_not_exists(pk)' } },
            { Put: { TableName: this.tableName, Item: essayItem(essay), ConditionExpression: 'attribute_not_exists(pk)' } },
            { Update: listing },
          ]
        : [
            {
              Put: {
                TableName: this.tableName,
                Item: essayItem(essay),
                ConditionExpression: '#version = :previous AND #unit = :unit',
                ExpressionAttributeNames: { '#version': 'version', '#unit': 'unitId' },
                ExpressionAttributeValues: { ':previous': previousVersion, ':unit': essay.unitId },
              },
            },
            { Update: listing },
          ];
    return (await this.transact(items)) === undefined;
  }

  async essayList(callId: string): Promise<EssayListing[]> {
    const item = (await this.get(keys.essayListing(callId))) ?? {};
    return Object.entries(item)
      .filter(([name]) => name.startsWith(LISTING))
      .map(([name, value]) => ({ essayId: name.slice(LISTING.length), ...readItem(EssayListingSchema, value as Record<string, unknown>, 'essay-listing') }));
  }

  async essays(callId: string): Promise<Essay[]> {
    const items = await queryAll(this.client, { TableName: this.tableName, KeyConditionExpression: 'pk = :pk AND begins_with(sk, :p)', ExpressionAttributeValues: { ':pk': keys.essaysPartition(callId), ':p': keys.essayItemPrefix() }, ConsistentRead: true });
    return items.map((item) => readItem(EssaySchema, item, 'essay'));
  }

  async addReview(review: Review): Promise<'added' | Review> {
    const codes = await this.transact([
      { Put: { TableName: this.tableName, Item: reviewItem(review), ConditionExpression: 'attribute_not_exists(pk)' } },
      {
        Update: {
          TableName: this.tableName,
          Key: keys.essayReviewsOfExpert(review.callId, review.expertId),
          UpdateExpression: 'SET #type = :type, #s = :s',
          ExpressionAttributeNames: { '#type': 'type', '#s': `${SCORE}${review.essayId}` },
          ExpressionAttributeValues: { ':type': 'essay-reviews-of-expert', ':s': review.score },
        },
      },
    ]);
    if (codes === undefined) return 'added';
    const stored = await this.getReview(review.callId, review.essayId, review.expertId);
    if (!stored) throw new StoreUnavailableError('ReviewVanished');
    return stored;
  }

  async getReview(callId: string, essayId: string, expertId: string): Promise<Review | undefined> {
    const item = await this.get(keys.essayReview(callId, essayId, expertId), true);
    return item ? readItem(ReviewSchema, item, 'essay-review') : undefined;
  }

  async reviewedBy(callId: string, expertId: string): Promise<Map<string, number>> {
    const item = (await this.get(keys.essayReviewsOfExpert(callId, expertId), true)) ?? {};
    return new Map(Object.entries(item).flatMap(([name, value]) => (name.startsWith(SCORE) && typeof value === 'number' ? [[name.slice(SCORE.length), value] as const] : [])));
  }

  async reviews(callId: string): Promise<Review[]> {
    const items = await queryAll(this.client, { TableName: this.tableName, KeyConditionExpression: 'pk = :pk AND begins_with(sk, :p)', ExpressionAttributeValues: { ':pk': keys.essayReviewsPartition(callId), ':p': keys.essayReviewPrefix() }, ConsistentRead: true });
    return items.map((item) => readItem(ReviewSchema, item, 'essay-review'));
  }

  async putResults(callId: string, results: readonly EssayResult[]): Promise<void> {
    await guarded(() => this.client.send(new PutCommand({ TableName: this.tableName, Item: { ...keys.essayResults(callId), type: 'essay-results', results } })));
  }

  async results(callId: string): Promise<Map<string, EssayResult>> {
    const item = await this.get(keys.essayResults(callId));
    const results = item ? readItem(v.object({ results: v.array(EssayResultSchema) }), item, 'essay-results').results : [];
    return new Map(results.map((r) => [r.essayId, r]));
  }
}
