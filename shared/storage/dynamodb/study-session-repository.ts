// Study sessions on the events' items: `LECTURE#{id}` with `kind: 'study-session'`, listed through the
// lectures-by-start index (filtered to the kind), with the same empty counter shards a lecture gets so
// sign-ins count on them alike.
import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import * as v from 'valibot';
import { AlreadyExistsError, RecordNotFoundError, SessionStatusError } from '../../errors.js';
import { StudySessionSchema, type StudySession } from '../../study-plan/study-session-schema.js';
import type { StudySessionRepository } from '../../study-plan/study-session-store.js';
import { keys } from '../keys.js';
import { emptyShard, LECTURE_COUNTER_SHARDS } from './lecture-counter-shards.js';
import { eventsByStart } from './events-by-start.js';
import { updateEventOfKind, type EventUpdate, type RefusedItem } from './event-status-update.js';
import { guarded } from './sdk-errors.js';

const KIND = 'study-session' as const;

function sessionItem(session: StudySession): Record<string, unknown> {
  return { ...keys.lectureById(session.id), ...keys.lecturesByStart(session.startsAt, session.id), type: 'event', ...v.parse(StudySessionSchema, session) };
}

function refusedAs(old: RefusedItem | undefined, sessionId: string, wanted: string): Error {
  if (!old || old.kind?.S !== KIND) return new RecordNotFoundError('study session', sessionId);
  return new SessionStatusError(sessionId, String(old.status?.S ?? 'unknown'), wanted);
}

const asSession = (item: Record<string, unknown> | undefined): StudySession | undefined => {
  if (!item || item.kind !== KIND) return undefined;
  return v.parse(StudySessionSchema, item);
};

export class DynamoStudySessionRepository implements StudySessionRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async create(session: StudySession): Promise<void> {
    try {
      await guarded(() =>
        this.client.send(
          new TransactWriteCommand({
            TransactItems: [
              { Put: { TableName: this.tableName, Item: sessionItem(session), ConditionExpression: 'attribute_not_exists(pk)' } },
              ...Array.from({ length: LECTURE_COUNTER_SHARDS }, (_, shard) => ({ Put: { TableName: this.tableName, Item: emptyShard(session.id, shard) } })),
            ],
          }),
        ),
      );
    } catch (error) {
      if (error instanceof TransactionCanceledException && error.CancellationReasons?.[0]?.Code === 'ConditionalCheckFailed') throw new AlreadyExistsError('study session', session.id);
      throw error;
    }
  }

  async get(sessionId: string): Promise<StudySession | undefined> {
    const { Item } = await guarded(() => this.client.send(new GetCommand({ TableName: this.tableName, Key: keys.lectureById(sessionId), ConsistentRead: true })));
    return asSession(Item);
  }

  async replace(session: StudySession): Promise<void> {
    try {
      await guarded(() =>
        this.client.send(
          new PutCommand({
            TableName: this.tableName,
            Item: sessionItem(session),
            ConditionExpression: 'kind = :kind AND #status = :scheduled',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':kind': KIND, ':scheduled': 'scheduled' },
            ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
          }),
        ),
      );
    } catch (error) {
      throw this.refusal(error, session.id, 'changed');
    }
  }

  async markHeld(sessionId: string, at: string, attendance?: number): Promise<StudySession> {
    return this.update(sessionId, 'held', {
      UpdateExpression: `SET #status = :delivered, deliveredAt = if_not_exists(deliveredAt, :at)${attendance !== undefined ? ', attendance = :attendance' : ''}`,
      ConditionExpression: '#status IN (:scheduled, :delivered)',
      ExpressionAttributeValues: { ':delivered': 'delivered', ':scheduled': 'scheduled', ':at': at, ...(attendance !== undefined ? { ':attendance': attendance } : {}) },
    });
  }

  async cancel(sessionId: string, at: string, reason?: string): Promise<StudySession> {
    return this.update(sessionId, 'cancelled', {
      UpdateExpression: `SET #status = :cancelled, cancelledAt = :at${reason ? ', cancelReason = :reason' : ''}`,
      ConditionExpression: '#status = :scheduled',
      ExpressionAttributeValues: { ':cancelled': 'cancelled', ':scheduled': 'scheduled', ':at': at, ...(reason ? { ':reason': reason } : {}) },
    });
  }

  private async update(sessionId: string, wanted: string, update: EventUpdate): Promise<StudySession> {
    const item = await updateEventOfKind(this.client, this.tableName, sessionId, KIND, update, (old) => refusedAs(old, sessionId, wanted));
    return v.parse(StudySessionSchema, item);
  }

  /** A failed condition: not a session at all (404), or a session whose status forbids the change (409). */
  private refusal(error: unknown, sessionId: string, wanted: string): unknown {
    if (!(error instanceof ConditionalCheckFailedException)) return error;
    return refusedAs(error.Item as RefusedItem | undefined, sessionId, wanted);
  }

  async listByStart(from: string, to: string): Promise<StudySession[]> {
    const items = await eventsByStart(this.client, this.tableName, KIND, from, to);
    return items.map((item) => v.parse(StudySessionSchema, item));
  }
}
