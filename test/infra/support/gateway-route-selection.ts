// Which route key API Gateway (HTTP API) picks for a request, to check what reaches which function.
// AWS, "Create routes for HTTP APIs" (Routing API requests): an exact match of route and method first,
// then a route with a greedy path variable (`{proxy+}`), then `$default`.
import { routeMatcher } from '../../../functions/local/dispatch.js';
import type { RouteKey } from '../../../infra/function-specs.js';

const isGreedy = (key: string) => key.endsWith('+}');
/** Among matches of one kind, the key with more literal segments is the more specific. */
const literalSegments = (key: string) => key.split(' ')[1]!.split('/').filter((part) => part && !part.startsWith('{')).length;

const matchers = new Map<string, (method: string, path: string) => boolean>();
function matches(key: RouteKey, method: string, path: string): boolean {
  let matcher = matchers.get(key);
  if (!matcher) matchers.set(key, (matcher = routeMatcher([key])));
  return matcher(method, path);
}

/** The key among `keys` (a `$default` among them aside) that routes `method path`, or `$default` when none matches. */
export function gatewayRouteFor(keys: readonly string[], method: string, path: string): string {
  const candidates = keys.filter((key): key is RouteKey => key !== '$default' && matches(key as RouteKey, method, path));
  const exact = candidates.filter((key) => !isGreedy(key));
  const [picked] = (exact.length ? exact : candidates).sort((a, b) => literalSegments(b) - literalSegments(a));
  return picked ?? '$default';
}
