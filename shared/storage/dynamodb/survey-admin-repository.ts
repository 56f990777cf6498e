// Survey definitions as the organizers manage them: create, list, edit while draft, change status.
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import * as v from 'valibot';
import { AlreadyExistsError, EditConflictError, RecordNotFoundError, SurveyFrozenError, SurveyStatusError } from '../../errors.js';
import { SurveySchema, type Survey } from '../../survey/survey-schema.js';
import { keys } from '../keys.js';
import type { ListedSurvey, SurveyAdminRepository, VersionedSurvey } from '../ports.js';
import { partitionQuery, queryAll } from './query-all.js';
import { surveyItem } from './survey-item.js';
import { guarded } from './sdk-errors.js';


/** Items written before versions (and by the seeding path) count as version 0. */
function versionOf(item: Record<string, unknown> | undefined): number {
  return typeof item?.version === 'number' ? item.version : 0;
}

/** The status of the item a failed condition saw, read from the raw attribute the SDK returns. */
function oldStatus(error: ConditionalCheckFailedException): string | undefined {
  const status = error.Item?.status as { S?: string } | string | undefined;
  return typeof status === 'string' ? status : status?.S;
}

function ownerOf(item: Record<string, unknown>): { owner?: string } {
  return typeof item.owner === 'string' ? { owner: item.owner } : {};
}

function oldVersion(error: ConditionalCheckFailedException): number {
  const version = error.Item?.version as { N?: string } | number | undefined;
  return typeof version === 'number' ? version : version?.N !== undefined ? Number(version.N) : 0;
}

export class DynamoSurveyAdminRepository implements SurveyAdminRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async create(survey: Survey, owner?: string): Promise<void> {
    try {
      await guarded(() =>
        this.client.send(new PutCommand({ TableName: this.tableName, Item: surveyItem(survey, 1, owner), ConditionExpression: 'attribute_not_exists(pk)' })),
      );
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) throw new AlreadyExistsError('survey', survey.id);
      throw error;
    }
  }

  async getVersioned(surveyId: string): Promise<VersionedSurvey | undefined> {
    const { Item } = await guarded(() =>
      this.client.send(new GetCommand({ TableName: this.tableName, Key: keys.surveyById(surveyId), ConsistentRead: true })),
    );
    return Item ? { survey: v.parse(SurveySchema, Item.survey), version: versionOf(Item), ...ownerOf(Item) } : undefined;
  }

  async list(): Promise<ListedSurvey[]> {
    const items = await queryAll(this.client, partitionQuery(this.tableName, keys.surveysByCreationPartition(), { byTime: true, newestFirst: true }));
    // One definition that no longer reads (written by an older version, or by hand) must not take the
    // list down for everyone: it is left out here; its own page still answers with what it can.
    return items.flatMap((item) => {
      const parsed = v.safeParse(SurveySchema, item.survey);
      return parsed.success ? [{ survey: parsed.output, ...ownerOf(item) }] : [];
    });
  }

  async replaceDraft(survey: Survey, expectedVersion: number): Promise<number> {
    // The condition makes the freeze race-free: a publish between read and write still wins.
    return this.conditionalPut(survey, 'draft', expectedVersion, (status) => new SurveyFrozenError(survey.id, status));
  }

  async transition(survey: Survey, from: Survey['status'], expectedVersion: number): Promise<number> {
    return this.conditionalPut(survey, from, expectedVersion, (status) => new SurveyStatusError(survey.id, status, survey.status));
  }

  /**
   * Writes the survey if it is still in `status` and at `expectedVersion`: a write made from an older
   * read (a publish racing a save) fails instead of putting back what the other request replaced.
   */
  private async conditionalPut(survey: Survey, status: Survey['status'], expectedVersion: number, conflict: (status: string) => Error): Promise<number> {
    const version = expectedVersion + 1;
    try {
      // An update, not a put: attributes the definition does not carry (its owner) stay as they are.
      const { pk: _pk, sk: _sk, ...fields } = surveyItem(survey, version);
      const names = Object.fromEntries(Object.keys(fields).map((name, i) => [`#f${i}`, name]));
      const values = Object.fromEntries(Object.values(fields).map((value, i) => [`:f${i}`, value]));
      await guarded(() =>
        this.client.send(
          new UpdateCommand({
            TableName: this.tableName,
            Key: keys.surveyById(survey.id),
            UpdateExpression: `SET ${Object.keys(names).map((n, i) => `${n} = :f${i}`).join(', ')}`,
            ConditionExpression: `#status = :status AND ${expectedVersion === 0 ? 'attribute_not_exists(version)' : 'version = :version'}`,
            ExpressionAttributeNames: { ...names, '#status': 'status' },
            ExpressionAttributeValues: { ...values, ':status': status, ...(expectedVersion === 0 ? {} : { ':version': expectedVersion }) },
            ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
          }),
        ),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      const current = oldStatus(error);
      if (current === undefined) throw new RecordNotFoundError('survey', survey.id);
      if (current !== status) throw conflict(current);
      if (oldVersion(error) !== expectedVersion) throw new EditConflictError('survey', survey.id);
      throw error;
    }
    return version;
  }
}
