// 单位专属链接: every unit's link, issue or rotate it, download all as CSV, print the QR sheet.
import type { UnitLinkRow } from '../../../shared/unit-links/unit-link-list.js';
import { unitLinkMessages } from '../../../shared/i18n/unit-link-messages.js';
import { DashboardLayout, href, Problems, type PageContext } from './dashboard-layout.js';
import { DataTable } from './data-table.js';
import { programmeStyle } from './programme-style.js';

export function UnitLinksPage({ ctx, rows, problems = [], issued }: { ctx: PageContext; rows: UnitLinkRow[]; problems?: string[]; issued?: string }) {
  const t = unitLinkMessages(ctx.locale);
  const title = t.title;
  return (
    <DashboardLayout ctx={ctx} title={title} extraStyle={programmeStyle}>
      <h1>{title}</h1>
      <Problems title={t.notDone} items={problems} />
      {issued ? (
        <p class="notice" role="status">
          {t.issued}
          {issued}
        </p>
      ) : null}
      <section>
        <p class="help">
          {t.help}
        </p>
        <p>
          <a class="button" href={href(ctx, '/api/unit-links.csv')}>
            {t.csv}
          </a>{' '}
          <a class="button" href={href(ctx, '/admin/units/qr')}>
            {t.printQr}
          </a>
        </p>
      </section>
      <section>
        <DataTable
          rows={rows}
          rowAttrs={(r) => ({ 'data-unit': r.unitId })}
          columns={[
            { header: t.unit, key: true, cell: (r) => r.name },
            { header: t.front, cell: (r) => r.frontName },
            { header: t.link, class: 'share-url', cell: (r) => (r.url ? <a href={r.url}>{r.url}</a> : <span class="muted">{t.noneYet}</span>) },
            {
              header: t.action,
              cell: (r) => (
                <form method="post" action={href(ctx, `/admin/units/${r.unitId}/key`)}>
                  <button type="submit" class={r.url ? 'secondary' : ''} aria-label={`${r.url ? t.rotateLabel : t.issueLabel}：${r.name}`}>
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
