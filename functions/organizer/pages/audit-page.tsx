// The audit log for admins: who did what, to which record, when.
import type { AuditEntry } from '../../../shared/audit/audit-schema.js';
import { dashboardMessages } from '../../../shared/i18n/dashboard-messages.js';
import { DashboardLayout, type PageContext } from './dashboard-layout.js';

export function AuditPage({ ctx, entries }: { ctx: PageContext; entries: AuditEntry[] }) {
  const t = dashboardMessages(ctx.locale);
  return (
    <DashboardLayout ctx={ctx} title={t.auditLog}>
      <h1>{t.auditLog}</h1>
      <section>
        <table>
          <thead>
            <tr>
              <th scope="col">{t.when}</th>
              <th scope="col">{t.who}</th>
              <th scope="col">{t.what}</th>
              <th scope="col">{t.target}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr>
                <td>{entry.at.replace('T', ' ').slice(0, 19)}</td>
                <td>{entry.actor}</td>
                <td>
                  <code>{entry.action}</code>
                </td>
                <td>{entry.target}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </DashboardLayout>
  );
}
