// The audit log: append-only entries, read newest first.
import { PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import * as v from 'valibot';
import { AuditEntrySchema, type AuditEntry } from '../../audit/audit-schema.js';
import { keys } from '../keys.js';
import type { AuditRepository } from '../../audit/audit-store.js';
import type { Page } from '../../kernel/page.js';
import { partitionQuery, queryPage } from './query-all.js';
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
    const partition = keys.auditPartition();
    const page = await queryPage(this.client, partitionQuery(this.tableName, partition, { newestFirst: true }), partition, { limit: Math.min(Math.max(options.limit ?? 100, 1), 500), cursor: options.cursor });
    // Each entry read with its schema: one unreadable item leaves the log, never takes the page down.
    const items = page.items.flatMap((item) => {
      const parsed = v.safeParse(AuditEntrySchema, item.entry);
      return parsed.success ? [parsed.output] : [];
    });
    return { ...page, items };
  }
}
