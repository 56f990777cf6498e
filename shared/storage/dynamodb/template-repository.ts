// Saved survey templates: one item each in the district's TEMPLATES partition, read back through their schema.
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, GetCommand, PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import * as v from 'valibot';
import { AlreadyExistsError, InvalidSurveyError, RecordNotFoundError } from '../../errors.js';
import { SavedTemplateSchema, type SavedTemplate } from '../../templates/saved-template-schema.js';
import { keys } from '../keys.js';
import type { TemplateRepository } from '../../templates/template-store.js';
import { sizedItem } from './item-size.js';
import { partitionQuery, queryAll } from './query-all.js';
import { guarded } from './sdk-errors.js';

function templateItem(template: SavedTemplate) {
  // A definition that fits a survey item fits here too, but the name and owner add a little: measured, never refused by DynamoDB.
  return sizedItem({ ...keys.templateById(template.id), type: 'template', template }, () => new InvalidSurveyError([{ code: 'definition_too_large', message: 'The definition is too large to keep as a template.' }]));
}

export class DynamoTemplateRepository implements TemplateRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async create(template: SavedTemplate): Promise<void> {
    try {
      await guarded(() => this.client.send(new PutCommand({ TableName: this.tableName, Item: templateItem(template), ConditionExpression: 'attribute_not_exists(pk)' })));
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) throw new AlreadyExistsError('template', template.id);
      throw error;
    }
  }

  async get(templateId: string): Promise<SavedTemplate | undefined> {
    const { Item } = await guarded(() => this.client.send(new GetCommand({ TableName: this.tableName, Key: keys.templateById(templateId), ConsistentRead: true })));
    if (!Item) return undefined;
    const parsed = v.safeParse(SavedTemplateSchema, Item.template);
    return parsed.success ? parsed.output : undefined;
  }

  async list(): Promise<SavedTemplate[]> {
    const items = await queryAll(this.client, { ...partitionQuery(this.tableName, keys.templatesPartition()), ConsistentRead: true });
    return items
      .flatMap((item) => {
        const parsed = v.safeParse(SavedTemplateSchema, item.template);
        return parsed.success ? [parsed.output] : [];
      })
      .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN') || a.createdAt.localeCompare(b.createdAt));
  }

  async rename(templateId: string, name: string): Promise<void> {
    // Measured as it will be stored: a longer name on a template near the limit is refused, not a 500.
    const current = await this.get(templateId);
    if (!current) throw new RecordNotFoundError('template', templateId);
    templateItem({ ...current, name });
    try {
      await guarded(() =>
        this.client.send(
          new UpdateCommand({
            TableName: this.tableName,
            Key: keys.templateById(templateId),
            UpdateExpression: 'SET #t.#name = :name',
            ConditionExpression: 'attribute_exists(pk)',
            ExpressionAttributeNames: { '#t': 'template', '#name': 'name' },
            ExpressionAttributeValues: { ':name': name },
          }),
        ),
      );
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) throw new RecordNotFoundError('template', templateId);
      throw error;
    }
  }

  async delete(templateId: string): Promise<void> {
    try {
      await guarded(() => this.client.send(new DeleteCommand({ TableName: this.tableName, Key: keys.templateById(templateId), ConditionExpression: 'attribute_exists(pk)' })));
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) throw new RecordNotFoundError('template', templateId);
      throw error;
    }
  }
}
