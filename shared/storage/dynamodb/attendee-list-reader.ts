// The public side's one read of a study session: its attendee list (a projection of the event's item),
// for the sign-in check. Kept apart from the session repository so the respondent bundle carries no more.
import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import * as v from 'valibot';
import { AttendeeSchema, type Attendee } from '../../study-plan/study-session-schema.js';
import type { AttendeeListReader } from '../../study-plan/study-session-store.js';
import { keys } from '../keys.js';
import { guarded } from './sdk-errors.js';

const KIND = 'study-session';

/** The attendee list of a session, read alone (a projection of the event's item). */
export class DynamoAttendeeListReader implements AttendeeListReader {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async attendeesOf(eventId: string): Promise<Attendee[] | undefined> {
    const { Item } = await guarded(() =>
      this.client.send(
        new GetCommand({ TableName: this.tableName, Key: keys.lectureById(eventId), ProjectionExpression: 'kind, attendees' }),
      ),
    );
    if (!Item || Item.kind !== KIND) return undefined;
    return v.parse(v.array(AttendeeSchema), Item.attendees ?? []);
  }
}
