// The district's catalogue: one partition per kind (fronts, units, themes, topics, experts).
import { BatchWriteCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import * as v from 'valibot';
import { CatalogueSchema, type Catalogue } from '../../catalogue/catalogue-schema.js';
import { keys, type CatalogueKind } from '../keys.js';
import type { CatalogueRepository } from '../ports.js';
import { guarded } from './sdk-errors.js';

const KINDS: Record<keyof Catalogue, CatalogueKind> = {
  fronts: 'front',
  units: 'unit',
  themes: 'theme',
  topics: 'topic',
  experts: 'expert',
};

export class DynamoCatalogueRepository implements CatalogueRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async load(): Promise<Catalogue> {
    const entries = await Promise.all(
      Object.entries(KINDS).map(async ([field, kind]) => [field, await this.loadKind(kind)] as const),
    );
    return v.parse(CatalogueSchema, Object.fromEntries(entries));
  }

  private async loadKind(kind: CatalogueKind): Promise<unknown[]> {
    const items: { order: number; record: unknown }[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await guarded(() =>
        this.client.send(
          new QueryCommand({
            TableName: this.tableName,
            KeyConditionExpression: 'pk = :pk',
            ExpressionAttributeValues: { ':pk': keys.cataloguePartition(kind) },
            ExclusiveStartKey: startKey,
          }),
        ),
      );
      for (const item of page.Items ?? []) items.push({ order: Number(item.order ?? 0), record: item.record });
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    // Kept in the order the organizers gave, not in key order.
    return items.sort((a, b) => a.order - b.order).map((i) => i.record);
  }

  async putAll(catalogue: Catalogue): Promise<void> {
    const puts = Object.entries(KINDS).flatMap(([field, kind]) =>
      catalogue[field as keyof Catalogue].map((record, order) => ({
        PutRequest: { Item: { ...keys.catalogueItem(kind, record.id), type: kind, order, record } },
      })),
    );
    for (let i = 0; i < puts.length; i += 25) {
      let pending: typeof puts | undefined = puts.slice(i, i + 25);
      while (pending && pending.length > 0) {
        const result = await guarded(() => this.client.send(new BatchWriteCommand({ RequestItems: { [this.tableName]: pending! } })));
        pending = result.UnprocessedItems?.[this.tableName] as typeof puts | undefined;
      }
    }
  }
}
