// What people of units need from storage (one DynamoDB adapter: shared/storage/dynamodb/people-repository.ts).
import type { Person } from './person-schema.js';

export interface PeopleRepository {
  /** Every person, in the order they were added (a district holds a few hundred). */
  list(): Promise<Person[]>;
  get(personId: string): Promise<Person | undefined>;
  /** Adds people after the existing ones; AlreadyExistsError when an id is taken. */
  createMany(people: readonly Person[]): Promise<void>;
  /** Replaces a person in place; RecordNotFoundError when missing. */
  replace(person: Person): Promise<void>;
}
