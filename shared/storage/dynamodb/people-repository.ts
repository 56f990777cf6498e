// People of units: one organizer-only partition, each person an item with its position (the order
// they were added, as the catalogue keeps its records).
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import * as v from 'valibot';
import { AlreadyExistsError, RecordNotFoundError } from '../../errors.js';
import { PersonSchema, type Person } from '../../study-plan/person-schema.js';
import type { PeopleRepository } from '../../study-plan/people-store.js';
import { keys } from '../keys.js';
import { partitionQuery, queryAll } from './query-all.js';
import { guarded } from './sdk-errors.js';

const WRITES_AT_ONCE = 10;

const toPerson = (item: Record<string, unknown>): Person => v.parse(PersonSchema, item.person);

export class DynamoPeopleRepository implements PeopleRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  private async items(): Promise<Record<string, unknown>[]> {
    return queryAll(this.client, partitionQuery(this.tableName, keys.peoplePartition()));
  }

  async list(): Promise<Person[]> {
    return (await this.items()).sort((a, b) => Number(a.order ?? 0) - Number(b.order ?? 0)).map(toPerson);
  }

  async get(personId: string): Promise<Person | undefined> {
    const { Item } = await guarded(() => this.client.send(new GetCommand({ TableName: this.tableName, Key: keys.personById(personId) })));
    return Item ? toPerson(Item) : undefined;
  }

  async createMany(people: readonly Person[]): Promise<void> {
    if (people.length === 0) return;
    const first = (await this.items()).reduce((last, item) => Math.max(last, Number(item.order ?? 0)), -1) + 1;
    for (let i = 0; i < people.length; i += WRITES_AT_ONCE) {
      await Promise.all(people.slice(i, i + WRITES_AT_ONCE).map((person, j) => this.put(first + i + j, person)));
    }
  }

  private async put(order: number, person: Person): Promise<void> {
    try {
      await guarded(() =>
        this.client.send(
          new PutCommand({
            TableName: this.tableName,
            Item: { ...keys.personById(person.id), type: 'person', order, person: v.parse(PersonSchema, person) },
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        ),
      );
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) throw new AlreadyExistsError('person', person.id);
      throw error;
    }
  }

  async replace(person: Person): Promise<void> {
    try {
      await guarded(() =>
        this.client.send(
          new UpdateCommand({
            TableName: this.tableName,
            Key: keys.personById(person.id),
            UpdateExpression: 'SET #person = :person',
            ConditionExpression: 'attribute_exists(pk)',
            ExpressionAttributeNames: { '#person': 'person' },
            ExpressionAttributeValues: { ':person': v.parse(PersonSchema, person) },
          }),
        ),
      );
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) throw new RecordNotFoundError('person', person.id);
      throw error;
    }
  }
}
