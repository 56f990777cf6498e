// The audit log for admins: who did what, to which record, when (district time); filter by person and action.
import { auditActionName, auditTargetPath } from '../../../shared/audit/audit-names.js';
import type { AuditEntry } from '../../../shared/audit/audit-schema.js';
import { dashboardMessages } from '../../../shared/i18n/dashboard-messages.js';
import { districtMinute } from '../../../shared/survey-admin/zoned-time.js';
import { auditObjectName, type AuditNames } from '../../../shared/audit/audit-objects.js';
import { zoneName } from '../../../shared/i18n/zone-names.js';
import { DashboardLayout, href, type PageContext } from './dashboard-layout.js';

export interface AuditFilter {
  actor?: string;
  action?: string;
}

export function AuditPage({ ctx, entries, names, timeZone, filter, actors, actions }: { ctx: PageContext; entries: AuditEntry[]; names: AuditNames; timeZone: string; filter: AuditFilter; actors: string[]; actions: string[] }) {
  const t = dashboardMessages(ctx.locale);
  const en = ctx.locale === 'en';
  const query = new URLSearchParams(Object.entries(filter).filter(([, v]) => v) as [string, string][]);
  if (en) query.set('lang', 'en');
  return (
    <DashboardLayout ctx={ctx} title={t.auditLog}>
      <h1>{t.auditLog}</h1>
      <form method="get" action="/admin/audit">
        <fieldset class="box">
          <legend>{en ? 'Filter' : '筛选'}</legend>
          {en ? <input type="hidden" name="lang" value="en" /> : null}
          <div class="row">
            <div>
              <label for="actor">{t.who}</label>
              <select id="actor" name="actor">
                <option value="">{en ? 'Anyone' : '全部'}</option>
                {actors.map((a) => (
                  <option value={a} selected={filter.actor === a}>
                    {a}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label for="action">{t.what}</label>
              <select id="action" name="action">
                <option value="">{en ? 'Any action' : '全部'}</option>
                {actions.map((a) => (
                  <option value={a} selected={filter.action === a}>
                    {auditActionName(a, ctx.locale)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <button type="submit">{en ? 'Filter' : '筛选'}</button>
          <p>
            <a href={`/api/audit.csv?${query.toString()}`} download>
              {en ? 'Download as CSV' : '下载 CSV'}
            </a>
          </p>
        </fieldset>
      </form>
      <section>
        <table>
          <thead>
            <tr>
              <th scope="col">{`${t.when}（${zoneName(timeZone, ctx.locale)}）`}</th>
              <th scope="col">{t.who}</th>
              <th scope="col">{t.what}</th>
              <th scope="col">{t.target}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => {
              const path = auditTargetPath(entry);
              return (
                <tr>
                  <td>{districtMinute(entry.at, timeZone)}</td>
                  <td>{entry.actor}</td>
                  <td>{auditActionName(entry.action, ctx.locale)}</td>
                  <td>{path ? <a href={href(ctx, path)}>{auditObjectName(entry, names, ctx.locale)}</a> : auditObjectName(entry, names, ctx.locale)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
    </DashboardLayout>
  );
}
