// The synthetic requests a pre-traffic check sends a new function version before any traffic shifts to
// it, and the API Gateway (HTTP API, payload 2.0) event that carries each, as the gateway builds it.
import * as v from 'valibot';

export const SyntheticRequestSchema = v.strictObject({
  /** Says in the deploy's log which request failed. */
  name: v.pipe(v.string(), v.minLength(1)),
  method: v.picklist(['GET', 'POST']),
  path: v.pipe(v.string(), v.startsWith('/')),
  /** The API route that would match (`$default` for paths no route names). */
  routeKey: v.string(),
  pathParameters: v.optional(v.record(v.string(), v.string())),
  headers: v.optional(v.record(v.string(), v.string())),
  body: v.optional(v.string()),
  /** What a healthy version answers: the status, and the error code (JSON) or an HTML page. */
  expect: v.strictObject({ status: v.number(), errorCode: v.optional(v.string()), html: v.optional(v.boolean()) }),
});

export type SyntheticRequest = v.InferOutput<typeof SyntheticRequestSchema>;

export const SyntheticRequestsSchema = v.pipe(v.array(SyntheticRequestSchema), v.minLength(1));

/** Names the caller in the function's log lines and access checks: no real client sends this. */
export const SYNTHETIC_USER_AGENT = 'diancai-deploy-check';

export function syntheticEvent(request: SyntheticRequest, requestId: string, now: Date = new Date()) {
  return {
    version: '2.0',
    routeKey: request.routeKey,
    rawPath: request.path,
    rawQueryString: '',
    headers: { host: 'deploy-check.invalid', 'user-agent': SYNTHETIC_USER_AGENT, ...(request.headers ?? {}) },
    ...(request.pathParameters ? { pathParameters: request.pathParameters } : {}),
    requestContext: {
      domainName: 'deploy-check.invalid',
      http: { method: request.method, path: request.path, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: SYNTHETIC_USER_AGENT },
      requestId,
      routeKey: request.routeKey,
      stage: '$default',
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
    },
    ...(request.body !== undefined ? { body: request.body } : {}),
    isBase64Encoded: false,
  };
}
