// CSV downloads: a name Excel and browsers keep (ASCII fallback plus UTF-8), never cached.
import type { Context } from 'hono';

function disposition(name: string): string {
  return `attachment; filename="${name.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export function csvResponse(c: Context, name: string, body: string | ReadableStream): Response {
  c.header('Content-Type', 'text/csv; charset=utf-8');
  c.header('Content-Disposition', disposition(name));
  c.header('Cache-Control', 'no-store');
  return c.body(body);
}
