// Survey definitions as the organizers manage them: create, list, edit while draft, change status.
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import * as v from 'valibot';
import { AlreadyExistsError, RecordNotFoundError, SurveyFrozenError, SurveyStatusError } from '../../errors.js';
import { SurveySchema, type Survey } from '../../survey/survey-schema.js';
import { keys } from '../keys.js';
import type { SurveyAdminRepository } from '../ports.js';
import { partitionQuery, queryAll } from './query-all.js';
import { surveyItem } from './survey-item.js';
import { guarded } from './sdk-errors.js';


/** The status of the item a failed condition saw, read from the raw attribute the SDK returns. */
function oldStatus(error: ConditionalCheckFailedException): string | undefined {
  const status = error.Item?.status as { S?: string } | string | undefined;
  return typeof status === 'string' ? status : status?.S;
}

export class DynamoSurveyAdminRepository implements SurveyAdminRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async create(survey: Survey): Promise<void> {
    try {
      await guarded(() =>
        this.client.send(new PutCommand({ TableName: this.tableName, Item: surveyItem(survey), ConditionExpression: 'attribute_not_exists(pk)' })),
      );
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) throw new AlreadyExistsError('survey', survey.id);
      throw error;
    }
  }

  async list(): Promise<Survey[]> {
    const items = await queryAll(this.client, partitionQuery(this.tableName, keys.surveysByCreationPartition(), { byTime: true, newestFirst: true }));
    return items.map((item) => v.parse(SurveySchema, item.survey));
  }


  async replaceDraft(survey: Survey): Promise<void> {
    // The condition makes the freeze race-free: a publish between read and write still wins.
    await this.conditionalPut(survey, 'draft', (status) => new SurveyFrozenError(survey.id, status));
  }

  async transition(survey: Survey, from: Survey['status']): Promise<void> {
    await this.conditionalPut(survey, from, (status) => new SurveyStatusError(survey.id, status, survey.status));
  }

  private async conditionalPut(survey: Survey, status: Survey['status'], conflict: (status: string) => Error): Promise<void> {
    try {
      await guarded(() =>
        this.client.send(
          new PutCommand({
            TableName: this.tableName,
            Item: surveyItem(survey),
            ConditionExpression: '#status = :status',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':status': status },
            ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
          }),
        ),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      const current = oldStatus(error);
      throw current === undefined ? new RecordNotFoundError('survey', survey.id) : conflict(current);
    }
  }
}
