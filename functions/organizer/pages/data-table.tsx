// The organizer pages' one table: a plain table at a desk; on a phone either a stack of cards (each
// row a card headed by its key column, every other cell labelled with its column's name) or, for a
// grid that must be read across (the unit x topic matrix), a box that scrolls inside itself with the
// key column kept in view. No page is ever wider than the phone.
import type { Child } from 'hono/jsx';

export interface Column<R> {
  /** The column's name: its header, and each cell's label in a card. */
  header: string;
  /** Shown in the header instead of `header` (e.g. a name only screen readers hear). */
  headerContent?: Child;
  cell: (row: R, index: number) => Child;
  /** The row's name: a row header, the card's title, the column kept in view while the grid scrolls. */
  key?: boolean;
  /** Figures: right-aligned, tabular. */
  num?: boolean;
  /** Extra classes for this column's cells. */
  class?: string;
  /** In a card, the name above the value and the value the card's full width (forms, lists). */
  wide?: boolean;
  /** Attributes for one cell (e.g. `data-option`). */
  cellAttrs?: (row: R, index: number) => Record<string, string | undefined>;
}

export interface DataTableProps<R> {
  columns: readonly Column<R>[];
  rows: readonly R[];
  /** What a phone does with it: `cards` (the default) or `scroll` (a grid read across). */
  phone?: 'cards' | 'scroll';
  /** Names the scrolling box for screen readers (and the keyboard, which can scroll it). */
  label?: string;
  /** Said instead of an empty table. */
  empty?: Child;
  /** A last row under the others (totals), drawn by the same columns. */
  foot?: R;
  /** Attributes for a row (e.g. `data-id`, which tests and scripts find rows by). */
  rowAttrs?: (row: R, index: number) => Record<string, string | undefined>;
  class?: string;
  /** Points at a hint shown above the table (aria-describedby of the scrolling box). */
  describedBy?: string;
}

function classes(...names: (string | false | undefined)[]): string | undefined {
  const joined = names.filter(Boolean).join(' ');
  return joined || undefined;
}

function Row<R>({ columns, row, index }: { columns: readonly Column<R>[]; row: R; index: number }) {
  return (
    <>
      {columns.map((c) => {
        const { class: own, ...attrs } = c.cellAttrs?.(row, index) ?? {};
        const className = classes(c.key && 'key', c.num && 'num', c.wide && 'wide-cell', c.class, own);
        // The value sits in its own box so a card can put the column's name beside it.
        return c.key ? (
          <th scope="row" class={className} {...attrs}>
            {c.cell(row, index)}
          </th>
        ) : (
          <td class={className} data-label={c.header} {...attrs}>
            <div class="v">{c.cell(row, index)}</div>
          </td>
        );
      })}
    </>
  );
}

export function DataTable<R>({ columns, rows, phone = 'cards', label, empty, foot, rowAttrs, describedBy, class: extra }: DataTableProps<R>) {
  if (rows.length === 0 && empty !== undefined) return <p class="empty">{empty}</p>;
  const table = (
    <table class={classes('data', phone === 'cards' ? 'cards' : 'grid-table', extra)}>
      <thead>
        <tr>
          {columns.map((c) => (
            <th scope="col" class={classes(c.key && 'key', c.num && 'num')}>
              {c.headerContent ?? c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr {...(rowAttrs?.(row, index) ?? {})}>
            <Row columns={columns} row={row} index={index} />
          </tr>
        ))}
      </tbody>
      {foot !== undefined ? (
        <tfoot>
          <tr {...(rowAttrs?.(foot, rows.length) ?? {})}>
            <Row columns={columns} row={foot} index={rows.length} />
          </tr>
        </tfoot>
      ) : null}
    </table>
  );
  if (phone === 'cards') return table;
  // Wider than a phone on purpose: the box scrolls and takes keyboard focus so it scrolls without a pointer.
  return (
    <div class="table-scroll" tabindex={0} role="region" aria-label={label} aria-describedby={describedBy}>
      {table}
    </div>
  );
}
