// The one item listing what is open to units (surveys and menus).
import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import * as v from 'valibot';
import { EMPTY_DIRECTORY, PublicDirectorySchema, type PublicDirectory } from '../../programme/public-directory-schema.js';
import { keys } from '../keys.js';
import type { DirectoryRepository } from '../ports.js';
import { guarded } from './sdk-errors.js';

export class DynamoDirectoryRepository implements DirectoryRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(): Promise<PublicDirectory> {
    const { Item } = await guarded(() => this.client.send(new GetCommand({ TableName: this.tableName, Key: keys.publicDirectory() })));
    const parsed = v.safeParse(PublicDirectorySchema, Item?.directory);
    return parsed.success ? parsed.output : EMPTY_DIRECTORY;
  }

  async put(directory: PublicDirectory): Promise<void> {
    await guarded(() => this.client.send(new PutCommand({ TableName: this.tableName, Item: { ...keys.publicDirectory(), type: 'directory', directory } })));
  }
}
