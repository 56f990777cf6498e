// CSV that opens in Excel with Chinese intact: UTF-8 with BOM, CRLF, RFC 4180 quoting, and
// cells starting with = + - @ tab or CR prefixed with ' so a spreadsheet never runs them.
import { stringify } from 'csv-stringify/sync';

export type Cell = string | number | null | undefined;

// quote_record_delimiter: with CRLF rows, a lone \n or \r in a cell must still be quoted (RFC 4180).
const OPTIONS = { record_delimiter: 'windows', quote_record_delimiter: true, escape_formulas: true, cast: { number: (n: number) => String(n) } } as const;

export function csvRows(rows: readonly Cell[][], options: { bom?: boolean } = {}): string {
  const text = stringify(
    rows.map((r) => r.map((c) => c ?? '')),
    OPTIONS,
  );
  return options.bom ? `\uFEFF${text}` : text;
}

/** A share as a percentage with one decimal, as organizers read it in Excel. */
export function percentCell(share: number): string {
  return `${(Math.round(share * 1000) / 10).toFixed(1)}%`;
}
