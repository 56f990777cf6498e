// The address a request came from: API Gateway's sourceIp in Lambda, the socket's peer locally.
// Never a client-sent header (X-Forwarded-For can say anything).
import type { Context } from 'hono';

interface Bindings {
  event?: { requestContext?: { http?: { sourceIp?: string } } };
  incoming?: { socket?: { remoteAddress?: string } };
}

export function clientAddress(c: Context): string {
  const env = c.env as Bindings | undefined;
  return env?.event?.requestContext?.http?.sourceIp ?? env?.incoming?.socket?.remoteAddress ?? '';
}
