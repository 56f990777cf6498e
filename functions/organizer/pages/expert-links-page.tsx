// 专家专属链接: every expert's link, issue or rotate it (a rotation asks first), CSV and the QR sheet.
import { expertLinkMessages } from '../../../shared/i18n/expert-messages.js';
import type { ExpertLinkRow } from '../../../shared/experts/expert-link-list.js';
import { DashboardLayout, href, Problems, type PageContext } from './dashboard-layout.js';
import { DataTable } from './data-table.js';
import { programmeStyle } from './programme-style.js';

export function ExpertLinksPage({ ctx, rows, problems = [], issued }: { ctx: PageContext; rows: readonly ExpertLinkRow[]; problems?: string[]; issued?: string }) {
  const t = expertLinkMessages(ctx.locale);
  return (
    <DashboardLayout ctx={ctx} title={t.title} extraStyle={programmeStyle}>
      <h1>{t.title}</h1>
      <Problems title={t.notDone} items={problems} />
      {issued ? (
        <p class="notice" role="status">
          {t.issued}
          {issued}
        </p>
      ) : null}
      <section>
        <p class="help">{t.help}</p>
        <p>
          <a class="button" href={href(ctx, '/api/expert-links.csv')}>
            {t.download}
          </a>{' '}
          <a class="button" href={href(ctx, '/admin/experts/links/qr')}>
            {t.printQr}
          </a>
        </p>
      </section>
      <section>
        <DataTable
          rows={rows}
          rowAttrs={(r) => ({ 'data-expert': r.expertId })}
          columns={[
            { header: t.expert, key: true, cell: (r) => r.name },
            { header: t.titleColumn, cell: (r) => `${r.title} · ${r.organisation}` },
            { header: t.link, class: 'share-url', cell: (r) => (r.url ? <a href={r.url}>{r.url}</a> : <span class="muted">{t.none}</span>) },
            { header: t.issuedAt, cell: (r) => r.issuedAt ?? '' },
            {
              header: t.action,
              cell: (r) => (
                <form method="post" action={href(ctx, `/admin/experts/${r.expertId}/key`)}>
                  <button type="submit" class={r.url ? 'secondary' : ''} aria-label={`${r.url ? t.rotate : t.issue}：${r.name}`}>
                    {r.url ? t.rotate : t.issue}
                  </button>
                </form>
              ),
            },
          ]}
        />
      </section>
    </DashboardLayout>
  );
}
