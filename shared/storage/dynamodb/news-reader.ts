// The public side of briefings (学习动态) as the /news pages read it: GetItem only, in NEWS and
// NEWS#{id} (the respondent's policy names no more). The organizer's repository writes these items
// (briefing-repository.ts) and reads the list through readList too.
import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import * as v from 'valibot';
import { PublishedBriefingSchema, type NewsEntry, type PublishedBriefing } from '../../briefings/briefing-schema.js';
import type { NewsReader } from '../../briefings/briefing-store.js';
import { keys } from '../keys.js';
import { guarded } from './sdk-errors.js';

const NewsListSchema = v.object({
  listVersion: v.number(),
  entries: v.array(v.object({ briefingId: v.string(), title: v.string(), date: v.string(), publishedAt: v.string() })),
});
type NewsList = v.InferOutput<typeof NewsListSchema>;

export async function readList(client: DynamoDBDocumentClient, tableName: string, consistent: boolean): Promise<NewsList | undefined> {
  const { Item } = await guarded(() => client.send(new GetCommand({ TableName: tableName, Key: keys.newsList(), ConsistentRead: consistent })));
  const parsed = v.safeParse(NewsListSchema, Item);
  return parsed.success ? parsed.output : undefined;
}

/** The /news pages' reads: GetItem only, in NEWS and NEWS#{id} (the respondent's policy names no more). */
export class DynamoNewsReader implements NewsReader {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async list(): Promise<NewsEntry[]> {
    return (await readList(this.client, this.tableName, false))?.entries ?? [];
  }

  async get(briefingId: string): Promise<PublishedBriefing | undefined> {
    const { Item } = await guarded(() => this.client.send(new GetCommand({ TableName: this.tableName, Key: keys.newsCopy(briefingId) })));
    const parsed = v.safeParse(PublishedBriefingSchema, Item);
    return parsed.success ? parsed.output : undefined;
  }

  async photo(briefingId: string, photoId: string): Promise<Uint8Array | undefined> {
    const { Item } = await guarded(() => this.client.send(new GetCommand({ TableName: this.tableName, Key: keys.newsPhoto(briefingId, photoId) })));
    return Item?.bytes instanceof Uint8Array ? Item.bytes : undefined;
  }
}
