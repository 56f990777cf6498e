// Builds the DynamoDB document client for AWS or for DynamoDB Local.
import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export interface ClientOptions {
  /** DynamoDB Local's URL; absent in AWS. */
  endpoint?: string;
  region?: string;
  /** Per-attempt timeout, so a hung connection fails fast enough to tell the phone to retry. */
  requestTimeoutMs?: number;
  /** Includes time spent waiting for a free socket. */
  connectionTimeoutMs?: number;
  maxAttempts?: number;
  maxSockets?: number;
  /** DynamoDB Local's key for a data directory (see functions/local/dynamodb-local.ts); ignored in AWS. */
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

// In AWS a Lambda container serves one request at a time: fail fast and let the phone retry.
const AWS_DEFAULTS = { requestTimeoutMs: 3000, connectionTimeoutMs: 1000, maxSockets: 50 };
// Locally one process serves every phone against one Java process: requests queue for a
// socket, so the timeouts must cover the queue; fewer sockets keep DynamoDB Local responsive.
const LOCAL_DEFAULTS = { requestTimeoutMs: 15_000, connectionTimeoutMs: 15_000, maxSockets: 64 };

export function createDocumentClient(options: ClientOptions = {}): DynamoDBDocumentClient {
  const defaults = options.endpoint ? LOCAL_DEFAULTS : AWS_DEFAULTS;
  const maxSockets = options.maxSockets ?? defaults.maxSockets;
  const config: DynamoDBClientConfig = {
    region: options.region ?? process.env.AWS_REGION ?? 'local',
    maxAttempts: options.maxAttempts ?? 3,
    requestHandler: {
      requestTimeout: options.requestTimeoutMs ?? defaults.requestTimeoutMs,
      connectionTimeout: options.connectionTimeoutMs ?? defaults.connectionTimeoutMs,
      httpAgent: new HttpAgent({ keepAlive: true, maxSockets }),
      httpsAgent: new HttpsAgent({ keepAlive: true, maxSockets }),
    },
  };
  if (options.endpoint) {
    config.endpoint = options.endpoint;
    // DynamoDB Local keeps one database per key id: the local run passes its directory's secret key;
    // fixed ones (an in-memory, shared database) keep tests free of AWS config.
    config.credentials = { ...(options.credentials ?? { accessKeyId: 'local', secretAccessKey: 'local' }) };
    config.region = options.region ?? 'local';
  }
  return DynamoDBDocumentClient.from(new DynamoDBClient(config), {
    marshallOptions: { removeUndefinedValues: true },
  });
}
