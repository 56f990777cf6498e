// Organizer accounts, one item per email, listed through the GSI.
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import * as v from 'valibot';
import { AccountSchema, type Account } from '../../accounts/account-schema.js';
import { AlreadyExistsError } from '../../errors.js';
import { keys } from '../keys.js';
import type { AccountRepository, StoredAccount } from '../ports.js';
import { partitionQuery, queryAll } from './query-all.js';
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
    const items = await queryAll(this.client, partitionQuery(this.tableName, keys.accountsPartition(), { byTime: true }));
    // Password hashes never leave this method: only the profile is returned.
    return items.map((item) => v.parse(AccountSchema, item.account));
  }

}
