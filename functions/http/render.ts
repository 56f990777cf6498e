// Renders a server-side JSX page as a full HTML document (hono's c.html emits no doctype).
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

interface Renderable {
  toString(): string | Promise<string>;
}

export async function renderPage(c: Context, page: Renderable, status: ContentfulStatusCode = 200): Promise<Response> {
  const html = `<!DOCTYPE html>${await page.toString()}`;
  c.header('Cache-Control', 'no-store');
  return c.html(html, status);
}
