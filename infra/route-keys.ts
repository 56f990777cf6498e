// Hono paths as API Gateway route keys (`GET /s/:surveyId` is routed as `GET /s/{surveyId}`), and the
// keys an HTTP API actually gets: the dashboard's pages collapsed into greedy keys, to stay under its
// 300 routes.
import type { RouteKey } from './function-specs.js';

/** `:name` (with an optional `{regex}`) becomes `{name}`; a trailing `*` becomes `{proxy+}`. */
export function apiPathOf(honoPath: string): string {
  return honoPath.replace(/:(\w+)(\{[^}]*\})?/g, '{$1}').replace(/\/\*$/, '/{proxy+}');
}

export function routeKeyOf(route: { method: string; path: string }): RouteKey {
  return `${route.method} ${apiPathOf(route.path)}` as RouteKey;
}

/** Where the organizer's dashboard pages live. */
const DASHBOARD_PAGES = '/admin';

/**
 * The route keys API Gateway gets for an app's routes: every key under `/admin/` becomes one greedy
 * key per method (`GET /admin/{proxy+}`, `POST /admin/{proxy+}`); `/admin` itself (which a greedy key
 * does not match) and every other key stay as they are.
 *
 * An HTTP API holds 300 routes unless a support ticket raises it, and the dashboard's pages alone
 * were over a hundred. Pages are no public contract and the app keeps its own exact table for them,
 * so one key per method loses nothing. The `/api/` routes keep one key each: they are the documented
 * HTTP contract, and each gets its own `route` in the access log.
 */
export function collapseDashboardPagesIntoProxyRoutes(keys: readonly RouteKey[]): RouteKey[] {
  const collapsed = keys.map((key): RouteKey => {
    const [method, path] = key.split(' ') as [string, string];
    return path.startsWith(`${DASHBOARD_PAGES}/`) ? (`${method} ${DASHBOARD_PAGES}/{proxy+}` as RouteKey) : key;
  });
  return [...new Set(collapsed)];
}
