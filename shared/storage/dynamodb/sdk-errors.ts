// Turns AWS SDK failures into domain errors so no handler ever sees an SDK exception.
import { StoreUnavailableError } from '../../errors.js';

const UNAVAILABLE = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'InternalServerError',
  'ServiceUnavailable',
  'TimeoutError',
  'RequestTimeout',
  'RequestTimeoutException',
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
]);

function errorName(error: unknown): string {
  if (typeof error !== 'object' || error === null) return 'Unknown';
  const e = error as { name?: unknown; code?: unknown; $metadata?: { httpStatusCode?: number } };
  if (typeof e.code === 'string' && UNAVAILABLE.has(e.code)) return e.code;
  return typeof e.name === 'string' ? e.name : 'Unknown';
}

/** True for failures where the same request may succeed later. */
export function isUnavailable(error: unknown): boolean {
  if (error instanceof StoreUnavailableError) return true;
  const name = errorName(error);
  const status = (error as { $metadata?: { httpStatusCode?: number } } | null)?.$metadata?.httpStatusCode;
  return UNAVAILABLE.has(name) || (status !== undefined && status >= 500) || isConnectionError(error);
}

function isConnectionError(error: unknown): boolean {
  const code = (error as { code?: unknown; cause?: { code?: unknown } } | null);
  const c = code?.code ?? code?.cause?.code;
  return typeof c === 'string' && UNAVAILABLE.has(c);
}

/** Runs a storage call, mapping "try again later" failures to {@link StoreUnavailableError}. */
export async function guarded<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (isUnavailable(error) && !(error instanceof StoreUnavailableError)) {
      throw new StoreUnavailableError(errorName(error), { cause: error });
    }
    throw error;
  }
}
