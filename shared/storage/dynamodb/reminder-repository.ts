// When a unit was last reminded about a target: one small item per unit and target (keys.reminder),
// put on the condition that the last reminder is older than the gap. Kept 90 days past the last one.
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ReminderStore, ReminderTargetKind } from '../../reminders/reminder-store.js';
import { keys } from '../keys.js';
import { tableDefinition } from '../table-definition.js';
import { guarded } from './sdk-errors.js';

const KEPT_DAYS = 90;

export class DynamoReminderRepository implements ReminderStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async claim(kind: ReminderTargetKind, targetId: string, unitId: string, at: Date, notBefore: Date): Promise<boolean> {
    const item = { ...keys.reminder(kind, targetId, unitId), type: 'reminder', lastAt: at.toISOString(), [tableDefinition.ttlAttribute]: Math.ceil(at.getTime() / 1000) + KEPT_DAYS * 86_400 };
    try {
      await guarded(() =>
        this.client.send(
          new PutCommand({
            TableName: this.tableName,
            Item: item,
            ConditionExpression: 'attribute_not_exists(pk) OR lastAt <= :notBefore',
            ExpressionAttributeValues: { ':notBefore': notBefore.toISOString() },
          }),
        ),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  async release(kind: ReminderTargetKind, targetId: string, unitId: string, at: Date): Promise<void> {
    try {
      await guarded(() =>
        this.client.send(
          new DeleteCommand({ TableName: this.tableName, Key: keys.reminder(kind, targetId, unitId), ConditionExpression: 'lastAt = :at', ExpressionAttributeValues: { ':at': at.toISOString() } }),
        ),
      );
    } catch (error) {
      // Another run has reminded the unit since: its claim stands.
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }
}
