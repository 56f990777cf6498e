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

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function xlsxResponse(c: Context, name: string, body: Buffer, asciiName?: string): Response {
  c.header('Content-Type', XLSX_TYPE);
  c.header('Content-Disposition', disposition(name, asciiName));
  c.header('Cache-Control', 'no-store');
  return c.body(new Uint8Array(body));
}
