// The district's feedback form: a pointer item (current version, feedback window) and one item per
// saved version, never overwritten, so every lecture's feedback keeps the form it answered.
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand, TransactWriteCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import * as v from 'valibot';
import { AlreadyExistsError } from '../../errors.js';
import { SurveySchema, type Survey } from '../../survey/survey-schema.js';
import { keys } from '../keys.js';
import type { FeedbackFormRepository, FeedbackFormState, RepeatFeedback } from '../../lectures/lecture-store.js';
import { guarded } from './sdk-errors.js';

export const DEFAULT_FEEDBACK_WINDOW_DAYS = 7;
/** The first feedback of a phone stands, as a paper form handed in would; a district may let a repeat replace it. */
export const DEFAULT_REPEAT_FEEDBACK: RepeatFeedback = 'refuse';

export class DynamoFeedbackFormRepository implements FeedbackFormRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async state(): Promise<FeedbackFormState> {
    const { Item } = await guarded(() => this.client.send(new GetCommand({ TableName: this.tableName, Key: keys.feedbackFormCurrent() })));
    return {
      version: typeof Item?.version === 'number' ? Item.version : 1,
      windowDays: typeof Item?.windowDays === 'number' ? Item.windowDays : DEFAULT_FEEDBACK_WINDOW_DAYS,
      repeatFeedback: Item?.repeatFeedback === 'replace' ? 'replace' : DEFAULT_REPEAT_FEEDBACK,
      ...(typeof Item?.updatedAt === 'string' ? { updatedAt: Item.updatedAt } : {}),
    };
  }

  async version(version: number): Promise<Survey | undefined> {
    const { Item } = await guarded(() => this.client.send(new GetCommand({ TableName: this.tableName, Key: keys.feedbackFormVersion(version) })));
    return Item ? v.parse(SurveySchema, Item.form) : undefined;
  }

  async saveVersion(form: Survey, expectedVersion: number, at: string): Promise<number> {
    const next = expectedVersion + 1;
    try {
      await guarded(() =>
        this.client.send(
          new TransactWriteCommand({
            TransactItems: [
              { Put: { TableName: this.tableName, Item: { ...keys.feedbackFormVersion(next), type: 'feedback-form', version: next, form }, ConditionExpression: 'attribute_not_exists(pk)' } },
              {
                Update: {
                  TableName: this.tableName,
                  Key: keys.feedbackFormCurrent(),
                  UpdateExpression: 'SET #type = :type, version = :next, updatedAt = :at',
                  ConditionExpression: expectedVersion === 1 ? 'attribute_not_exists(version) OR version = :expected' : 'version = :expected',
                  ExpressionAttributeNames: { '#type': 'type' },
                  ExpressionAttributeValues: { ':type': 'feedback-form-current', ':next': next, ':at': at, ':expected': expectedVersion },
                },
              },
            ],
          }),
        ),
      );
      return next;
    } catch (error) {
      // Another organizer saved first: theirs stands, and this one must start from it.
      if (error instanceof TransactionCanceledException) throw new AlreadyExistsError('feedback form version', String(next));
      throw error;
    }
  }

  async setWindow(window: { windowDays: number; repeatFeedback?: RepeatFeedback | undefined }, at: string): Promise<void> {
    const repeat = window.repeatFeedback;
    await guarded(() =>
      this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.feedbackFormCurrent(),
          UpdateExpression: `SET #type = :type, windowDays = :days, updatedAt = :at${repeat ? ', repeatFeedback = :repeat' : ''}`,
          ExpressionAttributeNames: { '#type': 'type' },
          ExpressionAttributeValues: { ':type': 'feedback-form-current', ':days': window.windowDays, ':at': at, ...(repeat ? { ':repeat': repeat } : {}) },
        }),
      ),
    );
  }
}
