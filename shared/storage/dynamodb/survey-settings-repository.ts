// A survey's settings item and, for surveys with a response limit, its running total.
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import * as v from 'valibot';
import { EditConflictError } from '../../errors.js';
import { readSettings, SurveySettingsSchema, type SurveySettings } from '../../survey-admin/survey-settings-schema.js';
import { keys } from '../keys.js';
import type { StoredSettings, SurveySettingsRepository } from '../../survey-admin/survey-admin-store.js';
import { QUOTA_SHARDS, spreadQuotaCount } from './quota-shards.js';
import { guarded } from './sdk-errors.js';

export class DynamoSurveySettingsRepository implements SurveySettingsRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async read(surveyId: string): Promise<StoredSettings> {
    const { Item } = await guarded(() => this.client.send(new GetCommand({ TableName: this.tableName, Key: keys.surveySettings(surveyId) })));
    if (!Item) return { settings: {}, unreadable: [], version: 0 };
    // Items written before versions count as version 0.
    return { ...readSettings(Item.settings), version: typeof Item.version === 'number' ? Item.version : 0 };
  }

  async get(surveyId: string): Promise<SurveySettings> {
    return (await this.read(surveyId)).settings;
  }

  async put(surveyId: string, settings: SurveySettings, expectedVersion: number): Promise<number> {
    // Written with the schema it is read with: a value that could not be read back never gets in.
    const checked = v.parse(SurveySettingsSchema, settings);
    const version = expectedVersion + 1;
    try {
      await guarded(() =>
        this.client.send(
          new PutCommand({
            TableName: this.tableName,
            Item: { ...keys.surveySettings(surveyId), type: 'survey-settings', settings: checked, version },
            ...(expectedVersion === 0
              ? { ConditionExpression: 'attribute_not_exists(version)' }
              : { ConditionExpression: 'version = :expected', ExpressionAttributeValues: { ':expected': expectedVersion } }),
          }),
        ),
      );
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) throw new EditConflictError('survey settings', surveyId);
      throw error;
    }
    return version;
  }

  async setQuotaCount(surveyId: string, count: number, limit: number): Promise<void> {
    // Every shard is written (unused ones at 0), so a lower limit leaves no stale count on a shard it stops using.
    const counts = spreadQuotaCount(count, limit);
    await Promise.all(
      Array.from({ length: QUOTA_SHARDS }, (_, shard) =>
        guarded(() => this.client.send(new PutCommand({ TableName: this.tableName, Item: { ...keys.surveyQuota(surveyId, shard), type: 'survey-quota', count: counts[shard] ?? 0 } }))),
      ),
    );
  }
}
