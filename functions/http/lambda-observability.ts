// The Lambda side of observability: Powertools EMF metrics, and each invocation's context and
// correlation id on the log lines, around the Hono handler. Local runs never load this module.
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { LambdaContext } from 'hono/aws-lambda';
import type { LambdaLogger } from './logger.js';
import { METRICS_NAMESPACE, type AppMetrics } from './metrics.js';

export interface LambdaMetrics extends AppMetrics {
  readonly powertools: Metrics;
}

/**
 * EMF metrics with the dimensions the alarms and dashboard name: `service` and `district`.
 * POWERTOOLS_METRICS_DISABLED=true turns them off (Powertools' own switch).
 */
export function lambdaMetrics(service: string, district: string): LambdaMetrics {
  const powertools = new Metrics({ namespace: METRICS_NAMESPACE, serviceName: service, defaultDimensions: { district } });
  return { powertools, count: (name, value = 1) => powertools.addMetric(name, MetricUnit.Count, value) };
}

interface ApiGatewayEvent {
  requestContext?: { requestId?: string };
}

/**
 * Wraps a handler so every log line of the invocation carries the function's context (name,
 * version, memory, request id, cold start) and API Gateway's request id as `correlation_id` (the
 * id in the access log and the X-Request-Id header), and the invocation's metrics are flushed as
 * one EMF line when it ends, answered or thrown.
 */
export function observedHandler<E, R>(
  handler: (event: E, context: LambdaContext) => Promise<R>,
  { logger, metrics }: { logger: LambdaLogger; metrics: LambdaMetrics },
): (event: E, context: LambdaContext) => Promise<R> {
  return async (event, context) => {
    // Lambda always passes a context; a direct call (a test of the deployed bundle) may not.
    if (context) logger.powertools.addContext(context as Parameters<typeof logger.powertools.addContext>[0]);
    const correlationId = (event as ApiGatewayEvent).requestContext?.requestId;
    if (correlationId) logger.powertools.setCorrelationId(correlationId);
    try {
      return await handler(event, context);
    } finally {
      logger.powertools.resetKeys();
      // Only when something was counted: Powertools warns on an empty flush.
      if (metrics.powertools.hasStoredMetrics()) metrics.powertools.publishStoredMetrics();
    }
  };
}
