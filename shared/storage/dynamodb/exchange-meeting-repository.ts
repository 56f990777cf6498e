// Exchange meetings (交流会) in the table: the event item under LECTURE#{id} with the by-start index
// keys (like a lecture; lecture reads skip it by its kind), its feedback counter shards, and a pointer
// in the essay call's partition so the call's page lists its meetings.
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ExchangeMeetingSchema, type ExchangeMeeting, type ExchangeMeetingStore } from '../../essays/exchange-meeting-schema.js';
import { LectureNotFoundError, MeetingEditConflictError, MeetingStatusError } from '../../errors.js';
import { updateEventOfKind, type EventUpdate, type RefusedItem } from './event-status-update.js';
import { keys } from '../keys.js';
import { emptyShard, LECTURE_COUNTER_SHARDS } from './lecture-counter-shards.js';
import { queryAll } from './query-all.js';
import { readItem } from './read-item.js';
import { guarded } from './sdk-errors.js';

const KIND = 'exchange-meeting' as const;

const meetingItem = (meeting: ExchangeMeeting) => ({ ...keys.lectureById(meeting.id), ...keys.lecturesByStart(meeting.startsAt, meeting.id), type: 'exchange-meeting', ...meeting });

/** A refused condition: no meeting under the id (404), or one whose status forbids the change (409). */
function refusedAs(old: RefusedItem | undefined, eventId: string, wanted: string): Error {
  if (!old || old.kind?.S !== KIND) return new LectureNotFoundError(eventId);
  return new MeetingStatusError(eventId, String(old.status?.S ?? 'unknown'), wanted);
}

export class DynamoExchangeMeetingRepository implements ExchangeMeetingStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async create(meeting: ExchangeMeeting): Promise<void> {
    const item = meetingItem(meeting);
    await guarded(() =>
      this.client.send(
        new TransactWriteCommand({
          TransactItems: [
            { Put: { TableName: this.tableName, Item: item, ConditionExpression: 'attribute_not_exists(pk)' } },
            { Put: { TableName: this.tableName, Item: { ...keys.exchangeMeetingOfCall(meeting.callId, meeting.id), type: 'exchange-meeting-of-call', eventId: meeting.id } } },
            ...Array.from({ length: LECTURE_COUNTER_SHARDS }, (_, shard) => ({ Put: { TableName: this.tableName, Item: emptyShard(meeting.id, shard) } })),
          ],
        }),
      ),
    );
  }

  async get(eventId: string): Promise<ExchangeMeeting | undefined> {
    const { Item } = await guarded(() => this.client.send(new GetCommand({ TableName: this.tableName, Key: keys.lectureById(eventId), ConsistentRead: true })));
    return Item && Item.kind === 'exchange-meeting' ? readItem(ExchangeMeetingSchema, Item, 'exchange-meeting') : undefined;
  }

  async replace(meeting: ExchangeMeeting): Promise<void> {
    const seen = meeting.version - 1;
    try {
      await guarded(() =>
        this.client.send(
          new PutCommand({
            TableName: this.tableName,
            // The whole item again: a new start moves the by-start index keys with it.
            Item: meetingItem(meeting),
            // A meeting stored before versions were kept has none: it reads as version 1.
            ConditionExpression: `#kind = :kind AND #status = :scheduled AND ${seen === 1 ? '(attribute_not_exists(#version) OR #version = :seen)' : '#version = :seen'}`,
            ExpressionAttributeNames: { '#kind': 'kind', '#status': 'status', '#version': 'version' },
            ExpressionAttributeValues: { ':kind': KIND, ':scheduled': 'scheduled', ':seen': seen },
            ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
          }),
        ),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      const old = error.Item as RefusedItem | undefined;
      if (old?.kind?.S === KIND && old.status?.S === 'scheduled') throw new MeetingEditConflictError(meeting.id);
      throw refusedAs(old, meeting.id, 'changed');
    }
  }

  async markHeld(eventId: string, attendance: number, at: string): Promise<ExchangeMeeting> {
    return this.update(eventId, 'held', {
      UpdateExpression: 'SET #status = :delivered, attendance = :attendance, deliveredAt = if_not_exists(deliveredAt, :at)',
      ConditionExpression: '#status IN (:scheduled, :delivered)',
      ExpressionAttributeValues: { ':delivered': 'delivered', ':scheduled': 'scheduled', ':attendance': attendance, ':at': at },
    });
  }

  async cancel(eventId: string, at: string, reason?: string): Promise<ExchangeMeeting> {
    return this.update(eventId, 'cancelled', {
      UpdateExpression: `SET #status = :cancelled, cancelledAt = :at${reason ? ', cancelReason = :reason' : ''}`,
      ConditionExpression: '#status = :scheduled',
      ExpressionAttributeValues: { ':cancelled': 'cancelled', ':scheduled': 'scheduled', ':at': at, ...(reason ? { ':reason': reason } : {}) },
    });
  }

  private async update(eventId: string, wanted: string, update: EventUpdate): Promise<ExchangeMeeting> {
    const item = await updateEventOfKind(this.client, this.tableName, eventId, KIND, update, (old) => refusedAs(old, eventId, wanted));
    return readItem(ExchangeMeetingSchema, item, 'exchange-meeting');
  }

  async ofCall(callId: string): Promise<ExchangeMeeting[]> {
    const pointers = await queryAll(this.client, {
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :p)',
      ExpressionAttributeValues: { ':pk': keys.exchangeMeetingOfCall(callId, '').pk, ':p': keys.exchangeMeetingOfCall(callId, '').sk },
    });
    const meetings = await Promise.all(pointers.map((p) => this.get(String(p.eventId))));
    return meetings.filter((m): m is ExchangeMeeting => m !== undefined).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  }
}
