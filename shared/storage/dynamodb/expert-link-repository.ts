// Expert link keys: one item per key (the expert's page looks it up) and one per expert (the organizers' list).
import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ExpertKeyRecord, ExpertLinkStore } from '../../experts/expert-link-store.js';
import { keys } from '../keys.js';
import type { ReadObserver } from './counter-repository.js';
import { issueLinkKey, type LinkKeyItems } from './link-key-items.js';
import { partitionQuery, queryPages } from './query-all.js';
import { guarded } from './sdk-errors.js';

const EXPERT_KEY_ITEMS: LinkKeyItems = {
  byKey: keys.expertByKey,
  ofOwner: keys.expertKeyOfExpert,
  types: { byKey: 'expert-key', ofOwner: 'expert-key-of-expert' },
  attributes: (expertId, key, issuedAt) => ({ expertId, key, issuedAt }),
  contention: 'ExpertKeyContention',
};

function toRecord(item: Record<string, unknown>): ExpertKeyRecord {
  return { expertId: String(item.expertId), key: String(item.key), issuedAt: String(item.issuedAt) };
}

export class DynamoExpertLinkRepository implements ExpertLinkStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly observer?: ReadObserver,
  ) {}

  issue(expertId: string, key: string, issuedAt: string): Promise<void> {
    return issueLinkKey(this.client, this.tableName, EXPERT_KEY_ITEMS, expertId, key, issuedAt);
  }

  async resolve(key: string): Promise<ExpertKeyRecord | undefined> {
    const { Item } = await guarded(() => this.client.send(new GetCommand({ TableName: this.tableName, Key: keys.expertByKey(key), ConsistentRead: true })));
    return Item ? toRecord(Item) : undefined;
  }

  async list(): Promise<ExpertKeyRecord[]> {
    const records: ExpertKeyRecord[] = [];
    for await (const items of queryPages(this.client, partitionQuery(this.tableName, keys.expertKeysPartition()))) {
      this.observer?.itemsRead(items.length);
      records.push(...items.map(toRecord));
    }
    return records;
  }
}
