// Security headers for every response; HTML gets a CSP that allows only the hashed inline
// script and style it ships, and nothing from any other host but the file store it is given.
import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';

export function cspHash(source: string): string {
  return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}

export interface InlineAssets {
  scripts: readonly string[];
  styles: readonly string[];
}

/**
 * `fileOrigins`: where pages post files and show them from besides 'self' (the organizer's records bucket in
 * AWS: an upload form posts straight to it, and a photo's link redirects to it, which img-src checks too).
 */
export function contentSecurityPolicy(assets: InlineAssets, fileOrigins: readonly string[] = []): string {
  const scripts = assets.scripts.map(cspHash).join(' ') || "'none'";
  const styles = assets.styles.map(cspHash).join(' ') || "'none'";
  const files = fileOrigins.map((origin) => ` ${origin}`).join('');
  return [
    "default-src 'none'",
    `script-src ${scripts}`,
    `style-src ${styles}`,
    `img-src 'self' data:${files}`,
    "connect-src 'self'",
    `form-action 'self'${files}`,
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function securityHeaders(assets: InlineAssets, fileOrigins: readonly string[] = []): MiddlewareHandler {
  const csp = contentSecurityPolicy(assets, fileOrigins);
  return async function securityHeadersMiddleware(c, next) {
    await next();
    const headers = c.res.headers;
    headers.set('X-Content-Type-Options', 'nosniff');
    // same-origin, not no-referrer: under no-referrer a browser's own form posts say `Origin: null`, which
    // cannot be told from a post by another site where Sec-Fetch-Site is absent (plain HTTP, old browsers).
    headers.set('Referrer-Policy', 'same-origin');
    headers.set('X-Frame-Options', 'DENY');
    headers.set('Cross-Origin-Opener-Policy', 'same-origin');
    if (headers.get('Content-Type')?.startsWith('text/html')) headers.set('Content-Security-Policy', csp);
  };
}
