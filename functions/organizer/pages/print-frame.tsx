// Printable pages: the content sits in a table whose header row (title, date range, print date)
// repeats on every printed A4 page; the stylesheet numbers the pages.
import type { Child } from 'hono/jsx';

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
