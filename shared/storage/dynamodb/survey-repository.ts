// Survey definitions in the district's table.
import { GetCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import * as v from 'valibot';
import { SurveySchema, type Survey } from '../../survey/survey-schema.js';
import { keys } from '../keys.js';
import type { SurveyRepository } from '../../survey/survey-store.js';
import { guarded } from './sdk-errors.js';
import { surveyItem, surveySummaryItem } from './survey-item.js';

export class DynamoSurveyRepository implements SurveyRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(surveyId: string): Promise<Survey | undefined> {
    const { Item } = await guarded(() =>
      this.client.send(new GetCommand({ TableName: this.tableName, Key: keys.surveyById(surveyId) })),
    );
    if (!Item) return undefined;
    // The stored item is re-read through the schema, so a bad item is caught here, not in a page.
    return v.parse(SurveySchema, Item.survey);
  }

  /** The seeding path (and tests): the definition and its summary, without a version or owner. */
  async put(survey: Survey): Promise<void> {
    await guarded(() =>
      this.client.send(
        new TransactWriteCommand({
          TransactItems: [{ Put: { TableName: this.tableName, Item: surveyItem(survey) } }, { Put: { TableName: this.tableName, Item: surveySummaryItem(survey, 0) } }],
        }),
      ),
    );
  }
}
