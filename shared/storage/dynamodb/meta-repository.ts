// Small facts about the district's data, one item each.
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { tableDefinition } from '../table-definition.js';
import { keys } from '../keys.js';
import type { MetaRepository } from '../../kernel/meta-store.js';
import { guarded } from './sdk-errors.js';

export class DynamoMetaRepository implements MetaRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(name: string): Promise<string | undefined> {
    const { Item } = await guarded(() => this.client.send(new GetCommand({ TableName: this.tableName, Key: keys.meta(name), ConsistentRead: true })));
    return typeof Item?.value === 'string' ? Item.value : undefined;
  }

  async putIfAbsent(name: string, value: string): Promise<boolean> {
    try {
      await guarded(() =>
        this.client.send(
          new PutCommand({
            TableName: this.tableName,
            Item: { ...keys.meta(name), type: 'meta', value },
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        ),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  async takeLease(name: string, holder: string, now: Date, until: Date): Promise<boolean> {
    try {
      await guarded(() =>
        this.client.send(
          new PutCommand({
            TableName: this.tableName,
            Item: { ...keys.meta(name), type: 'lease', holder, until: until.toISOString(), [tableDefinition.ttlAttribute]: Math.ceil(until.getTime() / 1000) + 60 },
            ConditionExpression: 'attribute_not_exists(pk) OR #until < :now',
            ExpressionAttributeNames: { '#until': 'until' },
            ExpressionAttributeValues: { ':now': now.toISOString() },
          }),
        ),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  async releaseLease(name: string, holder: string): Promise<void> {
    try {
      await guarded(() => this.client.send(new DeleteCommand({ TableName: this.tableName, Key: keys.meta(name), ConditionExpression: 'holder = :holder', ExpressionAttributeValues: { ':holder': holder } })));
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }
}
