// Reads a survey's per-unit counters: one Query, whose cost depends on units, not responses.
// Counters are read as DynamoDB's own number text, never through a double on the way: a sum past
// 2^53 (or with many decimals) stays readable and exact.
import { GetItemCommand, QueryCommand } from '@aws-sdk/client-dynamodb';
import { NumberValue, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { DecimalText } from '../../kernel/exact-decimal.js';
import { addExactCounters, counterNumbers } from '../../survey/exact-counters.js';
import { isCounterName } from '../../question-types/counter-names.js';
import { exactCountersOf, type RawItem } from './exact-counter-item.js';
import { keys, unitIdFromCounterSortKey } from '../keys.js';
import type { CounterRepository, UnitCounters } from '../../survey/counter-store.js';
import { partitionQuery } from './query-all.js';
import { batchWrite } from './batch-write.js';
import { guarded } from './sdk-errors.js';
import { COUNTER_WRITE_SHARDS } from './write-shards.js';

export interface ReadObserver {
  /** Told how many items each read returned, so tests and benchmarks can count reads. */
  itemsRead(count: number): void;
}

export class DynamoCounterRepository implements CounterRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly observer?: ReadObserver,
  ) {}

  async read(surveyId: string): Promise<UnitCounters[]> {
    return (await this.readExact(surveyId)).map((unit) => ({ ...unit, counters: counterNumbers(unit.counters) }));
  }

  async readExact(surveyId: string): Promise<UnitCounters<DecimalText>[]> {
    return [...(await this.readUnits(surveyId)).values()].map((unit) => unit.counters);
  }

  /** Every unit's counters summed over its items (write shards and the rebuilt item), with those items' sort keys. */
  private async readUnits(surveyId: string): Promise<Map<string, { counters: UnitCounters<DecimalText>; sortKeys: string[] }>> {
    const units = new Map<string, { counters: UnitCounters<DecimalText>; sortKeys: string[] }>();
    for await (const items of this.rawPages(surveyId)) {
      this.observer?.itemsRead(items.length);
      for (const item of items) {
        const part = toUnitCounters(item);
        const seen = units.get(part.unitId);
        if (seen) {
          seen.counters = sumUnitCounters(seen.counters, part);
          seen.sortKeys.push(item.sk?.S ?? '');
        } else units.set(part.unitId, { counters: part, sortKeys: [item.sk?.S ?? ''] });
      }
    }
    return units;
  }

  /**
   * One unit's counters: its unsharded item and its write shards, by GetItem (the unit's page needs
   * no Query, so the public role needs none), summed as readUnits sums them.
   */
  async readUnit(surveyId: string, unitId: string): Promise<UnitCounters | undefined> {
    const shards = [undefined, ...Array.from({ length: COUNTER_WRITE_SHARDS }, (_, i) => i)];
    const items = await Promise.all(
      shards.map(async (shard) => {
        const key = keys.countersBySurveyUnit(surveyId, unitId, shard);
        const { Item } = await guarded(() => this.client.send(new GetItemCommand({ TableName: this.tableName, Key: { pk: { S: key.pk }, sk: { S: key.sk } } })));
        return Item;
      }),
    );
    const found = items.filter((item): item is RawItem => item !== undefined);
    this.observer?.itemsRead(found.length);
    if (found.length === 0) return undefined;
    const unit = found.map(toUnitCounters).reduce(sumUnitCounters);
    return { ...unit, counters: counterNumbers(unit.counters) };
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
    const current = await this.readUnits(surveyId);
    const rebuilt = new Set(units.map((u) => keys.countersBySurveyUnit(surveyId, u.unitId).sk));
    // Every write shard goes: the recount lands on each unit's unsharded item, which the Put replaces.
    const stale = [...current.values()].flatMap((u) => u.sortKeys).filter((sk) => !rebuilt.has(sk));
    await batchWrite(this.client, this.tableName, [
      ...stale.map((sk) => ({ DeleteRequest: { Key: { pk: keys.countersPartition(surveyId), sk } } })),
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
  const unit: UnitCounters<DecimalText> = { unitId: unitIdFromCounterSortKey(item.sk?.S ?? ''), counters: exactCountersOf(item, isCounterName) };
  if (item.front?.S !== undefined) unit.front = item.front.S;
  if (item.lastResponseAt?.S !== undefined) unit.lastResponseAt = item.lastResponseAt.S;
  return unit;
}

/** Two items of one unit as one: counters added exactly, the later response time kept. */
function sumUnitCounters(a: UnitCounters<DecimalText>, b: UnitCounters<DecimalText>): UnitCounters<DecimalText> {
  const counters = addExactCounters({ ...a.counters }, b.counters);
  const lastResponseAt = [a.lastResponseAt, b.lastResponseAt].filter((t): t is string => t !== undefined).sort().at(-1);
  const front = a.front ?? b.front;
  return { unitId: a.unitId, counters, ...(front ? { front } : {}), ...(lastResponseAt ? { lastResponseAt } : {}) };
}
