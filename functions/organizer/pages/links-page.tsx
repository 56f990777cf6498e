// The page of secret links, one per unit or per expert: who, a few facts, the link (or none yet), and
// issue or rotate it (the route asks before a rotation, which kills the old link), with the CSV of
// every link and the printable QR sheet above. Units and experts differ only in words, columns, paths.
import type { Child } from 'hono/jsx';
import { DashboardLayout, href, Problems, type PageContext } from './dashboard-layout.js';
import { DataTable, type Column } from './data-table.js';
import { programmeStyle } from './programme-style.js';

export interface LinkRow {
  name: string;
  url?: string | undefined;
}

export interface LinksPageWords {
  title: string;
  notDone: string;
  issued: string;
  help: Child;
  csv: string;
  printQr: string;
  who: string;
  link: string;
  none: string;
  action: string;
  issue: string;
  rotate: string;
  /** What a screen reader hears on each row's button, before the row's name. */
  issueLabel: string;
  rotateLabel: string;
}

export interface LinksPageProps<R extends LinkRow> {
  ctx: PageContext;
  words: LinksPageWords;
  rows: readonly R[];
  /** Columns between the name and the link. */
  facts: readonly Column<R>[];
  /** Columns after the link. */
  after?: readonly Column<R>[];
  csvPath: string;
  qrPath: string;
  keyPath: (row: R) => string;
  rowAttrs: (row: R) => Record<string, string>;
  problems?: string[] | undefined;
  issued?: string | undefined;
}

export function LinksPage<R extends LinkRow>({ ctx, words: t, rows, facts, after = [], csvPath, qrPath, keyPath, rowAttrs, problems = [], issued }: LinksPageProps<R>) {
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
          <a class="button" href={href(ctx, csvPath)}>
            {t.csv}
          </a>{' '}
          <a class="button" href={href(ctx, qrPath)}>
            {t.printQr}
          </a>
        </p>
      </section>
      <section>
        <DataTable
          rows={rows}
          rowAttrs={rowAttrs}
          columns={[
            { header: t.who, key: true, cell: (r: R) => r.name },
            ...facts,
            { header: t.link, class: 'share-url', cell: (r: R) => (r.url ? <a href={r.url}>{r.url}</a> : <span class="muted">{t.none}</span>) },
            ...after,
            {
              header: t.action,
              cell: (r: R) => (
                <form method="post" action={href(ctx, keyPath(r))}>
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
