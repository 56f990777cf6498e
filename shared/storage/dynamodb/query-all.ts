// Reading a whole partition, page by page: the one Query loop every repository shares.
import { QueryCommand, type DynamoDBDocumentClient, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { tableDefinition } from '../table-definition.js';
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
