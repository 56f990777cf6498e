// Enforces a route's access level: who is signed in, with which role, and (for cookies) from where.
import type { Context, MiddlewareHandler } from 'hono';
import { authenticate } from '../../shared/accounts/sign-in.js';
import type { Session } from '../../shared/accounts/session-schema.js';
import { ApiError } from '../http/api-error.js';
import type { OrganizerDeps } from './deps.js';
import type { RouteSpec } from './route-table.js';
import { comesFromOwnSite, isSafeMethod } from '../http/same-origin.js';
import { requestToken } from './session-cookie.js';

export type OrganizerEnv = { Variables: { session: Session } };

/** Pages send people to sign in; the API answers 401. */
function unauthenticated(c: Context, spec: RouteSpec): Response {
  if (spec.page && spec.method === 'GET') {
    const next = encodeURIComponent(new URL(c.req.url).pathname);
    return c.redirect(`/admin/login?next=${next}`, 303);
  }
  throw new ApiError(401, 'unauthenticated');
}

export function accessGuard(deps: OrganizerDeps, spec: RouteSpec): MiddlewareHandler<OrganizerEnv> {
  const allowed = deps.allowedOrigins ?? [];
  return async function accessGuardMiddleware(c, next) {
    if (spec.access === 'public') {
      // Sign-in too is refused from another site (login CSRF); clients without Origin (curl) may sign in.
      if (!isSafeMethod(c.req.method) && !comesFromOwnSite(c, allowed, false)) throw new ApiError(403, 'csrf_rejected');
      return next();
    }
    const found = requestToken(c);
    const session = found ? await authenticate({ sessions: deps.store.sessions, accounts: deps.store.accounts, clock: deps.clock, secret: deps.secret }, found.token) : undefined;
    if (!found || !session) return unauthenticated(c, spec);
    // A Bearer token is never sent by a browser on its own, so only cookie requests need the origin proof.
    if (found.from === 'cookie' && !isSafeMethod(c.req.method) && !comesFromOwnSite(c, allowed, true)) throw new ApiError(403, 'csrf_rejected');
    // Set before the role check so a refusal page still shows who is signed in.
    c.set('session', session);
    if (spec.access === 'admin' && session.role !== 'admin') throw new ApiError(403, 'forbidden');
    if (spec.access === 'organizer' && session.role === 'viewer') throw new ApiError(403, 'forbidden');
    return next();
  };
}
