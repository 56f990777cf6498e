// Unit link keys: one item per key (the public lookup) and one per unit (the organizers' list).
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { StoreUnavailableError } from '../../errors.js';
import { keys } from '../keys.js';
import type { UnitKeyRecord, UnitKeyRepository } from '../../unit-links/unit-key-store.js';
import type { ReadObserver } from './counter-repository.js';
import { partitionQuery, queryPages } from './query-all.js';
import { guarded } from './sdk-errors.js';
import { readUnitKey, unitByKeyItem, unitKeyOfUnitItem } from './unit-key-item.js';

export class DynamoUnitKeyRepository implements UnitKeyRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly observer?: ReadObserver,
  ) {}

  async issue(unitId: string, key: string, issuedAt: string): Promise<void> {
    // Two organizers rotating at once: the second sees the first's key in its condition and tries again.
    for (let attempt = 1; attempt <= 5; attempt++) {
      const { Item: previous } = await guarded(() =>
        this.client.send(new GetCommand({ TableName: this.tableName, Key: keys.unitKeyOfUnit(unitId), ConsistentRead: true })),
      );
      const oldKey = typeof previous?.key === 'string' ? previous.key : undefined;
      const record: UnitKeyRecord = { unitId, key, issuedAt };
      try {
        await guarded(() =>
          this.client.send(
            new TransactWriteCommand({
              TransactItems: [
                { Put: { TableName: this.tableName, Item: unitByKeyItem(record), ConditionExpression: 'attribute_not_exists(pk)' } },
                {
                  Put: {
                    TableName: this.tableName,
                    Item: unitKeyOfUnitItem(record),
                    ...(oldKey
                      ? { ConditionExpression: '#key = :old', ExpressionAttributeNames: { '#key': 'key' }, ExpressionAttributeValues: { ':old': oldKey } }
                      : { ConditionExpression: 'attribute_not_exists(pk)' }),
                  },
                },
                // The old link dies in the same transaction that gives the new one.
                ...(oldKey ? [{ Delete: { TableName: this.tableName, Key: keys.unitByKey(oldKey) } }] : []),
              ],
            }),
          ),
        );
        return;
      } catch (error) {
        if (!(error instanceof TransactionCanceledException)) throw error;
      }
    }
    throw new StoreUnavailableError('UnitKeyContention');
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
