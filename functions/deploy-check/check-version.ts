// Judges a new version by its answers to the synthetic requests: the expected status, and the
// project's error shape with the expected code (or an HTML page), never a crash.
import type { SyntheticRequest } from './synthetic-request.js';

export interface CheckOutcome {
  name: string;
  passed: boolean;
  /** What was answered, shortened: enough to say why in the deploy's log, never a whole body. */
  detail: string;
}

/** Invokes the version with one event; throws when the function itself failed (init error, crash, timeout). */
export type InvokeVersion = (event: unknown) => Promise<unknown>;

interface ProxyResult {
  statusCode?: unknown;
  headers?: Record<string, unknown>;
  body?: unknown;
}

function judge(request: SyntheticRequest, result: ProxyResult): string | undefined {
  if (result.statusCode !== request.expect.status) return `answered ${String(result.statusCode)}, expected ${request.expect.status}`;
  const body = typeof result.body === 'string' ? result.body : '';
  const contentType = String(result.headers?.['content-type'] ?? '');
  if (request.expect.html) {
    if (!contentType.startsWith('text/html') || !/^<!DOCTYPE html>/i.test(body.trimStart())) return `expected an HTML page, got ${contentType || 'no content type'}`;
    return undefined;
  }
  if (request.expect.errorCode !== undefined) {
    let code: unknown;
    try {
      code = (JSON.parse(body) as { error?: { code?: unknown } }).error?.code;
    } catch {
      return 'expected the error shape, got a body that is not JSON';
    }
    if (code !== request.expect.errorCode) return `expected error code ${request.expect.errorCode}, got ${String(code)}`;
  }
  return undefined;
}

export async function checkVersion(requests: readonly SyntheticRequest[], events: (request: SyntheticRequest) => unknown, invoke: InvokeVersion): Promise<CheckOutcome[]> {
  const outcomes: CheckOutcome[] = [];
  // One at a time: a new version starts cold, and the first request pays for it alone.
  for (const request of requests) {
    try {
      const result = (await invoke(events(request))) as ProxyResult | null;
      const failure = result && typeof result === 'object' ? judge(request, result) : 'answered nothing';
      outcomes.push({ name: request.name, passed: failure === undefined, detail: failure ?? `answered ${request.expect.status}` });
    } catch (error) {
      outcomes.push({ name: request.name, passed: false, detail: (error instanceof Error ? error.message : String(error)).slice(0, 300) });
    }
  }
  return outcomes;
}
