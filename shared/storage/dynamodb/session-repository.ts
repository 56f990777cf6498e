// Signed-in sessions: one item each, removed at sign-out or by TTL when they expire.
import { DeleteCommand, GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import * as v from 'valibot';
import { SessionSchema } from '../../accounts/session-schema.js';
import { keys } from '../keys.js';
import type { Session } from '../../accounts/session-schema.js';
import type { SessionRepository } from '../../accounts/account-store.js';
import { tableDefinition } from '../table-definition.js';
import { guarded } from './sdk-errors.js';

export class DynamoSessionRepository implements SessionRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async create(session: Session): Promise<void> {
    const ttl = Math.ceil(Date.parse(session.expiresAt) / 1000);
    await guarded(() =>
      this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...keys.sessionById(session.id), type: 'session', session, [tableDefinition.ttlAttribute]: ttl },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      ),
    );
  }

  async get(sessionId: string): Promise<Session | undefined> {
    const { Item } = await guarded(() =>
      this.client.send(new GetCommand({ TableName: this.tableName, Key: keys.sessionById(sessionId), ConsistentRead: true })),
    );
    if (!Item) return undefined;
    // Read with the schema it is written with: an unreadable item is no session (sign in again), not a 500.
    const parsed = v.safeParse(SessionSchema, Item.session);
    return parsed.success ? parsed.output : undefined;
  }

  async delete(sessionId: string): Promise<void> {
    await guarded(() => this.client.send(new DeleteCommand({ TableName: this.tableName, Key: keys.sessionById(sessionId) })));
  }
}
