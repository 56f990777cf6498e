// Organizer accounts, one item per email, listed through the GSI.
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import * as v from 'valibot';
import { AccountSchema, type Account } from '../../accounts/account-schema.js';
import { AlreadyExistsError, RecordNotFoundError } from '../../errors.js';
import { keys } from '../keys.js';
import type { AccountChange, AccountRepository, StoredAccount } from '../../accounts/account-store.js';
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
    const epoch = typeof Item.sessionEpoch === 'number' ? { sessionEpoch: Item.sessionEpoch } : {};
    return { ...v.parse(AccountSchema, Item.account), passwordHash: Item.passwordHash, ...epoch };
  }

  async update(email: string, change: AccountChange): Promise<number> {
    const names: Record<string, string> = { '#epoch': 'sessionEpoch' };
    const values: Record<string, unknown> = { ':step': change.endSessions ? 1 : 0 };
    const sets: string[] = [];
    if (change.passwordHash !== undefined) {
      names['#hash'] = 'passwordHash';
      values[':hash'] = change.passwordHash;
      sets.push('#hash = :hash');
    }
    if (change.disabled !== undefined) {
      names['#account'] = 'account';
      names['#disabled'] = 'disabled';
      values[':disabled'] = change.disabled;
      sets.push('#account.#disabled = :disabled');
    }
    if (change.role !== undefined) {
      names['#account'] = 'account';
      names['#role'] = 'role';
      values[':role'] = change.role;
      sets.push('#account.#role = :role');
    }
    const removes: string[] = [];
    if (change.fronts !== undefined) {
      names['#account'] = 'account';
      names['#fronts'] = 'fronts';
      if (change.fronts.length > 0) {
        values[':fronts'] = [...change.fronts];
        sets.push('#account.#fronts = :fronts');
      } else removes.push('#account.#fronts');
    }
    try {
      const { Attributes } = await guarded(() =>
        this.client.send(
          new UpdateCommand({
            TableName: this.tableName,
            Key: keys.accountByEmail(email),
            // ADD of 0 still creates the epoch, so every update answers with the current one.
            UpdateExpression: `${sets.length > 0 ? `SET ${sets.join(', ')} ` : ''}${removes.length > 0 ? `REMOVE ${removes.join(', ')} ` : ''}ADD #epoch :step`,
            ConditionExpression: 'attribute_exists(pk)',
            ExpressionAttributeNames: names,
            ExpressionAttributeValues: values,
            ReturnValues: 'UPDATED_NEW',
          }),
        ),
      );
      return Number(Attributes?.sessionEpoch ?? 0);
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) throw new RecordNotFoundError('account', email);
      throw error;
    }
  }

  async list(): Promise<Account[]> {
    const items = await queryAll(this.client, partitionQuery(this.tableName, keys.accountsPartition(), { byTime: true }));
    // Password hashes never leave this method: only the profile is returned.
    return items.map((item) => v.parse(AccountSchema, item.account));
  }

}
