// The session token: a session id and expiry, signed with HMAC-SHA256 under the district's secret.
import { createHmac, timingSafeEqual } from 'node:crypto';

export interface TokenClaims {
  /** Session id; the session item in the table is the authority (sign-out deletes it). */
  sid: string;
  /** Expiry, epoch seconds. */
  exp: number;
}

function sign(payload: string, secret: Uint8Array): string {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}

export function signToken(claims: TokenClaims, secret: Uint8Array): string {
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return `${payload}.${sign(payload, secret)}`;
}

/** The claims of a well-signed, unexpired token; undefined for anything else. */
export function verifyToken(token: string, secret: Uint8Array, now: Date): TokenClaims | undefined {
  if (token.length > 512) return undefined;
  const [payload, signature, extra] = token.split('.');
  if (!payload || !signature || extra !== undefined) return undefined;
  const expected = Buffer.from(sign(payload, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Partial<TokenClaims>;
    if (typeof claims.sid !== 'string' || typeof claims.exp !== 'number') return undefined;
    if (claims.exp * 1000 <= now.getTime()) return undefined;
    return { sid: claims.sid, exp: claims.exp };
  } catch {
    return undefined;
  }
}
