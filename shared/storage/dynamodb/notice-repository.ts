// Notices (通知): one item each, listed newest first on the time index; a lease attribute pair so one
// sender sends a notice at a time; and one small item per robot holding its next free sending slot.
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import * as v from 'valibot';
import { NoticeSchema, type Notice, type NoticeStatus } from '../../notices/notice-schema.js';
import type { NoticeStore } from '../../notices/notice-store.js';
import { keys } from '../keys.js';
import type { Page } from '../../kernel/page.js';
import { tableDefinition } from '../table-definition.js';
import { queryAll, queryPage } from './query-all.js';
import { guarded } from './sdk-errors.js';

/** The item of a notice: its keys, its index keys, and the notice (the lease attributes live beside it). */
function noticeItem(notice: Notice): Record<string, unknown> {
  return { ...keys.noticeById(notice.id), ...keys.noticesByTime(notice.createdAt, notice.id), type: 'notice', notice };
}

/** An item that no longer reads is left out rather than taking a page down. */
function toNotice(item: Record<string, unknown> | undefined): Notice | undefined {
  const parsed = v.safeParse(NoticeSchema, item?.notice);
  return parsed.success ? parsed.output : undefined;
}

export class DynamoNoticeRepository implements NoticeStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async create(notice: Notice): Promise<boolean> {
    try {
      await guarded(() => this.client.send(new PutCommand({ TableName: this.tableName, Item: noticeItem(notice), ConditionExpression: 'attribute_not_exists(pk)' })));
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  async get(noticeId: string): Promise<Notice | undefined> {
    const { Item } = await guarded(() => this.client.send(new GetCommand({ TableName: this.tableName, Key: keys.noticeById(noticeId), ConsistentRead: true })));
    return toNotice(Item);
  }

  private byTime(extra: Record<string, unknown> = {}) {
    const index = tableDefinition.byTimeIndex;
    return {
      TableName: this.tableName,
      IndexName: index.name,
      KeyConditionExpression: '#pk = :pk',
      ExpressionAttributeNames: { '#pk': index.partitionKey },
      ExpressionAttributeValues: { ':pk': keys.noticesByTimePartition() },
      ScanIndexForward: false,
      ...extra,
    };
  }

  async list(options: { limit?: number; cursor?: string } = {}): Promise<Page<Notice>> {
    const page = await queryPage(this.client, this.byTime(), keys.noticesByTimePartition(), { limit: Math.min(Math.max(options.limit ?? 50, 1), 200), cursor: options.cursor });
    return { ...page, items: page.items.flatMap((item) => toNotice(item) ?? []) };
  }

  async since(since: string): Promise<Notice[]> {
    const index = tableDefinition.byTimeIndex;
    const items = await queryAll(this.client, {
      ...this.byTime(),
      KeyConditionExpression: '#pk = :pk AND #sk >= :since',
      ExpressionAttributeNames: { '#pk': index.partitionKey, '#sk': index.sortKey },
      ExpressionAttributeValues: { ':pk': keys.noticesByTimePartition(), ':since': since },
    });
    return items.flatMap((item) => toNotice(item) ?? []);
  }

  async claim(noticeId: string, holder: string, now: Date, until: Date): Promise<Notice | undefined> {
    try {
      const { Attributes } = await guarded(() =>
        this.client.send(
          new UpdateCommand({
            TableName: this.tableName,
            Key: keys.noticeById(noticeId),
            UpdateExpression: 'SET leaseHolder = :holder, leaseUntil = :until',
            ConditionExpression: 'attribute_exists(pk) AND #notice.#status <> :sent AND (attribute_not_exists(leaseUntil) OR leaseUntil < :now)',
            ExpressionAttributeNames: { '#notice': 'notice', '#status': 'status' },
            ExpressionAttributeValues: { ':holder': holder, ':until': until.toISOString(), ':now': now.toISOString(), ':sent': 'sent' },
            ReturnValues: 'ALL_NEW',
          }),
        ),
      );
      return toNotice(Attributes);
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return undefined;
      throw error;
    }
  }

  async release(notice: Notice, holder: string): Promise<void> {
    try {
      // The whole notice written back, the lease gone with the attributes the Put leaves out.
      await guarded(() =>
        this.client.send(new PutCommand({ TableName: this.tableName, Item: noticeItem(notice), ConditionExpression: 'leaseHolder = :holder', ExpressionAttributeValues: { ':holder': holder } })),
      );
    } catch (error) {
      // The lease ran out and another sender took the notice: its round's outcome stands.
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }

  async reopen(noticeId: string, status: NoticeStatus, nextAttemptAt: string): Promise<Notice | undefined> {
    try {
      const { Attributes } = await guarded(() =>
        this.client.send(
          new UpdateCommand({
            TableName: this.tableName,
            Key: keys.noticeById(noticeId),
            UpdateExpression: 'SET #notice.#status = :status, #notice.#next = :next',
            ConditionExpression: 'attribute_exists(pk)',
            ExpressionAttributeNames: { '#notice': 'notice', '#status': 'status', '#next': 'nextAttemptAt' },
            ExpressionAttributeValues: { ':status': status, ':next': nextAttemptAt },
            ReturnValues: 'ALL_NEW',
          }),
        ),
      );
      return toNotice(Attributes);
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return undefined;
      throw error;
    }
  }

  async reserveSlot(channelId: string, now: Date, spacingMs: number): Promise<Date> {
    const key = keys.noticeRate(channelId);
    // A robot that is free now: take now, and its next slot is one spacing on.
    try {
      await guarded(() =>
        this.client.send(
          new UpdateCommand({
            TableName: this.tableName,
            Key: key,
            UpdateExpression: 'SET #type = :type, nextAt = :next',
            ConditionExpression: 'attribute_not_exists(nextAt) OR nextAt <= :now',
            ExpressionAttributeNames: { '#type': 'type' },
            ExpressionAttributeValues: { ':type': 'notice-rate', ':next': now.getTime() + spacingMs, ':now': now.getTime() },
          }),
        ),
      );
      return now;
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
    // A robot busy until later: take its next slot by moving it on one spacing, in one atomic ADD, so any
    // number of senders at once each get their own slot without reading and retrying.
    const { Attributes } = await guarded(() =>
      this.client.send(new UpdateCommand({ TableName: this.tableName, Key: key, UpdateExpression: 'ADD nextAt :spacing', ExpressionAttributeValues: { ':spacing': spacingMs }, ReturnValues: 'UPDATED_NEW' })),
    );
    return new Date(Number(Attributes?.nextAt) - spacingMs);
  }
}
