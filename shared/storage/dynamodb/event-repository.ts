// Reads any event (lecture, study session, exchange meeting) by its id: the common fields only,
// parsed with the event schema, so sign-in and records never depend on a kind's own schema.
import { GetCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import * as v from 'valibot';
import { eventSummary, StoredEventSchema, type EventReader, type EventSummary, type RecentEvents } from '../../events/event.js';
import { keys } from '../keys.js';
import { tableDefinition } from '../table-definition.js';
import { guarded } from './sdk-errors.js';

export class DynamoEventReader implements EventReader, RecentEvents {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async getEvent(eventId: string): Promise<EventSummary | undefined> {
    const { Item } = await guarded(() => this.client.send(new GetCommand({ TableName: this.tableName, Key: keys.lectureById(eventId) })));
    if (!Item) return undefined;
    const parsed = v.safeParse(StoredEventSchema, Item);
    return parsed.success ? eventSummary(parsed.output) : undefined;
  }

  async recentEvents(from: string, to: string, limit: number): Promise<EventSummary[]> {
    if (from >= to) return [];
    const index = tableDefinition.byTimeIndex;
    // One page, newest first, capped by Limit: a picker never reads the whole by-start index.
    const { Items } = await guarded(() =>
      this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: index.name,
          KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :from AND :to',
          ExpressionAttributeNames: { '#pk': index.partitionKey, '#sk': index.sortKey },
          ExpressionAttributeValues: { ':pk': keys.lecturesByStartPartition(), ':from': from, ':to': to },
          ScanIndexForward: false,
          Limit: Math.max(1, Math.min(limit, 1000)),
        }),
      ),
    );
    return (Items ?? []).flatMap((item) => {
      const parsed = v.safeParse(StoredEventSchema, item);
      return parsed.success ? [eventSummary(parsed.output)] : [];
    });
  }
}
