// Sign-in and sign-out over JSON: the token for API clients, the cookie for browsers.
import { clientAddress } from '../../http/client-address.js';
import { LoginSchema } from '../../../shared/accounts/account-schema.js';
import { signOut } from '../../../shared/accounts/sign-in.js';
import { countedSignIn } from '../counted-sign-in.js';
import { parseBody, readJson } from '../../http/json-body.js';
import type { OrganizerDeps } from '../deps.js';
import { register, type OrganizerApp } from '../register-route.js';
import { clearSessionCookie, setSessionCookie } from '../session-cookie.js';

export function authDeps(deps: OrganizerDeps) {
  const { accounts, sessions, loginThrottle } = deps.store;
  return { accounts, sessions, loginThrottle, clock: deps.clock, newId: deps.newId, secret: deps.secret };
}

export function authApi(app: OrganizerApp, deps: OrganizerDeps): void {
  register(app, deps, 'POST /api/auth/login', async (c) => {
    const { email, password } = parseBody(LoginSchema, await readJson(c));
    const { token, session } = await countedSignIn(deps, authDeps(deps), email, password, clientAddress(c));
    setSessionCookie(c, token);
    c.header('Cache-Control', 'no-store');
    return c.json({ token, expiresAt: session.expiresAt, account: { email: session.email, role: session.role } });
  });

  register(app, deps, 'POST /api/auth/logout', async (c) => {
    await signOut(authDeps(deps), c.get('session'));
    clearSessionCookie(c);
    return c.body(null, 204);
  });

  register(app, deps, 'GET /api/me', (c) => {
    const { email, role, expiresAt, fronts } = c.get('session');
    // `fronts` only for a front-limited account: the fronts it reaches.
    return c.json({ email, role, expiresAt, ...(fronts ? { fronts } : {}) });
  });
}
