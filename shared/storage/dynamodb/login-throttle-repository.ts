// Sign-in attempts per email and client in a window, counted before the password is checked, kept with
// a TTL so old ones disappear by themselves.
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { StoreUnavailableError } from '../../errors.js';
import { keys } from '../keys.js';
import type { AttemptClaim, LoginThrottleRepository, ThrottlePolicy } from '../../accounts/account-store.js';
import { tableDefinition } from '../table-definition.js';
import { guarded } from './sdk-errors.js';

const epochSeconds = (ms: number) => Math.ceil(ms / 1000);
const TTL = tableDefinition.ttlAttribute;

/** The item a refused condition saw, from the raw attribute values the SDK returns. */
function seen(error: ConditionalCheckFailedException): { attempts?: number; windowStart?: string; lockedUntil?: string } {
  const item = (error.Item ?? {}) as Record<string, { N?: string; S?: string } | undefined>;
  return {
    ...(item.attempts?.N !== undefined ? { attempts: Number(item.attempts.N) } : {}),
    ...(item.windowStart?.S !== undefined ? { windowStart: item.windowStart.S } : {}),
    ...(item.lockedUntil?.S !== undefined ? { lockedUntil: item.lockedUntil.S } : {}),
  };
}

export class DynamoLoginThrottleRepository implements LoginThrottleRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /**
   * One conditional write per attempt, whatever the concurrency: count into the open window while it
   * has room, else start a new window if the old one has ended and no lock holds. Anything else is a
   * refusal, so no more than `maxAttempts` attempts are ever counted (and so checked) per window.
   */
  async claimAttempt(key: string, now: Date, policy: ThrottlePolicy): Promise<AttemptClaim> {
    const floor = new Date(now.getTime() - policy.windowMs).toISOString();
    for (let attempt = 0; attempt < 3; attempt++) {
      let old: ReturnType<typeof seen> = {};
      try {
        const { Attributes } = await guarded(() =>
          this.client.send(
            new UpdateCommand({
              TableName: this.tableName,
              Key: keys.loginThrottle(key),
              UpdateExpression: 'SET attempts = attempts + :one',
              ConditionExpression: 'windowStart > :floor AND attempts < :max',
              ExpressionAttributeValues: { ':one': 1, ':floor': floor, ':max': policy.maxAttempts },
              ReturnValues: 'ALL_NEW',
              ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
            }),
          ),
        );
        const attempts = Number(Attributes?.attempts);
        if (attempts >= policy.maxAttempts) await this.lock(key, String(Attributes?.windowStart), new Date(now.getTime() + policy.lockMs));
        return { allowed: true };
      } catch (error) {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
        old = seen(error);
      }
      const lockedUntil = old.lockedUntil !== undefined ? Date.parse(old.lockedUntil) : undefined;
      if (lockedUntil !== undefined && lockedUntil > now.getTime()) return { allowed: false, retryAfterMs: lockedUntil - now.getTime() };
      if (old.windowStart !== undefined && old.windowStart > floor && old.attempts !== undefined) {
        // The window is full and its lock is being set by the attempt that filled it.
        return { allowed: false, retryAfterMs: policy.lockMs };
      }
      try {
        await guarded(() =>
          this.client.send(
            new PutCommand({
              TableName: this.tableName,
              Item: { ...keys.loginThrottle(key), type: 'login-throttle', attempts: 1, windowStart: now.toISOString(), [TTL]: epochSeconds(now.getTime() + policy.windowMs) },
              // An item without a window or count (left by an older version) is replaced, never trusted.
              ConditionExpression:
                'attribute_not_exists(pk) OR attribute_not_exists(windowStart) OR attribute_not_exists(attempts) OR (windowStart <= :floor AND (attribute_not_exists(lockedUntil) OR lockedUntil <= :now))',
              ExpressionAttributeValues: { ':floor': floor, ':now': now.toISOString() },
            }),
          ),
        );
        if (policy.maxAttempts <= 1) await this.lock(key, now.toISOString(), new Date(now.getTime() + policy.lockMs));
        return { allowed: true };
      } catch (error) {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
      }
    }
    throw new StoreUnavailableError('LoginThrottleContention');
  }

  /** Locks the window that just filled; a window replaced meanwhile (or cleared by a sign-in) is left alone. */
  private async lock(key: string, windowStart: string, until: Date): Promise<void> {
    try {
      await guarded(() =>
        this.client.send(
          new UpdateCommand({
            TableName: this.tableName,
            Key: keys.loginThrottle(key),
            UpdateExpression: 'SET lockedUntil = :until, #ttl = :ttl',
            ConditionExpression: 'windowStart = :windowStart',
            ExpressionAttributeNames: { '#ttl': TTL },
            ExpressionAttributeValues: { ':until': until.toISOString(), ':ttl': epochSeconds(until.getTime()), ':windowStart': windowStart },
          }),
        ),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }

  async clear(key: string): Promise<void> {
    await guarded(() => this.client.send(new DeleteCommand({ TableName: this.tableName, Key: keys.loginThrottle(key) })));
  }
}
