// Opens the table a command-line tool works on: TABLE_NAME (+ DYNAMODB_ENDPOINT) when set, as
// after a deploy; otherwise the local run's data directory, with a DynamoDB Local of its own.
import { join } from 'node:path';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient } from '../../shared/storage/dynamodb/client.js';
import { createDynamoStore } from '../../shared/storage/dynamodb/store.js';
import type { Store } from '../../shared/store.js';
import { ensureTable } from '../../shared/storage/dynamodb/table-setup.js';
import { localConfig, privateDataDir } from './config.js';
import { startDynamoLocal, type DynamoLocal } from './dynamodb-local.js';
import { runningServerPid } from './running-marker.js';

export interface ConfiguredTable {
  client: DynamoDBDocumentClient;
  tableName: string;
  store: Store;
  close(): Promise<void>;
}

export class TableBusyError extends Error {
  override name = 'TableBusyError';
}

export async function openConfiguredTable(env: NodeJS.ProcessEnv = process.env): Promise<ConfiguredTable> {
  let dynamo: DynamoLocal | undefined;
  let endpoint = env.DYNAMODB_ENDPOINT;
  let tableName = env.TABLE_NAME;
  if (!tableName) {
    const config = localConfig(env);
    const pid = runningServerPid(config.dataDir);
    if (pid !== undefined) {
      throw new TableBusyError(`npm start (pid ${pid}) is using ${config.dataDir}; DynamoDB Local cannot open its files twice. Stop it first, then run this again.`);
    }
    privateDataDir(config.dataDir);
    dynamo = await startDynamoLocal({ dataDir: join(config.dataDir, 'dynamodb') });
    endpoint = dynamo.endpoint;
    tableName = config.tableName;
  }
  const client = createDocumentClient(endpoint ? { endpoint, ...(dynamo ? { credentials: dynamo.credentials } : {}) } : {});
  if (dynamo) await ensureTable(client, tableName);
  return {
    client,
    tableName,
    store: createDynamoStore({ client, tableName }),
    close: async () => {
      client.destroy();
      await dynamo?.stop();
    },
  };
}
