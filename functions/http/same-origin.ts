// CSRF defence, for both apps: a browser-sent change (a cookie-authenticated call, a form post) must
// come from this site's own pages.
import type { Context, MiddlewareHandler } from 'hono';
import { ApiError } from './api-error.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function isSafeMethod(method: string): boolean {
  return SAFE_METHODS.has(method.toUpperCase());
}

/**
 * True when the request may come from an allowed origin:
 * - an Origin header decides when it names an origin;
 * - else Sec-Fetch-Site decides when sent ("same-origin", or "none": typed or bookmarked);
 * - `Origin: null` with no Sec-Fetch-Site is refused: pages are served with Referrer-Policy:
 *   same-origin, under which a browser's own posts carry their real Origin (also over plain HTTP,
 *   where Sec-Fetch-Site is never sent), so null means an opaque origin: a sandboxed frame, a data:
 *   page, or a post from another site;
 * - with neither header (an old browser, curl), `requireProof` decides: cookie-authenticated API
 *   changes require proof; form posts and sign-in accept it, since a browser old enough to send no
 *   Origin is also too old to send Sec-Fetch-Site, and refusing it would lock those people out.
 */
export function comesFromOwnSite(c: Context, allowedOrigins: readonly string[], requireProof: boolean): boolean {
  const own = new URL(c.req.url).origin;
  const origin = c.req.header('origin');
  if (origin !== undefined && origin !== 'null') return origin === own || allowedOrigins.includes(origin);
  const site = c.req.header('sec-fetch-site');
  if (site !== undefined) return site === 'same-origin' || site === 'none';
  if (origin === 'null') return false;
  return !requireProof;
}

/**
 * The one rule for every public HTML form (a survey, a lecture's feedback, a unit's request): a post
 * from another site's page is refused (403 csrf_rejected) before any handler reads it, so a new form
 * route cannot forget it. The JSON API (`/api/public/...`) stays open to any client.
 */
export function ownSiteForms(): MiddlewareHandler {
  return async function ownSiteFormsMiddleware(c, next) {
    if (!isSafeMethod(c.req.method) && !comesFromOwnSite(c, [], false)) throw new ApiError(403, 'csrf_rejected');
    await next();
  };
}
