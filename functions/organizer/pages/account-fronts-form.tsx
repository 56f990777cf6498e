// The admin's form limiting one organizer or viewer account to some fronts (限定战线), on the accounts page.
import type { Account } from '../../../shared/accounts/account-schema.js';
import type { FrontRecord } from '../../../shared/catalogue/catalogue-schema.js';
import { accountMessages } from '../../../shared/i18n/account-messages.js';
import { localized } from '../../../shared/kernel/locale.js';
import { href, type PageContext } from './dashboard-layout.js';

export function AccountFronts({ ctx, account, fronts, index }: { ctx: PageContext; account: Account; fronts: readonly FrontRecord[]; index: number }) {
  // Admins reach everything: a limit would not apply to them, so none is offered.
  if (account.role === 'admin') return null;
  const a = accountMessages(ctx.locale);
  const chosen = new Set(account.fronts ?? []);
  return (
    <form method="post" action={href(ctx, `/admin/accounts/${encodeURIComponent(account.email)}/fronts`)}>
      <fieldset>
        <legend>{a.frontsLegend(account.email)}</legend>
        {fronts.map((front) => (
          <label class="inline" for={`front-${index}-${front.id}`}>
            <input type="checkbox" id={`front-${index}-${front.id}`} name="front" value={front.id} checked={chosen.has(front.id)} /> {localized(ctx.locale, front.name, front.nameEn)}
          </label>
        ))}
        <button type="submit" class="secondary">
          {a.saveFronts}
        </button>
      </fieldset>
    </form>
  );
}
