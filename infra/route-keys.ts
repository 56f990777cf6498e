// Hono paths as API Gateway route keys: `GET /s/:surveyId` is routed as `GET /s/{surveyId}`.
import type { RouteKey } from './function-specs.js';

/** `:name` (with an optional `{regex}`) becomes `{name}`; a trailing `*` becomes `{proxy+}`. */
export function apiPathOf(honoPath: string): string {
  return honoPath.replace(/:(\w+)(\{[^}]*\})?/g, '{$1}').replace(/\/\*$/, '/{proxy+}');
}

export function routeKeyOf(route: { method: string; path: string }): RouteKey {
  return `${route.method} ${apiPathOf(route.path)}` as RouteKey;
}
