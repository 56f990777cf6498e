// Survey definitions as the organizers manage them: create, list, edit while draft, change status.
// Each survey is two items written together: its definition (read by respondents and editors) and a
// small summary indexed by creation time, which lists read instead of the definitions.
import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import * as v from 'valibot';
import { AlreadyExistsError, EditConflictError, RecordNotFoundError, SurveyFrozenError, SurveyStatusError } from '../../errors.js';
import { summaryOf, SurveySummarySchema } from '../../survey/survey-summary.js';
import { SurveySchema, type Survey } from '../../survey/survey-schema.js';
import { keys } from '../keys.js';
import type { ListedSurvey, SurveyAdminRepository, VersionedSurvey } from '../../survey-admin/survey-admin-store.js';
import { partitionQuery, queryAll } from './query-all.js';
import { surveyItem, surveySummaryItem } from './survey-item.js';
import { guarded } from './sdk-errors.js';

/** Items written before versions (and by the seeding path) count as version 0. */
function versionOf(item: Record<string, unknown> | undefined): number {
  return typeof item?.version === 'number' ? item.version : 0;
}

function ownerOf(item: Record<string, unknown>): { owner?: string } {
  return typeof item.owner === 'string' ? { owner: item.owner } : {};
}

/** The definition item a failed condition saw, from the raw attributes the SDK returns. */
function seen(error: TransactionCanceledException): { status?: string; version: number } | undefined {
  const item = error.CancellationReasons?.[0]?.Item as Record<string, { S?: string; N?: string }> | undefined;
  if (!item) return undefined;
  return { ...(item.status?.S ? { status: item.status.S } : {}), version: item.version?.N !== undefined ? Number(item.version.N) : 0 };
}

export class DynamoSurveyAdminRepository implements SurveyAdminRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async create(survey: Survey, owner?: string): Promise<void> {
    try {
      await guarded(() =>
        this.client.send(
          new TransactWriteCommand({
            TransactItems: [
              { Put: { TableName: this.tableName, Item: surveyItem(survey, 1, owner), ConditionExpression: 'attribute_not_exists(pk)' } },
              { Put: { TableName: this.tableName, Item: surveySummaryItem(survey, 1, owner) } },
            ],
          }),
        ),
      );
    } catch (error) {
      if (error instanceof TransactionCanceledException && error.CancellationReasons?.[0]?.Code === 'ConditionalCheckFailed') throw new AlreadyExistsError('survey', survey.id);
      throw error;
    }
  }

  async getVersioned(surveyId: string): Promise<VersionedSurvey | undefined> {
    const { Item } = await guarded(() =>
      this.client.send(new GetCommand({ TableName: this.tableName, Key: keys.surveyById(surveyId), ConsistentRead: true })),
    );
    return Item ? { survey: v.parse(SurveySchema, Item.survey), version: versionOf(Item), ...ownerOf(Item) } : undefined;
  }

  /**
   * Every survey's summary, newest first: summaries of a few hundred bytes, never definitions. A survey
   * stored before summaries existed is listed from its definition once and given its summary then.
   */
  async list(): Promise<ListedSurvey[]> {
    const items = await queryAll(this.client, partitionQuery(this.tableName, keys.surveysByCreationPartition(), { byTime: true, newestFirst: true }));
    const listed: ListedSurvey[] = [];
    for (const item of items) {
      if (item.type === 'survey-summary') {
        // One summary that no longer reads must not take the list down for everyone: it is left out.
        const parsed = v.safeParse(SurveySummarySchema, item.summary);
        if (parsed.success) listed.push({ summary: parsed.output, ...ownerOf(item) });
        continue;
      }
      const parsed = v.safeParse(SurveySchema, item.survey);
      if (!parsed.success) continue;
      listed.push({ summary: summaryOf(parsed.output), ...ownerOf(item) });
      await this.upgrade(parsed.output, versionOf(item), typeof item.owner === 'string' ? item.owner : undefined);
    }
    return listed;
  }

  /** Gives a survey stored before summaries its summary and takes its definition out of the index; a change meanwhile wins. */
  private async upgrade(survey: Survey, version: number, owner: string | undefined): Promise<void> {
    try {
      await this.write(survey, survey.status, version, version, owner);
    } catch (error) {
      if (!(error instanceof EditConflictError || error instanceof SurveyStatusError || error instanceof SurveyFrozenError || error instanceof RecordNotFoundError)) throw error;
    }
  }

  async replaceDraft(survey: Survey, expectedVersion: number, owner: string | undefined): Promise<number> {
    // The condition makes the freeze race-free: a publish between read and write still wins.
    return this.write(survey, 'draft', expectedVersion, expectedVersion + 1, owner, (status) => new SurveyFrozenError(survey.id, status));
  }

  async transition(survey: Survey, from: Survey['status'], expectedVersion: number, owner: string | undefined): Promise<number> {
    return this.write(survey, from, expectedVersion, expectedVersion + 1, owner, (status) => new SurveyStatusError(survey.id, status, survey.status));
  }

  /**
   * Writes the definition and its summary if it is still in `status` and at `expectedVersion`: a write
   * made from an older read (a publish racing a save) fails instead of putting back what the other
   * request replaced. The definition is put whole, owner included, so the item written is exactly
   * the item measured (survey-item.ts).
   */
  private async write(survey: Survey, status: Survey['status'], expectedVersion: number, version: number, owner: string | undefined, conflict?: (status: string) => Error): Promise<number> {
    try {
      await guarded(() =>
        this.client.send(
          new TransactWriteCommand({
            TransactItems: [
              {
                Put: {
                  TableName: this.tableName,
                  Item: surveyItem(survey, version, owner),
                  ConditionExpression: `#status = :status AND ${expectedVersion === 0 ? 'attribute_not_exists(version)' : 'version = :version'}`,
                  ExpressionAttributeNames: { '#status': 'status' },
                  ExpressionAttributeValues: { ':status': status, ...(expectedVersion === 0 ? {} : { ':version': expectedVersion }) },
                  ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
                },
              },
              { Put: { TableName: this.tableName, Item: surveySummaryItem(survey, version, owner) } },
            ],
          }),
        ),
      );
    } catch (error) {
      if (!(error instanceof TransactionCanceledException) || error.CancellationReasons?.[0]?.Code !== 'ConditionalCheckFailed') {
        if (error instanceof ConditionalCheckFailedException) throw new EditConflictError('survey', survey.id);
        throw error;
      }
      const current = seen(error);
      if (current?.status === undefined) throw new RecordNotFoundError('survey', survey.id);
      if (current.status !== status) throw (conflict ?? ((s: string) => new SurveyStatusError(survey.id, s, survey.status)))(current.status);
      throw new EditConflictError('survey', survey.id);
    }
    return version;
  }
}
