// Briefings (学习动态) in the table. The organizers' briefings share one organizer-only partition
// (BRIEFINGS). Publishing writes the display photos, then in one transaction the briefing's new status
// (conditional on the version the organizer saw and on its status), the frozen public copy and the
// public list (conditional on the list's own version, so two publications at once never lose a line);
// withdrawing undoes the same three in one transaction and then removes the photos.
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, GetCommand, PutCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import * as v from 'valibot';
import { BriefingEditConflictError, BriefingNotFoundError, BriefingStatusError } from '../../errors.js';
import { byNewest, StoredBriefingSchema, type DisplayPhoto, type NewsEntry, type PublishedBriefing, type StoredBriefing } from '../../briefings/briefing-schema.js';
import type { BriefingRepository } from '../../briefings/briefing-store.js';
import { readList } from './news-reader.js';
import { keys } from '../keys.js';
import { queryAll } from './query-all.js';
import { guarded } from './sdk-errors.js';

/** Two organizers publishing in the same moment: the one whose list write lost reads the list again. */
const LIST_ATTEMPTS = 8;

function cancelledAt(error: unknown): number[] {
  if (!(error instanceof TransactionCanceledException)) return [];
  return (error.CancellationReasons ?? []).flatMap((reason, index) => (reason.Code === 'ConditionalCheckFailed' ? [index] : []));
}

export class DynamoBriefingRepository implements BriefingRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async create(briefing: StoredBriefing): Promise<void> {
    await guarded(() => this.client.send(new PutCommand({ TableName: this.tableName, Item: { ...keys.briefing(briefing.briefingId), type: 'briefing', ...briefing }, ConditionExpression: 'attribute_not_exists(pk)' })));
  }

  async get(briefingId: string): Promise<StoredBriefing | undefined> {
    const { Item } = await guarded(() => this.client.send(new GetCommand({ TableName: this.tableName, Key: keys.briefing(briefingId), ConsistentRead: true })));
    const parsed = v.safeParse(StoredBriefingSchema, Item);
    return parsed.success ? parsed.output : undefined;
  }

  async list(): Promise<Omit<StoredBriefing, 'text'>[]> {
    const items = await queryAll(this.client, { TableName: this.tableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': keys.briefingsPartition() } });
    return items
      .flatMap((item) => {
        const parsed = v.safeParse(StoredBriefingSchema, item);
        if (!parsed.success) return [];
        const { text: _text, ...rest } = parsed.output;
        return [rest];
      })
      .sort((a, b) => b.date.localeCompare(a.date) || b.updatedAt.localeCompare(a.updatedAt));
  }

  /** Why a conditional write on the briefing failed: gone, moved on, or in the wrong status. */
  private async refusal(briefingId: string, expectedVersion: number, wanted: string): Promise<Error> {
    const now = await this.get(briefingId);
    if (!now) return new BriefingNotFoundError(briefingId);
    if (now.version !== expectedVersion) return new BriefingEditConflictError(briefingId);
    return new BriefingStatusError(briefingId, now.status, wanted);
  }

  async update(briefing: StoredBriefing, expectedVersion: number): Promise<void> {
    try {
      await guarded(() =>
        this.client.send(
          new PutCommand({
            TableName: this.tableName,
            Item: { ...keys.briefing(briefing.briefingId), type: 'briefing', ...briefing },
            ConditionExpression: '#v = :expected AND #status <> :published',
            ExpressionAttributeNames: { '#v': 'version', '#status': 'status' },
            ExpressionAttributeValues: { ':expected': expectedVersion, ':published': 'published' },
          }),
        ),
      );
    } catch (error) {
      if ((error as Error).name === 'ConditionalCheckFailedException') throw await this.refusal(briefing.briefingId, expectedVersion, 'edited');
      throw error;
    }
  }

  /** The briefing's conditional write and the list's, in one transaction, with the list read afresh on each attempt. */
  private async withList(briefing: StoredBriefing, expectedVersion: number, allowed: readonly string[], wanted: string, copyWrite: object, change: (entries: NewsEntry[]) => NewsEntry[]): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      const list = await readList(this.client, this.tableName, true);
      const entries = change((list?.entries ?? []).filter((e) => e.briefingId !== briefing.briefingId)).sort(byNewest);
      try {
        await guarded(() =>
          this.client.send(
            new TransactWriteCommand({
              TransactItems: [
                {
                  Put: {
                    TableName: this.tableName,
                    Item: { ...keys.briefing(briefing.briefingId), type: 'briefing', ...briefing },
                    ConditionExpression: `#v = :expected AND #status IN (${allowed.map((_, i) => `:s${i}`).join(', ')})`,
                    ExpressionAttributeNames: { '#v': 'version', '#status': 'status' },
                    ExpressionAttributeValues: { ':expected': expectedVersion, ...Object.fromEntries(allowed.map((s, i) => [`:s${i}`, s])) },
                  },
                },
                copyWrite,
                {
                  Put: {
                    TableName: this.tableName,
                    Item: { ...keys.newsList(), type: 'news-list', listVersion: (list?.listVersion ?? 0) + 1, entries },
                    ConditionExpression: list ? 'listVersion = :lv' : 'attribute_not_exists(pk)',
                    ...(list ? { ExpressionAttributeValues: { ':lv': list.listVersion } } : {}),
                  },
                },
              ],
            }),
          ),
        );
        return;
      } catch (error) {
        const failed = cancelledAt(error);
        if (failed.includes(0)) throw await this.refusal(briefing.briefingId, expectedVersion, wanted);
        if (failed.includes(2) && attempt < LIST_ATTEMPTS) continue;
        throw error;
      }
    }
  }

  async publish(briefing: StoredBriefing, expectedVersion: number, copy: PublishedBriefing, photos: readonly DisplayPhoto[]): Promise<void> {
    // Photos first, each under a fresh id no page names yet: a failed publication leaves nothing visible.
    for (const photo of photos) {
      await guarded(() =>
        this.client.send(new PutCommand({ TableName: this.tableName, Item: { ...keys.newsPhoto(copy.briefingId, photo.photoId), type: 'news-photo', width: photo.width, height: photo.height, bytes: photo.bytes } })),
      );
    }
    const copyWrite = { Put: { TableName: this.tableName, Item: { ...keys.newsCopy(copy.briefingId), type: 'news-copy', ...copy } } };
    const entry: NewsEntry = { briefingId: copy.briefingId, title: copy.title, date: copy.date, publishedAt: copy.publishedAt };
    try {
      await this.withList(briefing, expectedVersion, ['draft', 'withdrawn'], 'published', copyWrite, (entries) => [...entries, entry]);
    } catch (error) {
      await this.removePhotos(copy.briefingId, new Set(photos.map((p) => p.photoId))).catch(() => undefined);
      throw error;
    }
  }

  async withdraw(briefing: StoredBriefing, expectedVersion: number): Promise<void> {
    const copyWrite = { Delete: { TableName: this.tableName, Key: keys.newsCopy(briefing.briefingId) } };
    await this.withList(briefing, expectedVersion, ['published'], 'withdrawn', copyWrite, (entries) => entries);
    await this.removePhotos(briefing.briefingId);
  }

  /** The display photos of a briefing (only `only`, when given). */
  private async removePhotos(briefingId: string, only?: ReadonlySet<string>): Promise<void> {
    const items = await queryAll(this.client, {
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :photo)',
      ExpressionAttributeValues: { ':pk': keys.newsCopyPartition(briefingId), ':photo': 'PHOTO#' },
      ProjectionExpression: 'pk, sk',
    });
    for (const item of items) {
      if (only && !only.has(String(item.sk).slice('PHOTO#'.length))) continue;
      await guarded(() => this.client.send(new DeleteCommand({ TableName: this.tableName, Key: { pk: item.pk, sk: item.sk } })));
    }
  }
}
