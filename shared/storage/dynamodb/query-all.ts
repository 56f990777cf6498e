// Reading a partition, whole or a page at a time: the one Query loop every repository shares, and the
// one way a listing hands out and takes back its cursor.
import { QueryCommand, type DynamoDBDocumentClient, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { tableDefinition } from '../table-definition.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { guarded } from './sdk-errors.js';

type Item = Record<string, unknown>;

/** A Query for every item of one partition, on the table or (byTime) on the time-ordered index. */
export function partitionQuery(tableName: string, partition: string, options: { byTime?: boolean; newestFirst?: boolean } = {}): QueryCommandInput {
  const index = tableDefinition.byTimeIndex;
  return {
    TableName: tableName,
    ...(options.byTime ? { IndexName: index.name } : {}),
    KeyConditionExpression: '#pk = :pk',
    ExpressionAttributeNames: { '#pk': options.byTime ? index.partitionKey : tableDefinition.partitionKey },
    ExpressionAttributeValues: { ':pk': partition },
    ...(options.newestFirst ? { ScanIndexForward: false } : {}),
  };
}

export async function* queryPages(client: DynamoDBDocumentClient, input: QueryCommandInput): AsyncGenerator<Item[]> {
  let startKey: Item | undefined;
  do {
    const page = await guarded(() => client.send(new QueryCommand({ ...input, ExclusiveStartKey: startKey })));
    yield page.Items ?? [];
    startKey = page.LastEvaluatedKey;
  } while (startKey);
}

export async function queryAll(client: DynamoDBDocumentClient, input: QueryCommandInput): Promise<Item[]> {
  const items: Item[] = [];
  for await (const page of queryPages(client, input)) items.push(...page);
  return items;
}

/**
 * One page of a Query over `partition`, resumed from a cursor this service handed out: a cursor that is
 * not a key of this partition (on the table, or on the time-ordered index when the query reads it) is
 * refused as InvalidCursorError before it reaches DynamoDB.
 */
export async function queryPage(client: DynamoDBDocumentClient, input: QueryCommandInput, partition: string, page: { limit: number; cursor?: string | undefined }): Promise<{ items: Item[]; cursor?: string }> {
  const index = tableDefinition.byTimeIndex;
  const startKey =
    input.IndexName === index.name
      ? decodeCursor(page.cursor, ['pk', 'sk', index.partitionKey, index.sortKey], { [index.partitionKey]: partition })
      : decodeCursor(page.cursor, ['pk', 'sk'], { pk: partition });
  const { Items = [], LastEvaluatedKey } = await guarded(() => client.send(new QueryCommand({ ...input, Limit: page.limit, ExclusiveStartKey: startKey })));
  const cursor = encodeCursor(LastEvaluatedKey);
  return cursor ? { items: Items, cursor } : { items: Items };
}
