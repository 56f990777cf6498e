// One local server for both apps, as API Gateway routes them in AWS: each request goes to exactly
// one app, so each keeps its own middleware, CSP and not-found answer. (Mounting both on one Hono
// app would run the respondent's middleware, and its CSP, on the dashboard too.) The respondent
// gets exactly the requests its API routes match; everything else goes to the organizer app, as
// the `$default` route sends it in AWS, so `/` and unknown paths are answered the same way here.
import { respondentFunction, type RouteKey } from '../../infra/function-specs.js';

export interface FetchApp {
  fetch(request: Request, env?: unknown, ctx?: unknown): Response | Promise<Response>;
}

/** An API Gateway route key as a test: `{name}` matches one path segment, `{name+}` the rest. */
export function routeMatcher(keys: readonly RouteKey[]): (method: string, pathname: string) => boolean {
  const routes = keys.map((key) => {
    const [method, path] = key.split(' ') as [string, string];
    const pattern = path
      .split('/')
      .map((part) => (/^\{\w+\+\}$/.test(part) ? '.+' : /^\{\w+\}$/.test(part) ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
      .join('/');
    return { method, path: new RegExp(`^${pattern}$`) };
  });
  return (method, pathname) => routes.some((r) => r.method === method && r.path.test(pathname));
}

export function dispatch(respondent: FetchApp, organizer: FetchApp, respondentRoutes: readonly RouteKey[] = respondentFunction.routes) {
  const isRespondentRoute = routeMatcher(respondentRoutes);
  return (request: Request, env?: unknown, ctx?: unknown): Response | Promise<Response> => {
    const { pathname } = new URL(request.url);
    return (isRespondentRoute(request.method, pathname) ? respondent : organizer).fetch(request, env, ctx);
  };
}
