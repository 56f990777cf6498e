// The local run's database is not open to whoever reaches the machine: DynamoDB Local (which listens on
// every interface and has no bind option) keeps one database per access key id, and the local run's key
// id is a random secret kept in the data directory (0600); files are 0600 in 0700 directories; no telemetry.
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startDynamoLocal } from '../../functions/local/dynamodb-local.js';
import { LocalExportFiles } from '../../functions/organizer/exports/local-export-files.js';
import { createDocumentClient } from '../../shared/storage/dynamodb/client.js';
import { createDynamoStore } from '../../shared/storage/dynamodb/store.js';
import { ensureTable } from '../../shared/storage/dynamodb/table-setup.js';
import { everyTypeSurvey } from '../support/fixtures.js';
import { keys } from '../../shared/storage/keys.js';

const mode = (path: string) => statSync(path).mode & 0o777;

describe('DynamoDB Local on a data directory', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'diancai-protect-'));
  const dbDir = join(dataDir, 'dynamodb');
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('Should show nothing to a client without the data directory’s key, and keep it across restarts', async () => {
    let dynamo = await startDynamoLocal({ dataDir: dbDir });
    const port = dynamo.port;
    try {
      const own = createDocumentClient({ endpoint: dynamo.endpoint, credentials: dynamo.credentials });
      await ensureTable(own, 'district');
      await createDynamoStore({ client: own, tableName: 'district' }).surveys.put(everyTypeSurvey({ id: 'secret-survey' }));
      own.destroy();

      // Anyone on the network, with any key id (or the one every tool used to send), sees an empty database.
      for (const accessKeyId of ['local', 'AKIAIOSFODNN7EXAMPLE']) {
        const stranger = createDocumentClient({ endpoint: dynamo.endpoint, credentials: { accessKeyId, secretAccessKey: 'x' } });
        expect((await stranger.send(new ListTablesCommand({}))).TableNames).toEqual([]);
        await expect(stranger.send(new GetCommand({ TableName: 'district', Key: keys.surveyById('secret-survey') }))).rejects.toThrow();
        stranger.destroy();
      }

      // Telemetry is off: the flag is on Java's command line.
      expect(readFileSync(`/proc/${dynamo.pid}/cmdline`, 'utf8').split('\0')).toContain('-disableTelemetry');
    } finally {
      await dynamo.stop();
    }

    dynamo = await startDynamoLocal({ dataDir: dbDir, port });
    try {
      const again = createDocumentClient({ endpoint: dynamo.endpoint, credentials: dynamo.credentials });
      expect((await again.send(new GetCommand({ TableName: 'district', Key: keys.surveyById('secret-survey') }))).Item).toBeDefined();
      again.destroy();
    } finally {
      await dynamo.stop();
    }
    // Java starts twice, on a machine that may be busy.
  }, 180_000);

  it('Should keep the key, the database files and the directory private to their owner', () => {
    expect(mode(dbDir)).toBe(0o700);
    const files = readdirSync(dbDir);
    expect(files.length).toBeGreaterThanOrEqual(2);
    for (const file of files) expect([file, mode(join(dbDir, file))]).toEqual([file, 0o600]);
  });

  it('Should carry over the one shared database a directory had before keys', async () => {
    const keyId = readFileSync(join(dbDir, 'access-key-id'), 'utf8').trim();
    renameSync(join(dbDir, `${keyId}_local.db`), join(dbDir, 'shared-local-instance.db'));
    rmSync(join(dbDir, 'access-key-id'));
    const dynamo = await startDynamoLocal({ dataDir: dbDir });
    try {
      expect(dynamo.credentials.accessKeyId).not.toBe(keyId);
      const client = createDocumentClient({ endpoint: dynamo.endpoint, credentials: dynamo.credentials });
      expect((await client.send(new GetCommand({ TableName: 'district', Key: keys.surveyById('secret-survey') }))).Item).toBeDefined();
      client.destroy();
    } finally {
      await dynamo.stop();
    }
    expect(readdirSync(dbDir)).not.toContain('shared-local-instance.db');
  }, 120_000);
});

describe('exports on disk', () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'diancai-exports-')), 'exports');
  afterAll(() => rmSync(join(dir, '..'), { recursive: true, force: true }));

  it('Should write export files readable by their owner only', async () => {
    async function* rows() {
      yield 'a,b\r\n';
    }
    await new LocalExportFiles(dir).save('responses-1.csv', rows());
    expect(mode(dir)).toBe(0o700);
    expect(mode(join(dir, 'responses-1.csv'))).toBe(0o600);
  });
});
