// Lists a Hono app's routes as API Gateway route keys, to compare with the routes the API declares.
import type { RouteKey } from '../../../infra/function-specs.js';
import { routeKeyOf } from '../../../infra/route-keys.js';

/** Handler routes only: middleware (`app.use`) registers under the method ALL and answers nothing itself. */
export function routeKeysOf(app: { routes: readonly { method: string; path: string }[] }): RouteKey[] {
  const keys = app.routes.filter((r) => r.method !== 'ALL').map(routeKeyOf);
  return [...new Set(keys)].sort();
}
