// Reads any event (lecture, study session, exchange meeting) by its id: the common fields only,
// parsed with the event schema, so sign-in and records never depend on a kind's own schema.
import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import * as v from 'valibot';
import { eventSummary, StoredEventSchema, type EventReader, type EventSummary } from '../../events/event.js';
import { keys } from '../keys.js';
import { guarded } from './sdk-errors.js';

export class DynamoEventReader implements EventReader {
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
}
