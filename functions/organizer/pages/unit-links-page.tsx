// 单位专属链接: every unit's link, issue or rotate it, download all as CSV, print the QR sheet.
import type { UnitLinkRow } from '../../../shared/programme/unit-link-list.js';
import { DashboardLayout, href, Problems, type PageContext } from './dashboard-layout.js';
import { DataTable } from './data-table.js';
import { programmeStyle } from './programme-style.js';

const say = (ctx: PageContext, zh: string, en: string) => (ctx.locale === 'en' ? en : zh);

export function UnitLinksPage({ ctx, rows, problems = [], issued }: { ctx: PageContext; rows: UnitLinkRow[]; problems?: string[]; issued?: string }) {
  const title = say(ctx, '单位专属链接', 'Unit links');
  return (
    <DashboardLayout ctx={ctx} title={title} extraStyle={programmeStyle}>
      <h1>{title}</h1>
      <Problems title={say(ctx, '操作未完成', 'Not done')} items={problems} />
      {issued ? (
        <p class="notice" role="status">
          {say(ctx, '已生成新链接，旧链接已失效：', 'New link issued; the old one no longer works: ')}
          {issued}
        </p>
      ) : null}
      <section>
        <p class="help">
          {say(
            ctx,
            '每个单位一个专属链接（单位主页）：单位从这里填问卷、点菜单、看申报进度，无需登录、无需选择单位。更换链接后旧链接立即失效。',
            'Each unit has one secret link (its home page): surveys, the menu and its requests, with no sign-in and no unit to pick. Rotating a link stops the old one at once.',
          )}
        </p>
        <p>
          <a class="button" href={href(ctx, '/api/unit-links.csv')}>
            {say(ctx, '下载全部链接（CSV）', 'Download all links (CSV)')}
          </a>{' '}
          <a class="button" href={href(ctx, '/admin/units/qr')}>
            {say(ctx, '打印二维码（A4）', 'Print QR codes (A4)')}
          </a>
        </p>
      </section>
      <section>
        <DataTable
          rows={rows}
          rowAttrs={(r) => ({ 'data-unit': r.unitId })}
          columns={[
            { header: say(ctx, '单位', 'Unit'), key: true, cell: (r) => r.name },
            { header: say(ctx, '战线', 'Front'), cell: (r) => r.frontName },
            { header: say(ctx, '专属链接', 'Link'), class: 'share-url', cell: (r) => (r.url ? <a href={r.url}>{r.url}</a> : <span class="muted">{say(ctx, '尚未生成', 'none yet')}</span>) },
            {
              header: say(ctx, '操作', 'Action'),
              cell: (r) => (
                <form method="post" action={href(ctx, `/admin/units/${r.unitId}/key`)}>
                  <button type="submit" class={r.url ? 'secondary' : ''} aria-label={`${r.url ? say(ctx, '更换链接', 'Rotate link') : say(ctx, '生成链接', 'Issue link')}：${r.name}`}>
                    {r.url ? say(ctx, '更换链接', 'Rotate') : say(ctx, '生成链接', 'Issue')}
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
  const title = words?.title ?? say(ctx, '单位专属链接二维码', 'Unit link QR codes');
  return (
    <DashboardLayout ctx={ctx} title={title} extraStyle={programmeStyle}>
      <h1 class="no-print">{title}</h1>
      <p class="help no-print">{words?.help ?? say(ctx, '用浏览器打印（A4），每页 12 个单位，沿虚线裁开分发。', 'Print on A4 from the browser: 12 units a page; cut along the dashed lines.')}</p>
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
