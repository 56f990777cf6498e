// The DynamoDB adapter, assembled: one client and table name in, every repository out.
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { CatalogueRepository, CounterRepository, MetaRepository, ResponseRepository, SurveyRepository } from '../ports.js';
import { DynamoCatalogueRepository } from './catalogue-repository.js';
import { DynamoMetaRepository } from './meta-repository.js';
import { DynamoCounterRepository, type ReadObserver } from './counter-repository.js';
import { DynamoResponseRepository, type RetryPolicy } from './response-repository.js';
import { DynamoSurveyRepository } from './survey-repository.js';

export interface Store {
  surveys: SurveyRepository;
  responses: ResponseRepository;
  counters: CounterRepository;
  catalogue: CatalogueRepository;
  meta: MetaRepository;
}

export interface StoreOptions {
  client: DynamoDBDocumentClient;
  tableName: string;
  retry?: RetryPolicy;
  readObserver?: ReadObserver;
}

export function createDynamoStore({ client, tableName, retry, readObserver }: StoreOptions): Store {
  return {
    surveys: new DynamoSurveyRepository(client, tableName),
    responses: new DynamoResponseRepository(client, tableName, retry),
    counters: new DynamoCounterRepository(client, tableName, readObserver),
    catalogue: new DynamoCatalogueRepository(client, tableName),
    meta: new DynamoMetaRepository(client, tableName),
  };
}
