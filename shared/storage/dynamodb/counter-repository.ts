// Reads a survey's per-unit counters: one Query, whose cost depends on units, not responses.
import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { guarded } from './sdk-errors.js';
import { isCounterName } from '../../report/counter-names.js';
import { idFromSortKey, keys } from '../keys.js';
import type { CounterRepository, UnitCounters } from '../ports.js';
import { partitionQuery, queryPages } from './query-all.js';
import { batchWrite } from './batch-write.js';

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
    const result: UnitCounters[] = [];
    for await (const items of queryPages(this.client, partitionQuery(this.tableName, keys.countersPartition(surveyId)))) {
      this.observer?.itemsRead(items.length);
      for (const item of items) result.push(toUnitCounters(item));
    }
    return result;
  }

  async readUnit(surveyId: string, unitId: string): Promise<UnitCounters | undefined> {
    const { Item } = await guarded(() => this.client.send(new GetCommand({ TableName: this.tableName, Key: keys.countersBySurveyUnit(surveyId, unitId) })));
    this.observer?.itemsRead(Item ? 1 : 0);
    return Item ? toUnitCounters(Item) : undefined;
  }

  async replace(surveyId: string, units: readonly UnitCounters[]): Promise<void> {
    const current = await this.read(surveyId);
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
            ...u.counters,
          },
        },
      })),
    ]);
  }
}

function toUnitCounters(item: Record<string, unknown>): UnitCounters {
  const counters: Record<string, number> = {};
  for (const [name, value] of Object.entries(item)) {
    if (isCounterName(name) && typeof value === 'number') counters[name] = value;
  }
  const unit: UnitCounters = { unitId: idFromSortKey(item.sk as string), counters };
  if (typeof item.front === 'string') unit.front = item.front;
  if (typeof item.lastResponseAt === 'string') unit.lastResponseAt = item.lastResponseAt;
  return unit;
}
