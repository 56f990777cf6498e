// The district's study settings (its own study forms): one item beside the other programme settings.
import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import * as v from 'valibot';
import { DEFAULT_STUDY_SETTINGS, StudySettingsSchema, type StudySettings } from '../../study-plan/study-session-schema.js';
import type { StudySettingsRepository } from '../../study-plan/study-session-store.js';
import { keys } from '../keys.js';
import { guarded } from './sdk-errors.js';

export class DynamoStudySettingsRepository implements StudySettingsRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(): Promise<StudySettings> {
    const { Item } = await guarded(() => this.client.send(new GetCommand({ TableName: this.tableName, Key: keys.studySettings() })));
    const parsed = v.safeParse(StudySettingsSchema, Item?.settings);
    return parsed.success ? parsed.output : DEFAULT_STUDY_SETTINGS;
  }

  async put(settings: StudySettings): Promise<void> {
    await guarded(() => this.client.send(new PutCommand({ TableName: this.tableName, Item: { ...keys.studySettings(), type: 'study-settings', settings: v.parse(StudySettingsSchema, settings) } })));
  }
}
