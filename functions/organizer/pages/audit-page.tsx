// The audit log for admins: who did what, to which record, when (district time); filter by person and action.
import { auditActionName, auditTargetPath } from '../../../shared/audit/audit-names.js';
import type { AuditEntry } from '../../../shared/audit/audit-schema.js';
import { dashboardMessages } from '../../../shared/i18n/dashboard-messages.js';
import { districtMinute } from '../../../shared/kernel/zoned-time.js';
import { auditActorName, auditObjectName, type AuditNames } from '../../../shared/audit/audit-objects.js';
import { zoneName } from '../../../shared/i18n/zone-names.js';
import { DashboardLayout, href, type PageContext } from './dashboard-layout.js';
import { DataTable } from './data-table.js';
import { FilterForm } from './filter-form.js';

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
      <FilterForm
        ctx={ctx}
        action="/admin/audit"
        legend={en ? 'Filter' : '筛选'}
        submit={en ? 'Filter' : '筛选'}
        fields={[
          { kind: 'select', name: 'actor', label: t.who, any: en ? 'Anyone' : '全部', value: filter.actor, choices: actors.map((a) => ({ id: a, label: auditActorName(a, names, ctx.locale) })) },
          { kind: 'select', name: 'action', label: t.what, any: en ? 'Any action' : '全部', value: filter.action, choices: actions.map((a) => ({ id: a, label: auditActionName(a, ctx.locale) })) },
        ]}
      >
        <p>
          <a href={`/api/audit.csv?${query.toString()}`} download>
            {en ? 'Download as CSV' : '下载 CSV'}
          </a>
        </p>
      </FilterForm>
      <section>
        <DataTable
          rows={entries}
          columns={[
            { header: `${t.when}（${zoneName(timeZone, ctx.locale)}）`, key: true, cell: (entry) => districtMinute(entry.at, timeZone) },
            { header: t.who, cell: (entry) => auditActorName(entry.actor, names, ctx.locale) },
            { header: t.what, cell: (entry) => auditActionName(entry.action, ctx.locale) },
            {
              header: t.target,
              cell: (entry) => {
                const path = auditTargetPath(entry);
                const name = auditObjectName(entry, names, ctx.locale);
                return path ? <a href={href(ctx, path)}>{name}</a> : name;
              },
            },
          ]}
        />
      </section>
    </DashboardLayout>
  );
}
