// A survey's single-use access codes; using one happens in the response transaction (response-repository.ts).
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { AlreadyExistsError } from '../../errors.js';
import { keys } from '../keys.js';
import { accessCodeItem, readAccessCode } from './access-code-item.js';
import type { AccessCode, AccessCodeRepository } from '../../survey-admin/survey-admin-store.js';
import { partitionQuery, queryAll } from './query-all.js';
import { guarded } from './sdk-errors.js';

const PARALLEL_PUTS = 25;

export class DynamoAccessCodeRepository implements AccessCodeRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async create(surveyId: string, codes: AccessCode[]): Promise<void> {
    // Conditional puts (BatchWrite has no conditions): a colliding code must never reset a used one.
    for (let i = 0; i < codes.length; i += PARALLEL_PUTS) {
      await Promise.all(codes.slice(i, i + PARALLEL_PUTS).map((code) => this.putOne(surveyId, code)));
    }
  }

  private async putOne(surveyId: string, code: AccessCode): Promise<void> {
    try {
      await guarded(() =>
        this.client.send(
          new PutCommand({
            TableName: this.tableName,
            Item: accessCodeItem(surveyId, code),
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        ),
      );
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) throw new AlreadyExistsError('access code', code.code);
      throw error;
    }
  }

  async list(surveyId: string): Promise<AccessCode[]> {
    const items = await queryAll(this.client, partitionQuery(this.tableName, keys.accessCodesPartition(surveyId)));
    return items.map(readAccessCode);
  }

}
