// Failed sign-ins per email in a sliding-start window, kept with a TTL so old ones disappear by themselves.
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, GetCommand, PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { StoreUnavailableError } from '../../errors.js';
import { keys } from '../keys.js';
import type { LoginThrottleRepository, ThrottleState } from '../ports.js';
import { tableDefinition } from '../table-definition.js';
import { guarded } from './sdk-errors.js';

const epochSeconds = (ms: number) => Math.ceil(ms / 1000);
const TTL = tableDefinition.ttlAttribute;

export class DynamoLoginThrottleRepository implements LoginThrottleRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(email: string): Promise<ThrottleState | undefined> {
    const { Item } = await guarded(() =>
      this.client.send(new GetCommand({ TableName: this.tableName, Key: keys.loginThrottle(email), ConsistentRead: true })),
    );
    if (!Item) return undefined;
    const state: ThrottleState = { failures: Number(Item.failures ?? 0), windowStart: String(Item.windowStart) };
    if (typeof Item.lockedUntil === 'string') state.lockedUntil = Item.lockedUntil;
    return state;
  }

  async addFailure(email: string, now: Date, windowMs: number): Promise<number> {
    const floor = new Date(now.getTime() - windowMs).toISOString();
    // Two tries: count into the open window, else start a new one (a racing request may have started it).
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        const { Attributes } = await guarded(() =>
          this.client.send(
            new UpdateCommand({
              TableName: this.tableName,
              Key: keys.loginThrottle(email),
              UpdateExpression: 'ADD failures :one',
              ConditionExpression: 'windowStart > :floor',
              ExpressionAttributeValues: { ':one': 1, ':floor': floor },
              ReturnValues: 'ALL_NEW',
            }),
          ),
        );
        return Number(Attributes?.failures ?? 1);
      } catch (error) {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
      }
      try {
        await guarded(() =>
          this.client.send(
            new PutCommand({
              TableName: this.tableName,
              Item: { ...keys.loginThrottle(email), type: 'login-throttle', failures: 1, windowStart: now.toISOString(), [TTL]: epochSeconds(now.getTime() + windowMs) },
              ConditionExpression: 'attribute_not_exists(pk) OR windowStart <= :floor',
              ExpressionAttributeValues: { ':floor': floor },
            }),
          ),
        );
        return 1;
      } catch (error) {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
      }
    }
    throw new StoreUnavailableError('LoginThrottleContention');
  }

  async lock(email: string, until: Date): Promise<void> {
    await guarded(() =>
      this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.loginThrottle(email),
          UpdateExpression: 'SET lockedUntil = :until, #ttl = :ttl',
          ExpressionAttributeNames: { '#ttl': TTL },
          ExpressionAttributeValues: { ':until': until.toISOString(), ':ttl': epochSeconds(until.getTime()) },
        }),
      ),
    );
  }

  async clear(email: string): Promise<void> {
    await guarded(() => this.client.send(new DeleteCommand({ TableName: this.tableName, Key: keys.loginThrottle(email) })));
  }
}
