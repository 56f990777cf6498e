// CSV downloads: a name Excel and browsers keep (ASCII fallback plus UTF-8), never cached.
import type { Context } from 'hono';
import { stream } from 'hono/streaming';

function disposition(name: string): string {
  return `attachment; filename="${name.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export function csvResponse(c: Context, name: string, body: string | ReadableStream): Response {
  c.header('Content-Type', 'text/csv; charset=utf-8');
  c.header('Content-Disposition', disposition(name));
  c.header('Cache-Control', 'no-store');
  return c.body(body);
}

/**
 * Writes each chunk as the pages arrive, so memory holds one page, not the file. A failure after
 * the first byte cannot change the status any more: it is logged and the download ends short.
 */
export function streamedCsvResponse(c: Context, name: string, chunks: AsyncIterable<string>, onError: (error: Error) => void): Response {
  c.header('Content-Type', 'text/csv; charset=utf-8');
  c.header('Content-Disposition', disposition(name));
  c.header('Cache-Control', 'no-store');
  return stream(
    c,
    async (out) => {
      for await (const chunk of chunks) await out.write(chunk);
    },
    async (error) => onError(error),
  );
}
