// The public briefing pages (学习动态): /news, /news/{briefingId}, its display photos and its Word file.
// Only published briefings exist here: the pages read the public copies (NEWS, NEWS#{id}), never the
// organizers' drafts. Lists and pages are cached a minute (a withdrawal shows within it); photos, whose
// ids are new at each publication, for a year.
import { Hono, type Context } from 'hono';
import { briefingDocx } from '../../../shared/briefings/briefing-docx.js';
import { BriefingNotFoundError } from '../../../shared/errors.js';
import { isId } from '../../../shared/kernel/ids.js';
import { requestLocale } from '../../http/error-handler.js';
import { disposition } from '../../http/content-disposition.js';
import { renderPage } from '../../http/render.js';
import type { RespondentDeps } from '../deps.js';
import { BriefingPage, NewsListPage } from '../pages/news-pages.js';

const PAGE_CACHE = 'public, max-age=60';
/** Briefings a list page shows: with long titles still well inside the first round trip's 14 KB. */
export const NEWS_PAGE_SIZE = 30;
const PHOTO_CACHE = 'public, max-age=31536000, immutable';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function briefingIdOf(c: Context): string {
  const id = c.req.param('briefingId');
  if (!isId(id)) throw new BriefingNotFoundError(String(id).slice(0, 64));
  return id;
}

export function newsPageRoutes(deps: RespondentDeps) {
  const app = new Hono();
  const news = deps.programme.news;

  const published = async (c: Context) => {
    const id = briefingIdOf(c);
    const briefing = await news.get(id);
    if (!briefing) throw new BriefingNotFoundError(id);
    return briefing;
  };

  const cached = (response: Response, value: string) => {
    response.headers.set('Cache-Control', value);
    return response;
  };

  app.get('/', async (c) => {
    const entries = await news.list();
    const pages = Math.max(1, Math.ceil(entries.length / NEWS_PAGE_SIZE));
    const asked = Number(c.req.query('page') ?? '1');
    const page = Number.isInteger(asked) && asked >= 1 && asked <= pages ? asked : 1;
    const shown = entries.slice((page - 1) * NEWS_PAGE_SIZE, page * NEWS_PAGE_SIZE);
    return cached(await renderPage(c, <NewsListPage locale={requestLocale(c)} entries={shown} page={page} pages={pages} />), PAGE_CACHE);
  });

  app.get('/:briefingId', async (c) => cached(await renderPage(c, <BriefingPage locale={requestLocale(c)} briefing={await published(c)} />), PAGE_CACHE));

  app.get('/:briefingId/photos/:photoId', async (c) => {
    const briefing = await published(c);
    const photoId = c.req.param('photoId');
    const bytes = briefing.photos.some((p) => p.photoId === photoId) ? await news.photo(briefing.briefingId, photoId) : undefined;
    if (!bytes) throw new BriefingNotFoundError(briefing.briefingId);
    return c.body(bytes as Uint8Array<ArrayBuffer>, 200, { 'Content-Type': 'image/jpeg', 'Cache-Control': PHOTO_CACHE });
  });

  app.get('/:briefingId/briefing.docx', async (c) => {
    const briefing = await published(c);
    const bytes = await briefingDocx(briefing, (photoId) => news.photo(briefing.briefingId, photoId));
    return c.body(bytes as Uint8Array<ArrayBuffer>, 200, { 'Content-Type': DOCX, 'Content-Disposition': disposition(`${briefing.title}.docx`, 'briefing.docx'), 'Cache-Control': PAGE_CACHE });
  });

  return app;
}
