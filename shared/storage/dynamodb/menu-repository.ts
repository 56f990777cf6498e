// Menus as organizers manage them and units read them: create, list, edit while draft, change status.
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import * as v from 'valibot';
import { AlreadyExistsError, MenuFrozenError, MenuStatusError, RecordNotFoundError } from '../../errors.js';
import { MenuSchema, type Menu } from '../../programme/menu-schema.js';
import { keys } from '../keys.js';
import type { MenuRepository } from '../../programme/menu-store.js';
import { partitionQuery, queryAll } from './query-all.js';
import { guarded } from './sdk-errors.js';

function menuItem(menu: Menu) {
  return { ...keys.menuById(menu.id), ...keys.menusByCreation(menu.createdAt, menu.id), type: 'menu', status: menu.status, menu };
}

/** The status the failed condition saw: the exception carries the old item as DynamoDB attribute values. */
const OldStatusSchema = v.object({ status: v.optional(v.union([v.string(), v.object({ S: v.optional(v.string()) })])) });

function oldStatus(error: ConditionalCheckFailedException): string | undefined {
  const parsed = v.safeParse(OldStatusSchema, error.Item ?? {});
  const status = parsed.success ? parsed.output.status : undefined;
  return typeof status === 'string' ? status : status?.S;
}

export class DynamoMenuRepository implements MenuRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async create(menu: Menu): Promise<void> {
    try {
      await guarded(() => this.client.send(new PutCommand({ TableName: this.tableName, Item: menuItem(menu), ConditionExpression: 'attribute_not_exists(pk)' })));
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) throw new AlreadyExistsError('menu', menu.id);
      throw error;
    }
  }

  async get(menuId: string): Promise<Menu | undefined> {
    const { Item } = await guarded(() => this.client.send(new GetCommand({ TableName: this.tableName, Key: keys.menuById(menuId) })));
    return Item ? v.parse(MenuSchema, Item.menu) : undefined;
  }

  async list(): Promise<Menu[]> {
    const items = await queryAll(this.client, partitionQuery(this.tableName, keys.menusByCreationPartition(), { byTime: true, newestFirst: true }));
    return items.map((item) => v.parse(MenuSchema, item.menu));
  }

  replaceDraft(menu: Menu): Promise<void> {
    return this.conditionalPut(menu, 'draft', (status) => new MenuFrozenError(menu.id, status));
  }

  transition(menu: Menu, from: Menu['status']): Promise<void> {
    return this.conditionalPut(menu, from, (status) => new MenuStatusError(menu.id, status, menu.status));
  }

  private async conditionalPut(menu: Menu, status: Menu['status'], conflict: (status: string) => Error): Promise<void> {
    try {
      await guarded(() =>
        this.client.send(
          new PutCommand({
            TableName: this.tableName,
            Item: menuItem(menu),
            ConditionExpression: '#status = :status',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':status': status },
            ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
          }),
        ),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      const current = oldStatus(error);
      throw current === undefined ? new RecordNotFoundError('menu', menu.id) : conflict(current);
    }
  }
}
