// A page as a phone first receives it: the gzipped bytes, the hosts it names, and its HTML.
import { gunzipSync } from 'node:zlib';
import { expect } from 'vitest';

export const PAGE_BUDGET_BYTES = 14 * 1024;

export async function firstServed(app: { request(path: string, init?: RequestInit): Response | Promise<Response> }, path: string) {
  const res = await app.request(path, { headers: { 'Accept-Encoding': 'gzip' } });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-encoding')).toBe('gzip');
  const body = Buffer.from(await res.arrayBuffer());
  const html = gunzipSync(body).toString('utf8');
  const hosts = [...html.matchAll(/(?:src|href|action)="(?:https?:)?\/\/([^/"]+)/g)].map((m) => m[1]);
  return { gzipped: body.length, hosts, html };
}
