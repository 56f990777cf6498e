// CSV downloads: a name Excel and browsers keep (ASCII fallback plus UTF-8), never cached.
import type { Context } from 'hono';
import { stream } from 'hono/streaming';

/** RFC 6266: `filename*` carries the real (Chinese) name; `filename` a plain ASCII one for old clients. */
function disposition(name: string, asciiName = name): string {
  const ascii = asciiName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name).replace(/['()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}

export function csvResponse(c: Context, name: string, body: string | ReadableStream, asciiName?: string): Response {
  c.header('Content-Type', 'text/csv; charset=utf-8');
  c.header('Content-Disposition', disposition(name, asciiName));
  c.header('Cache-Control', 'no-store');
  return c.body(body);
}

/**
 * Writes each chunk as the pages arrive, so memory holds one page, not the file. A failure after
 * the first byte cannot change the status any more: it is logged and the download ends short.
 */
export function streamedCsvResponse(c: Context, name: string, chunks: AsyncIterable<string>, onError: (error: Error) => void, asciiName?: string): Response {
  c.header('Content-Type', 'text/csv; charset=utf-8');
  c.header('Content-Disposition', disposition(name, asciiName));
  c.header('Cache-Control', 'no-store');
  return stream(
    c,
    async (out) => {
      for await (const chunk of chunks) await out.write(chunk);
    },
    async (error) => onError(error),
  );
}
