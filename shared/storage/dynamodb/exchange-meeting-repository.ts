// Exchange meetings (交流会) in the table: the event item under LECTURE#{id} with the by-start index
// keys (like a lecture; lecture reads skip it by its kind), its feedback counter shards, and a pointer
// in the essay call's partition so the call's page lists its meetings.
import { GetCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ExchangeMeetingSchema, type ExchangeMeeting, type ExchangeMeetingStore } from '../../essays/exchange-meeting-schema.js';
import { keys } from '../keys.js';
import { emptyShard, LECTURE_COUNTER_SHARDS } from './lecture-counter-shards.js';
import { queryAll } from './query-all.js';
import { readItem } from './read-item.js';
import { guarded } from './sdk-errors.js';

export class DynamoExchangeMeetingRepository implements ExchangeMeetingStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async create(meeting: ExchangeMeeting): Promise<void> {
    const item = { ...keys.lectureById(meeting.id), ...keys.lecturesByStart(meeting.startsAt, meeting.id), type: 'exchange-meeting', ...meeting };
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
