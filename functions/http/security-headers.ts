// Security headers for every response; HTML gets a CSP that allows only the hashed inline
// script and style it ships, and nothing from any other host.
import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';

export function cspHash(source: string): string {
  return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}

export interface InlineAssets {
  scripts: readonly string[];
  styles: readonly string[];
}

export function contentSecurityPolicy(assets: InlineAssets): string {
  const scripts = assets.scripts.map(cspHash).join(' ') || "'none'";
  const styles = assets.styles.map(cspHash).join(' ') || "'none'";
  return [
    "default-src 'none'",
    `script-src ${scripts}`,
    `style-src ${styles}`,
    "img-src 'self' data:",
    "connect-src 'self'",
    "form-action 'self'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function securityHeaders(assets: InlineAssets): MiddlewareHandler {
  const csp = contentSecurityPolicy(assets);
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
