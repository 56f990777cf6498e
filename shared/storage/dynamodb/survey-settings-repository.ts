// A survey's settings item and, for surveys with a response limit, its running total.
import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import * as v from 'valibot';
import { SurveySettingsSchema, type SurveySettings } from '../../survey-admin/survey-settings-schema.js';
import { keys } from '../keys.js';
import type { SurveySettingsRepository } from '../ports.js';
import { guarded } from './sdk-errors.js';

export class DynamoSurveySettingsRepository implements SurveySettingsRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(surveyId: string): Promise<SurveySettings> {
    const { Item } = await guarded(() => this.client.send(new GetCommand({ TableName: this.tableName, Key: keys.surveySettings(surveyId) })));
    return Item ? v.parse(SurveySettingsSchema, Item.settings) : {};
  }

  async put(surveyId: string, settings: SurveySettings): Promise<void> {
    await guarded(() =>
      this.client.send(new PutCommand({ TableName: this.tableName, Item: { ...keys.surveySettings(surveyId), type: 'survey-settings', settings } })),
    );
  }

  async setQuotaCount(surveyId: string, count: number): Promise<void> {
    await guarded(() =>
      this.client.send(new PutCommand({ TableName: this.tableName, Item: { ...keys.surveyQuota(surveyId), type: 'survey-quota', count } })),
    );
  }
}
