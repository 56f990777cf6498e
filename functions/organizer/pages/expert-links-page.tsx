// 专家专属链接: every expert's link, issue or rotate it (a rotation asks first), CSV and the QR sheet.
import { expertLinkMessages } from '../../../shared/i18n/expert-messages.js';
import type { ExpertLinkRow } from '../../../shared/experts/expert-link-list.js';
import type { PageContext } from './dashboard-layout.js';
import { LinksPage } from './links-page.js';

export function ExpertLinksPage({ ctx, rows, problems, issued }: { ctx: PageContext; rows: readonly ExpertLinkRow[]; problems?: string[]; issued?: string }) {
  const t = expertLinkMessages(ctx.locale);
  return (
    <LinksPage
      ctx={ctx}
      words={{ ...t, who: t.expert, csv: t.download, issueLabel: t.issue, rotateLabel: t.rotate }}
      rows={rows}
      facts={[{ header: t.titleColumn, cell: (r) => `${r.title} · ${r.organisation}` }]}
      after={[{ header: t.issuedAt, cell: (r) => r.issuedAt ?? '' }]}
      csvPath="/api/expert-links.csv"
      qrPath="/admin/experts/links/qr"
      keyPath={(r) => `/admin/experts/${r.expertId}/key`}
      rowAttrs={(r) => ({ 'data-expert': r.expertId })}
      problems={problems}
      issued={issued}
    />
  );
}
