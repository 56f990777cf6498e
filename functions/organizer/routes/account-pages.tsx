// The admins' accounts page and its add-account form, on the same domain call and audit entry as the API.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import * as v from 'valibot';
import { NewAccountSchema } from '../../../shared/accounts/account-schema.js';
import { createAccount } from '../../../shared/accounts/create-account.js';
import { InvalidInputError } from '../../../shared/errors.js';
import { onRefusal } from '../../http/refused-form.js';
import { renderPage } from '../../http/render.js';
import type { OrganizerEnv } from '../access-guard.js';
import type { OrganizerDeps } from '../deps.js';
import { AccountsPage, type AccountsPageProps } from '../pages/accounts-page.js';
import { audit, register, type OrganizerApp } from '../register-route.js';
import { formFields, pageContext } from '../page-context.js';

/** The accounts page with every account and the catalogue's fronts (for limiting an account to some). */
export async function renderAccountsPage(deps: OrganizerDeps, c: Context<OrganizerEnv>, extra: Omit<AccountsPageProps, 'ctx' | 'accounts' | 'fronts' | 'timeZone'> = {}, status: ContentfulStatusCode = 200) {
  const [accounts, catalogue] = await Promise.all([deps.store.accounts.list(), deps.store.catalogue.load()]);
  // renderPage sends Cache-Control: no-store, which matters here: a generated password may be on the page.
  return renderPage(c, <AccountsPage ctx={pageContext(c)} accounts={accounts} fronts={catalogue.fronts.filter((f) => !f.retired)} timeZone={deps.timeZone} {...extra} />, status);
}

export function accountPages(app: OrganizerApp, deps: OrganizerDeps): void {
  const page = (c: Context<OrganizerEnv>, extra: Omit<AccountsPageProps, 'ctx' | 'accounts' | 'fronts' | 'timeZone'> = {}, status: ContentfulStatusCode = 200) => renderAccountsPage(deps, c, extra, status);

  register(app, deps, 'GET /admin/accounts', (c) => page(c));

  register(app, deps, 'POST /admin/accounts', async (c) => {
    const fields = await formFields(c);
    const entered = { email: (fields.get('email') ?? '').slice(0, 254), role: (fields.get('role') ?? '').slice(0, 20) };
    const password = fields.get('password') ?? '';
    onRefusal(c, (refusal) => page(c, { problems: refusal.lines, entered }));
    const parsed = v.safeParse(NewAccountSchema, { ...entered, ...(password ? { password } : {}) });
    if (!parsed.success) {
      throw new InvalidInputError(parsed.issues.map((issue) => ({ field: v.getDotPath(issue) ?? 'input', message: issue.message })));
    }
    const created = await createAccount({ accounts: deps.store.accounts, clock: deps.clock }, parsed.output, c.get('session').email);
    await audit(deps, c, 'account.create', created.account.email, { role: created.account.role });
    // Rendered, not redirected: the generated password is shown this once and is in no URL.
    return page(c, { created: { email: created.account.email, ...(created.generated ? { password: created.password } : {}) } }, 201);
  });
}
