// Single catalogue records, in the item shape catalogue-repository.ts reads (kind partition, order, record).
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import * as v from 'valibot';
// The record schemas come from the schema module, not catalogue-edits.ts: the respondent's bundle
// carries this repository and must not carry the editing rules (nor their name tables).
import { RECORD_SCHEMAS, type Catalogue } from '../../catalogue/catalogue-schema.js';
import { AlreadyExistsError, InvalidInputError, RecordNotFoundError } from '../../errors.js';
import { keys, type CatalogueKind } from '../keys.js';
import type { CatalogueRecord, CatalogueRecordRepository, CatalogueSection } from '../../catalogue/catalogue-store.js';
import { MAX_ITEM_BYTES, sizedItem } from './item-size.js';
import { guarded } from './sdk-errors.js';

/** The stored item, refused as bad input when DynamoDB could not hold it (a record's lists have no count limit). */
function catalogueItem(kind: CatalogueKind, order: number, record: CatalogueRecord) {
  return sizedItem({ ...keys.catalogueItem(kind, record.id), type: kind, order, record }, () => new InvalidInputError([{ field: 'record', message: `The record is too large to store (at most ${MAX_ITEM_BYTES / 1024} KB).`, zh: `这条记录太长，无法保存（最多 ${MAX_ITEM_BYTES / 1024} KB）。` }]));
}

/** Conditional puts in flight at once during an import: quick, and far below a partition's write capacity. */
const WRITES_AT_ONCE = 10;

export const CATALOGUE_KINDS: Record<CatalogueSection, CatalogueKind> = {
  fronts: 'front',
  units: 'unit',
  themes: 'theme',
  topics: 'topic',
  experts: 'expert',
};

export class DynamoCatalogueRecordRepository implements CatalogueRecordRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async create(section: CatalogueSection, record: CatalogueRecord): Promise<void> {
    const kind = CATALOGUE_KINDS[section];
    await this.put(kind, (await this.lastOrder(kind)) + 1, record);
  }

  async createMany(section: CatalogueSection, records: readonly CatalogueRecord[]): Promise<void> {
    if (records.length === 0) return;
    const kind = CATALOGUE_KINDS[section];
    // Positions are fixed before writing, so writing a few at once keeps the file's order.
    const first = (await this.lastOrder(kind)) + 1;
    for (let i = 0; i < records.length; i += WRITES_AT_ONCE) {
      await Promise.all(records.slice(i, i + WRITES_AT_ONCE).map((record, j) => this.put(kind, first + i + j, record)));
    }
  }

  private async put(kind: CatalogueKind, order: number, record: CatalogueRecord): Promise<void> {
    try {
      await guarded(() =>
        this.client.send(
          new PutCommand({
            TableName: this.tableName,
            Item: catalogueItem(kind, order, record),
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        ),
      );
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) throw new AlreadyExistsError(kind, record.id);
      throw error;
    }
  }

  async get<S extends CatalogueSection>(section: S, id: string): Promise<Catalogue[S][number] | undefined> {
    const { Item } = await guarded(() => this.client.send(new GetCommand({ TableName: this.tableName, Key: keys.catalogueItem(CATALOGUE_KINDS[section], id) })));
    if (!Item) return undefined;
    const parsed = v.safeParse(RECORD_SCHEMAS[section], Item.record);
    return parsed.success ? (parsed.output as Catalogue[S][number]) : undefined;
  }

  async replace(section: CatalogueSection, record: CatalogueRecord): Promise<void> {
    const kind = CATALOGUE_KINDS[section];
    // Measured as it will be stored, with the largest position a record can hold.
    catalogueItem(kind, Number.MAX_SAFE_INTEGER, record);
    try {
      await guarded(() =>
        this.client.send(
          new UpdateCommand({
            TableName: this.tableName,
            Key: keys.catalogueItem(kind, record.id),
            UpdateExpression: 'SET #record = :record',
            ConditionExpression: 'attribute_exists(pk)',
            ExpressionAttributeNames: { '#record': 'record' },
            ExpressionAttributeValues: { ':record': record },
          }),
        ),
      );
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) throw new RecordNotFoundError(kind, record.id);
      throw error;
    }
  }

  /** The highest position in use; a catalogue kind holds hundreds of records at most. */
  private async lastOrder(kind: CatalogueKind): Promise<number> {
    let last = -1;
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await guarded(() =>
        this.client.send(
          new QueryCommand({
            TableName: this.tableName,
            KeyConditionExpression: 'pk = :pk',
            ExpressionAttributeValues: { ':pk': keys.cataloguePartition(kind) },
            ProjectionExpression: '#order',
            ExpressionAttributeNames: { '#order': 'order' },
            ExclusiveStartKey: startKey,
          }),
        ),
      );
      for (const item of page.Items ?? []) last = Math.max(last, Number(item.order ?? 0));
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return last;
  }
}
