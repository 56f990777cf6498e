// CSRF defence: a browser-sent (cookie) change must come from this site's own pages.
import type { Context } from 'hono';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function isSafeMethod(method: string): boolean {
  return SAFE_METHODS.has(method.toUpperCase());
}

/**
 * True when the request provably comes from an allowed origin: Origin must match when sent;
 * without Origin, Sec-Fetch-Site must say same-origin (or "none": typed by the user).
 * With neither header, `requireProof` decides (cookie-authenticated changes require it).
 * Pages are served with Referrer-Policy: no-referrer, under which browsers send `Origin: null`
 * for their own form posts: that says nothing either way, so Sec-Fetch-Site decides.
 */
export function comesFromOwnSite(c: Context, allowedOrigins: readonly string[], requireProof: boolean): boolean {
  const own = new URL(c.req.url).origin;
  const origin = c.req.header('origin');
  if (origin !== undefined && origin !== 'null') return origin === own || allowedOrigins.includes(origin);
  const site = c.req.header('sec-fetch-site');
  if (site !== undefined) return site === 'same-origin' || site === 'none';
  return !requireProof;
}
