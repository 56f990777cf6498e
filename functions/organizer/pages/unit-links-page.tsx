// 单位专属链接: every unit's link, issue or rotate it, download all as CSV, print the QR sheet.
import type { UnitLinkRow } from '../../../shared/unit-links/unit-link-list.js';
import { unitLinkMessages } from '../../../shared/i18n/unit-link-messages.js';
import { DashboardLayout, type PageContext } from './dashboard-layout.js';
import { LinksPage } from './links-page.js';
import { programmeStyle } from './programme-style.js';

export function UnitLinksPage({ ctx, rows, problems, issued }: { ctx: PageContext; rows: UnitLinkRow[]; problems?: string[]; issued?: string }) {
  const t = unitLinkMessages(ctx.locale);
  return (
    <LinksPage
      ctx={ctx}
      words={{ ...t, who: t.unit, none: t.noneYet }}
      rows={rows}
      facts={[{ header: t.front, cell: (r) => r.frontName }]}
      csvPath="/api/unit-links.csv"
      qrPath="/admin/units/qr"
      keyPath={(r) => `/admin/units/${r.unitId}/key`}
      rowAttrs={(r) => ({ 'data-unit': r.unitId })}
      problems={problems}
      issued={issued}
    />
  );
}

/** One A4 sheet after another: three columns, each card a QR code with the unit's name under it. */
export function QrSheetPage({ ctx, cards, words }: { ctx: PageContext; cards: { name: string; frontName: string; url: string; svg: string }[]; words?: { title: string; help: string } }) {
  const t = unitLinkMessages(ctx.locale);
  const title = words?.title ?? t.qrTitle;
  return (
    <DashboardLayout ctx={ctx} title={title} extraStyle={programmeStyle}>
      <h1 class="no-print">{title}</h1>
      <p class="help no-print">{words?.help ?? t.qrHelp}</p>
      <div class="qr-sheet">
        {cards.map((card) => (
          <div class="qr-card">
            <div role="img" aria-label={`${card.name} QR`} dangerouslySetInnerHTML={{ __html: card.svg }} />
            <p>{card.name}</p>
            <small>{card.frontName}</small>
          </div>
        ))}
      </div>
    </DashboardLayout>
  );
}
