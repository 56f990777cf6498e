// Organizer accounts, one item per email, listed through the GSI.
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import * as v from 'valibot';
import { AccountSchema, type Account } from '../../accounts/account-schema.js';
import { AlreadyExistsError } from '../../errors.js';
import { keys } from '../keys.js';
import type { AccountRepository, StoredAccount } from '../ports.js';
import { tableDefinition } from '../table-definition.js';
import { guarded } from './sdk-errors.js';

export class DynamoAccountRepository implements AccountRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async create(account: StoredAccount): Promise<void> {
    const { passwordHash, ...profile } = account;
    try {
      await guarded(() =>
        this.client.send(
          new PutCommand({
            TableName: this.tableName,
            Item: { ...keys.accountByEmail(account.email), ...keys.accountsByEmail(account.email), type: 'account', account: profile, passwordHash },
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        ),
      );
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) throw new AlreadyExistsError('account', account.email);
      throw error;
    }
  }

  async get(email: string): Promise<StoredAccount | undefined> {
    const { Item } = await guarded(() =>
      this.client.send(new GetCommand({ TableName: this.tableName, Key: keys.accountByEmail(email), ConsistentRead: true })),
    );
    if (!Item || typeof Item.passwordHash !== 'string') return undefined;
    return { ...v.parse(AccountSchema, Item.account), passwordHash: Item.passwordHash };
  }

  async list(): Promise<Account[]> {
    const index = tableDefinition.byTimeIndex;
    const accounts: Account[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await guarded(() =>
        this.client.send(
          new QueryCommand({
            TableName: this.tableName,
            IndexName: index.name,
            KeyConditionExpression: '#pk = :pk',
            ExpressionAttributeNames: { '#pk': index.partitionKey },
            ExpressionAttributeValues: { ':pk': keys.accountsPartition() },
            ExclusiveStartKey: startKey,
          }),
        ),
      );
      // Password hashes never leave this method: only the profile is returned.
      for (const item of page.Items ?? []) accounts.push(v.parse(AccountSchema, item.account));
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return accounts;
  }
}
