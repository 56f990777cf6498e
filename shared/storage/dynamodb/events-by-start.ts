// Events of one kind starting in [from, to), read from the lectures-by-start index that every kind of
// event shares: the kind is a filter on the index's items (lectures: items without a kind, or `lecture`).
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { EventKind } from '../../events/event.js';
import { keys } from '../keys.js';
import { tableDefinition } from '../table-definition.js';
import { queryAll } from './query-all.js';

export async function eventsByStart(client: DynamoDBDocumentClient, tableName: string, kind: EventKind, from: string, to: string): Promise<Record<string, unknown>[]> {
  if (from >= to) return [];
  const index = tableDefinition.byTimeIndex;
  // Sort keys are "<startsAt>#<id>": BETWEEN from AND to takes starts in [from, to).
  return queryAll(client, {
    TableName: tableName,
    IndexName: index.name,
    KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :from AND :to',
    // An item without a kind is a lecture: old data stays valid.
    FilterExpression: kind === 'lecture' ? 'attribute_not_exists(kind) OR kind = :kind' : 'kind = :kind',
    ExpressionAttributeNames: { '#pk': index.partitionKey, '#sk': index.sortKey },
    ExpressionAttributeValues: { ':pk': keys.lecturesByStartPartition(), ':from': from, ':to': to, ':kind': kind },
  });
}
