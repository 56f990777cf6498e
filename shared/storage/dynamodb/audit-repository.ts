// The audit log: append-only entries, read newest first.
import { PutCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import * as v from 'valibot';
import { AuditEntrySchema, type AuditEntry } from '../../audit/audit-schema.js';
import { keys } from '../keys.js';
import type { AuditRepository } from '../../audit/audit-store.js';
import type { Page } from '../../kernel/page.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { guarded } from './sdk-errors.js';

export class DynamoAuditRepository implements AuditRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async record(entry: AuditEntry): Promise<void> {
    await guarded(() =>
      this.client.send(new PutCommand({ TableName: this.tableName, Item: { ...keys.auditEntry(entry.at, entry.id), type: 'audit', entry } })),
    );
  }

  async list(options: { limit?: number; cursor?: string } = {}): Promise<Page<AuditEntry>> {
    const { Items = [], LastEvaluatedKey } = await guarded(() =>
      this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': keys.auditPartition() },
          ScanIndexForward: false,
          Limit: Math.min(Math.max(options.limit ?? 100, 1), 500),
          ExclusiveStartKey: decodeCursor(options.cursor, ['pk', 'sk'], { pk: keys.auditPartition() }),
        }),
      ),
    );
    // Each entry read with its schema: one unreadable item leaves the log, never takes the page down.
    const items = Items.flatMap((item) => {
      const parsed = v.safeParse(AuditEntrySchema, item.entry);
      return parsed.success ? [parsed.output] : [];
    });
    const cursor = encodeCursor(LastEvaluatedKey);
    return cursor ? { items, cursor } : { items };
  }
}
