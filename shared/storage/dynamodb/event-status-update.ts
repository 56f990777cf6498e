// One conditional update of an event of one kind under its `LECTURE#{id}` key (a status change, a
// head count): the condition always names the kind, so another kind's item under the same key is
// never touched, and a refused condition hands the caller the item as it was, to say why (404 for
// another kind or none, 409 for a status that forbids it). Study sessions and exchange meetings use it;
// lectures keep their own, as a lecture's cancellation also frees the expert's slot in a transaction.
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { EventKind } from '../../events/event.js';
import { keys } from '../keys.js';
import { guarded } from './sdk-errors.js';

export interface EventUpdate {
  UpdateExpression: string;
  /** The condition beyond the kind (which is added). `#status` names the status attribute. */
  ConditionExpression: string;
  ExpressionAttributeValues: Record<string, unknown>;
  ExpressionAttributeNames?: Record<string, string>;
}

/** The stored item as it was when a condition failed (undefined: no item), in the raw form the SDK gives. */
export type RefusedItem = { kind?: { S?: string }; status?: { S?: string } } & Record<string, unknown>;

export async function updateEventOfKind(
  client: DynamoDBDocumentClient,
  tableName: string,
  eventId: string,
  kind: EventKind,
  update: EventUpdate,
  refusal: (old: RefusedItem | undefined) => Error,
): Promise<Record<string, unknown>> {
  try {
    const { Attributes } = await guarded(() =>
      client.send(
        new UpdateCommand({
          TableName: tableName,
          Key: keys.lectureById(eventId),
          UpdateExpression: update.UpdateExpression,
          ConditionExpression: `#kind = :kind AND (${update.ConditionExpression})`,
          ExpressionAttributeNames: { '#status': 'status', '#kind': 'kind', ...update.ExpressionAttributeNames },
          ExpressionAttributeValues: { ':kind': kind, ...update.ExpressionAttributeValues },
          ReturnValues: 'ALL_NEW',
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      ),
    );
    return Attributes ?? {};
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
    throw refusal(error.Item as RefusedItem | undefined);
  }
}
