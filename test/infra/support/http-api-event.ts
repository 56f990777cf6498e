// API Gateway HTTP API (payload 2.0) events and a Lambda context, as API Gateway would send them to a function.
import { randomUUID } from 'node:crypto';
import type { RouteKey } from '../../../infra/function-specs.js';

export interface EventInput {
  method: 'GET' | 'POST';
  path: string;
  /** The API route that matched, e.g. `GET /s/{surveyId}`; tests read it from the spec. */
  routeKey: RouteKey;
  pathParameters?: Record<string, string>;
  query?: string;
  headers?: Record<string, string>;
  body?: string;
  /** A binary body (an uploaded file) arrives base64-encoded, as API Gateway sends it. */
  isBase64Encoded?: boolean;
}

export function httpApiEvent(input: EventInput) {
  const requestId = randomUUID();
  return {
    version: '2.0',
    routeKey: input.routeKey,
    rawPath: input.path,
    rawQueryString: input.query ?? '',
    headers: { host: 'abc123.execute-api.cn-north-1.amazonaws.com.cn', 'user-agent': 'vitest', ...(input.headers ?? {}) },
    pathParameters: input.pathParameters,
    requestContext: {
      accountId: '123456789012',
      apiId: 'abc123',
      domainName: 'abc123.execute-api.cn-north-1.amazonaws.com.cn',
      domainPrefix: 'abc123',
      http: { method: input.method, path: input.path, protocol: 'HTTP/1.1', sourceIp: '203.0.113.7', userAgent: 'vitest' },
      requestId,
      routeKey: input.routeKey,
      stage: '$default',
      time: new Date().toUTCString(),
      timeEpoch: Date.now(),
    },
    body: input.body,
    isBase64Encoded: input.isBase64Encoded ?? false,
  };
}

export function lambdaContext() {
  return {
    awsRequestId: randomUUID(),
    functionName: 'respondent',
    functionVersion: '$LATEST',
    invokedFunctionArn: 'function-under-test',
    memoryLimitInMB: '512',
    logGroupName: 'test',
    logStreamName: 'test',
    callbackWaitsForEmptyEventLoop: true,
    getRemainingTimeInMillis: () => 25_000,
  };
}

export interface LambdaResult {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
  isBase64Encoded: boolean;
}
