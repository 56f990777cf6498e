// A request id on every request: API Gateway's own in Lambda (so app logs match the access
// logs), a fresh UUID locally. It is sent back as X-Request-Id and put on every log line.
import { randomUUID } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { requestId } from 'hono/request-id';

interface LambdaBindings {
  event?: { requestContext?: { requestId?: string } };
}

export function requestIdMiddleware(): MiddlewareHandler {
  return requestId({ generator: (c) => (c.env as LambdaBindings | undefined)?.event?.requestContext?.requestId ?? randomUUID() });
}

export function requestIdOf(c: Context): string | undefined {
  const id: unknown = (c.get as (key: string) => unknown)('requestId');
  return typeof id === 'string' ? id : undefined;
}
