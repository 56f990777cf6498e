// The district's catalogue: one partition per kind (fronts, units, themes, topics, experts).
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import * as v from 'valibot';
import { CatalogueSchema, type Catalogue } from '../../catalogue/catalogue-schema.js';
import { keys, type CatalogueKind } from '../keys.js';
import type { CatalogueRepository } from '../../catalogue/catalogue-store.js';
import { batchWrite } from './batch-write.js';
import { partitionQuery, queryAll } from './query-all.js';

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
    const items = await queryAll(this.client, partitionQuery(this.tableName, keys.cataloguePartition(kind)));
    // Kept in the order the organizers gave, not in key order.
    return items.sort((a, b) => Number(a.order ?? 0) - Number(b.order ?? 0)).map((item) => item.record);
  }

  async putAll(catalogue: Catalogue): Promise<void> {
    const puts = Object.entries(KINDS).flatMap(([field, kind]) =>
      catalogue[field as keyof Catalogue].map((record, order) => ({
        PutRequest: { Item: { ...keys.catalogueItem(kind, record.id), type: kind, order, record } },
      })),
    );
    await batchWrite(this.client, this.tableName, puts);
  }

}
