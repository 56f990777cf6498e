// Printable pages: the content sits in a table whose header row (title, date range, print date)
// repeats on every printed A4 page; the stylesheet numbers the pages.
import type { Child } from 'hono/jsx';

/** 打印: shown and wired by the dashboard's print script (print-script.ts); hidden without JavaScript. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" class="secondary no-print" data-print hidden>
      {label}
    </button>
  );
}

export function PrintFrame({ heading, children }: { heading: string; children: Child }) {
  return (
    <table class="print-frame" role="presentation">
      <thead>
        <tr>
          <td>
            <p class="print-head">{heading}</p>
          </td>
        </tr>
      </thead>
      <tbody>
        <tr>
          <td>{children}</td>
        </tr>
      </tbody>
    </table>
  );
}

/**
 * The frame's styles, for any page stylesheet that uses it: the heading row shows only in print,
 * and every A4 page is numbered "n / total" at its foot.
 */
export const printFrameStyle =
  '.print-frame{width:100%;border:0;table-layout:fixed}.print-frame>thead{display:none}.print-frame>tbody>tr>td,.print-frame>thead>tr>td{border:0;padding:0}' +
  '@page{size:A4;margin:14mm 12mm 16mm;@bottom-right{content:counter(page) " / " counter(pages);font-size:10px}}' +
  '@media print{.print-frame>thead{display:table-header-group}.print-head{font-size:11px;color:#333;border-bottom:1px solid #999;padding:0 0 4px;margin:0 0 8px}}';
