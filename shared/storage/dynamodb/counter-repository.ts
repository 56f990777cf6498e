// Reads a survey's per-unit counters: one Query, whose cost depends on units, not responses.
// Counters are read as DynamoDB's own number text, never through a double on the way: a sum past
// 2^53 (or with many decimals) stays readable and exact.
import { QueryCommand, type AttributeValue } from '@aws-sdk/client-dynamodb';
import { NumberValue, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { decimalText, type DecimalText } from '../../report/exact-decimal.js';
import { isCounterName } from '../../report/counter-names.js';
import { idFromSortKey, keys } from '../keys.js';
import type { CounterRepository, UnitCounters } from '../ports.js';
import { partitionQuery } from './query-all.js';
import { batchWrite } from './batch-write.js';
import { guarded } from './sdk-errors.js';

export interface ReadObserver {
  /** Told how many items each read returned, so tests and benchmarks can count reads. */
  itemsRead(count: number): void;
}

type RawItem = Record<string, AttributeValue>;

export class DynamoCounterRepository implements CounterRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly observer?: ReadObserver,
  ) {}

  async read(surveyId: string): Promise<UnitCounters[]> {
    return (await this.readExact(surveyId)).map((unit) => ({
      ...unit,
      counters: Object.fromEntries(Object.entries(unit.counters).map(([name, value]) => [name, Number(value)])),
    }));
  }

  async readExact(surveyId: string): Promise<UnitCounters<DecimalText>[]> {
    const result: UnitCounters<DecimalText>[] = [];
    for await (const items of this.rawPages(surveyId)) {
      this.observer?.itemsRead(items.length);
      for (const item of items) result.push(toUnitCounters(item));
    }
    return result;
  }

  /** The low-level Query: the document client would turn every number into a double (or a BigInt). */
  private async *rawPages(surveyId: string): AsyncGenerator<RawItem[]> {
    const query = partitionQuery(this.tableName, keys.countersPartition(surveyId));
    let startKey: RawItem | undefined;
    do {
      const page = await guarded(() =>
        this.client.send(
          new QueryCommand({
            TableName: query.TableName,
            KeyConditionExpression: query.KeyConditionExpression,
            ExpressionAttributeNames: query.ExpressionAttributeNames,
            ExpressionAttributeValues: { ':pk': { S: keys.countersPartition(surveyId) } },
            ExclusiveStartKey: startKey,
          }),
        ),
      );
      yield page.Items ?? [];
      startKey = page.LastEvaluatedKey;
    } while (startKey);
  }

  async replace(surveyId: string, units: readonly UnitCounters<DecimalText>[]): Promise<void> {
    const current = await this.readExact(surveyId);
    const keep = new Set(units.map((u) => u.unitId));
    await batchWrite(this.client, this.tableName, [
      ...current.filter((u) => !keep.has(u.unitId)).map((u) => ({ DeleteRequest: { Key: keys.countersBySurveyUnit(surveyId, u.unitId) } })),
      ...units.map((u) => ({
        PutRequest: {
          Item: {
            ...keys.countersBySurveyUnit(surveyId, u.unitId),
            type: 'counters',
            unitId: u.unitId,
            ...(u.front ? { front: u.front } : {}),
            ...(u.lastResponseAt ? { lastResponseAt: u.lastResponseAt } : {}),
            // Written as number text, so a sum is stored exactly as recounted.
            ...Object.fromEntries(Object.entries(u.counters).map(([name, value]) => [name, NumberValue.from(value)])),
          },
        },
      })),
    ]);
  }
}

function toUnitCounters(item: RawItem): UnitCounters<DecimalText> {
  const counters: Record<string, DecimalText> = {};
  for (const [name, value] of Object.entries(item)) {
    if (isCounterName(name) && value.N !== undefined) counters[name] = decimalText(value.N);
  }
  const unit: UnitCounters<DecimalText> = { unitId: idFromSortKey(item.sk?.S ?? ''), counters };
  if (item.front?.S !== undefined) unit.front = item.front.S;
  if (item.lastResponseAt?.S !== undefined) unit.lastResponseAt = item.lastResponseAt.S;
  return unit;
}
