// An event's record (台账) in its own partition: items, a counts item that holds each kind to its limit
// (the item's Put and the count's conditional ADD in one transaction), and the summary.
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { PutCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import * as v from 'valibot';
import { RecordFullError } from '../../errors.js';
import { RecordItemSchema, type EventRecord, type RecordItem } from '../../records/record-schema.js';
import type { RecordRepository } from '../../records/record-store.js';
import { keys } from '../keys.js';
import { queryAll } from './query-all.js';
import { guarded } from './sdk-errors.js';

const COUNTERS = { photo: 'photos', file: 'files' } as const;

export class DynamoRecordRepository implements RecordRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(eventId: string): Promise<EventRecord> {
    const items = await queryAll(this.client, { TableName: this.tableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': keys.recordPartition(eventId) }, ConsistentRead: true });
    const record: EventRecord = { eventId, photos: [], files: [] };
    for (const item of items) {
      if (item.sk === 'SUMMARY' && typeof item.text === 'string' && typeof item.updatedAt === 'string') record.summary = { text: item.text, updatedAt: item.updatedAt };
      if (typeof item.sk === 'string' && item.sk.startsWith(keys.recordItemPrefix())) {
        const parsed = v.safeParse(RecordItemSchema, item);
        if (parsed.success) (parsed.output.kind === 'photo' ? record.photos : record.files).push(parsed.output);
      }
    }
    const byTime = (a: RecordItem, b: RecordItem) => a.addedAt.localeCompare(b.addedAt) || a.itemId.localeCompare(b.itemId);
    record.photos.sort(byTime);
    record.files.sort(byTime);
    return record;
  }

  async add(item: RecordItem, limit: number): Promise<void> {
    const counter = COUNTERS[item.kind];
    try {
      await guarded(() =>
        this.client.send(
          new TransactWriteCommand({
            TransactItems: [
              {
                Update: {
                  TableName: this.tableName,
                  Key: keys.recordCounts(item.eventId),
                  UpdateExpression: 'SET #type = :type ADD #n :one',
                  ConditionExpression: 'attribute_not_exists(#n) OR #n < :limit',
                  ExpressionAttributeNames: { '#type': 'type', '#n': counter },
                  ExpressionAttributeValues: { ':type': 'record-counts', ':one': 1, ':limit': limit },
                },
              },
              { Put: { TableName: this.tableName, Item: { ...keys.recordItem(item.eventId, item.itemId), type: 'record-item', ...item }, ConditionExpression: 'attribute_not_exists(pk)' } },
            ],
          }),
        ),
      );
    } catch (error) {
      if (error instanceof TransactionCanceledException && error.CancellationReasons?.[0]?.Code === 'ConditionalCheckFailed') throw new RecordFullError(item.eventId, item.kind, limit);
      throw error;
    }
  }

  async remove(eventId: string, itemId: string): Promise<RecordItem | undefined> {
    const record = await this.get(eventId);
    const item = [...record.photos, ...record.files].find((i) => i.itemId === itemId);
    if (!item) return undefined;
    try {
      await guarded(() =>
        this.client.send(
          new TransactWriteCommand({
            TransactItems: [
              { Delete: { TableName: this.tableName, Key: keys.recordItem(eventId, itemId), ConditionExpression: 'attribute_exists(pk)' } },
              { Update: { TableName: this.tableName, Key: keys.recordCounts(eventId), UpdateExpression: 'ADD #n :minus', ExpressionAttributeNames: { '#n': COUNTERS[item.kind] }, ExpressionAttributeValues: { ':minus': -1 } } },
            ],
          }),
        ),
      );
    } catch (error) {
      // Removed meanwhile by another request: it is gone either way.
      if (error instanceof TransactionCanceledException && error.CancellationReasons?.[0]?.Code === 'ConditionalCheckFailed') return undefined;
      throw error;
    }
    return item;
  }

  async setSummary(eventId: string, text: string, at: string): Promise<void> {
    await guarded(() => this.client.send(new PutCommand({ TableName: this.tableName, Item: { ...keys.recordSummary(eventId), type: 'record-summary', eventId, text, updatedAt: at } })));
  }

  async many(eventIds: readonly string[]): Promise<Map<string, EventRecord>> {
    const result = new Map<string, EventRecord>();
    for (let i = 0; i < eventIds.length; i += 16) {
      const records = await Promise.all(eventIds.slice(i, i + 16).map((id) => this.get(id)));
      for (const record of records) result.set(record.eventId, record);
    }
    return result;
  }
}
