// Downloads (CSV and .xlsx): a name Excel and browsers keep (ASCII fallback plus UTF-8), never cached.
import type { Context } from 'hono';
import { disposition } from '../http/content-disposition.js';

export { disposition };

export function csvResponse(c: Context, name: string, body: string | ReadableStream, asciiName?: string): Response {
  c.header('Content-Type', 'text/csv; charset=utf-8');
  c.header('Content-Disposition', disposition(name, asciiName));
  c.header('Cache-Control', 'no-store');
  return c.body(body);
}

/** A finished file of the exports store: a responses CSV, or the year's record as a ZIP under its Chinese name. */
export function exportFileResponse(c: Context, name: string, body: ReadableStream): Response {
  const year = /^year-record-(\d{4})-/.exec(name)?.[1];
  if (!year) return csvResponse(c, name, body);
  c.header('Content-Type', 'application/zip');
  c.header('Content-Disposition', disposition(yearRecordDownloadName(Number(year)), `year-record-${year}.zip`));
  c.header('Cache-Control', 'no-store');
  return c.body(body);
}

/** The year's record as people save it: no ids in the name. */
export function yearRecordDownloadName(year: number): string {
  return `${year}年度宣讲台账.zip`;
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function xlsxResponse(c: Context, name: string, body: Buffer, asciiName?: string): Response {
  c.header('Content-Type', XLSX_TYPE);
  c.header('Content-Disposition', disposition(name, asciiName));
  c.header('Cache-Control', 'no-store');
  return c.body(new Uint8Array(body));
}
