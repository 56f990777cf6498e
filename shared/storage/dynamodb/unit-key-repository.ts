// Unit link keys: one item per key (the public lookup) and one per unit (the organizers' list).
import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { keys } from '../keys.js';
import type { UnitKeyRecord, UnitKeyRepository } from '../../unit-links/unit-key-store.js';
import type { ReadObserver } from './counter-repository.js';
import { issueLinkKey, type LinkKeyItems } from './link-key-items.js';
import { partitionQuery, queryPages } from './query-all.js';
import { guarded } from './sdk-errors.js';
import { readUnitKey } from './unit-key-item.js';

const UNIT_KEY_ITEMS: LinkKeyItems = {
  byKey: keys.unitByKey,
  ofOwner: keys.unitKeyOfUnit,
  types: { byKey: 'unit-key', ofOwner: 'unit-key-of-unit' },
  attributes: (unitId, key, issuedAt) => ({ unitId, key, issuedAt }),
  contention: 'UnitKeyContention',
};

export class DynamoUnitKeyRepository implements UnitKeyRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly observer?: ReadObserver,
  ) {}

  issue(unitId: string, key: string, issuedAt: string): Promise<void> {
    return issueLinkKey(this.client, this.tableName, UNIT_KEY_ITEMS, unitId, key, issuedAt);
  }

  async resolve(key: string): Promise<UnitKeyRecord | undefined> {
    const { Item } = await guarded(() => this.client.send(new GetCommand({ TableName: this.tableName, Key: keys.unitByKey(key), ConsistentRead: true })));
    return Item ? readUnitKey(Item) : undefined;
  }

  async list(): Promise<UnitKeyRecord[]> {
    const records: UnitKeyRecord[] = [];
    for await (const items of queryPages(this.client, partitionQuery(this.tableName, keys.unitKeysPartition()))) {
      this.observer?.itemsRead(items.length);
      records.push(...items.map(readUnitKey));
    }
    return records;
  }
}
