// The one item listing what is open to units (surveys and menus), versioned so that changes made at
// the same time (two publishes) both land.
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import * as v from 'valibot';
import { EMPTY_DIRECTORY, PublicDirectorySchema, type PublicDirectory } from '../../unit-links/public-directory-schema.js';
import { keys } from '../keys.js';
import type { DirectoryRepository } from '../../unit-links/directory-store.js';
import { StoreUnavailableError } from '../../errors.js';
import { guarded } from './sdk-errors.js';

/** Changes that keep losing to others give up (503, retry) after this many tries. */
const UPDATE_ATTEMPTS = 8;

export class DynamoDirectoryRepository implements DirectoryRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(): Promise<PublicDirectory> {
    return (await this.read(false)).directory;
  }

  private async read(consistent: boolean): Promise<{ directory: PublicDirectory; version: number }> {
    const { Item } = await guarded(() => this.client.send(new GetCommand({ TableName: this.tableName, Key: keys.publicDirectory(), ConsistentRead: consistent })));
    const parsed = v.safeParse(PublicDirectorySchema, Item?.directory);
    return { directory: parsed.success ? parsed.output : EMPTY_DIRECTORY, version: typeof Item?.version === 'number' ? Item.version : 0 };
  }

  async put(directory: PublicDirectory): Promise<void> {
    // A whole rebuild moves the version on too, so a change read before it re-reads.
    await guarded(() =>
      this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.publicDirectory(),
          UpdateExpression: 'SET #type = :type, directory = :directory ADD version :one',
          ExpressionAttributeNames: { '#type': 'type' },
          ExpressionAttributeValues: { ':type': 'directory', ':directory': directory, ':one': 1 },
        }),
      ),
    );
  }

  async update(change: (current: PublicDirectory) => PublicDirectory): Promise<void> {
    for (let attempt = 0; attempt < UPDATE_ATTEMPTS; attempt++) {
      const { directory, version } = await this.read(true);
      try {
        await guarded(() =>
          this.client.send(
            new PutCommand({
              TableName: this.tableName,
              Item: { ...keys.publicDirectory(), type: 'directory', directory: change(directory), version: version + 1 },
              ConditionExpression: version === 0 ? 'attribute_not_exists(version)' : 'version = :version',
              ...(version === 0 ? {} : { ExpressionAttributeValues: { ':version': version } }),
            }),
          ),
        );
        return;
      } catch (error) {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
        await new Promise((resolve) => setTimeout(resolve, 10 * (attempt + 1) * Math.random()));
      }
    }
    throw new StoreUnavailableError('DirectoryContended');
  }
}
