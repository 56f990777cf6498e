// Admin-only API: accounts and the audit log.
import { auditActionName } from '../../../shared/audit/audit-names.js';
import { auditNames, auditObjectName } from '../../../shared/audit/audit-objects.js';
import { zoneName } from '../../../shared/i18n/zone-names.js';
import { csvRows } from '../../../shared/kernel/csv.js';
import { downloadName } from '../../../shared/report/download-name.js';
import { districtDateTime } from '../../../shared/kernel/zoned-time.js';
import { requestLocale } from '../../http/error-handler.js';
import { csvResponse } from '../csv-response.js';
import { createAccount } from '../../../shared/accounts/create-account.js';
import { filteredAudit } from '../audit-filter.js';
import type { OrganizerDeps } from '../deps.js';
import { auditFilter } from '../query-filters.js';
import { audit, register, type OrganizerApp } from '../register-route.js';

export function adminApi(app: OrganizerApp, deps: OrganizerDeps): void {
  register(app, deps, 'GET /api/audit.csv', async (c) => {
    const { entries } = await filteredAudit(deps, auditFilter(c.req.valid('query')));
    const locale = requestLocale(c);
    const en = locale === 'en';
    // Words a cadre can pass on: the object by its name; codes, ids and details stay in GET /api/audit.
    const names = await auditNames(deps.store, entries, deps.timeZone);
    const rows = entries.map((e) => [districtDateTime(e.at, deps.timeZone), e.actor, auditActionName(e.action, locale), auditObjectName(e, names, locale)]);
    const zone = zoneName(deps.timeZone, locale);
    const header = en ? [`time (${zone})`, 'who', 'action', 'object'] : [`时间（${zone}）`, '操作人', '操作', '对象'];
    const name = downloadName(en ? 'audit log' : '操作记录', '', deps.clock.now(), deps.timeZone);
    return csvResponse(c, name, csvRows([header, ...rows], { bom: true }), 'audit-log.csv');
  });

  register(app, deps, 'GET /api/accounts', async (c) => c.json({ accounts: await deps.store.accounts.list() }));

  register(app, deps, 'POST /api/accounts', async (c) => {
    const input = c.req.valid('json');
    const created = await createAccount({ accounts: deps.store.accounts, clock: deps.clock }, input, c.get('session').email);
    await audit(deps, c, 'account.create', created.account.email, { role: created.account.role });
    c.header('Cache-Control', 'no-store');
    // The password is returned only when generated: the caller must pass it on, it is never shown again.
    return c.json(created.generated ? { account: created.account, password: created.password } : { account: created.account }, 201);
  });

  register(app, deps, 'GET /api/audit', async (c) => {
    // DynamoDB's Limit is an integer: a fractional ?limit= must not reach it.
    const query = c.req.valid('query');
    const limit = Number(query.limit ?? 100);
    const page = await deps.store.audit.list({ limit: Number.isFinite(limit) ? Math.trunc(limit) : 100, cursor: query.cursor });
    return c.json({ entries: page.items, ...(page.cursor ? { cursor: page.cursor } : {}) });
  });
}
