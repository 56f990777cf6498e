// What every dashboard page and form post reads from its request: who is signed in, the language and
// the path (for the menu), and a plain form's fields.
import type { Context } from 'hono';
import { accountScope } from '../../shared/accounts/scope.js';
import { requestLocale } from '../http/error-handler.js';
import type { OrganizerEnv } from './access-guard.js';
import type { PageContext } from './pages/dashboard-layout.js';

export function pageContext(c: Context<OrganizerEnv>): PageContext {
  const session = c.get('session') as OrganizerEnv['Variables']['session'] | undefined;
  const limited = session ? accountScope(session) !== undefined : false;
  return { locale: requestLocale(c), path: new URL(c.req.url).pathname, ...(session ? { account: { email: session.email, role: session.role, ...(limited ? { limited } : {}) } } : {}) };
}

/** A plain form post's fields (read once; hono keeps the body for a second read). */
export async function formFields(c: Context): Promise<URLSearchParams> {
  return new URLSearchParams(await c.req.text());
}
