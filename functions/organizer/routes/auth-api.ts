// Sign-in and sign-out over JSON: the token for API clients, the cookie for browsers.
import { clientAddress } from '../../http/client-address.js';
import { signOut } from '../../../shared/accounts/sign-in.js';
import { countedSignIn } from '../counted-sign-in.js';
import type { OrganizerDeps } from '../deps.js';
import { register, type OrganizerApp } from '../register-route.js';
import { clearSessionCookie, setSessionCookie } from '../session-cookie.js';
import { authDeps } from '../auth-deps.js';

export function authApi(app: OrganizerApp, deps: OrganizerDeps): void {
  register(app, deps, 'POST /api/auth/login', async (c) => {
    const { email, password } = c.req.valid('json');
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
