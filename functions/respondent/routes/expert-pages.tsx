// The expert's pages (/e/{expertKey}): their lectures, and the plain form posts that accept or decline
// one (303 back to the page). Every refusal is thrown for the error handler to word as a page.
import { Hono, type Context } from 'hono';
import { answerFromLink } from '../../../shared/experts/answer-from-link.js';
import { expertLectures } from '../../../shared/experts/expert-lectures.js';
import { resolveExpertLink } from '../../../shared/experts/expert-links.js';
import { expertMessages } from '../../../shared/i18n/expert-messages.js';
import { zoneName } from '../../../shared/i18n/zone-names.js';
import { formatDistrictTime } from '../../../shared/kernel/zoned-time.js';
import { requestLocale } from '../../http/error-handler.js';
import { renderPage } from '../../http/render.js';
import type { RespondentDeps } from '../deps.js';
import { ExpertPage } from '../pages/expert-page.js';
import { expertDeps, lectureIdOf } from '../expert-deps.js';
import { expertEssayCalls } from '../../../shared/essays/review-essay.js';
import { essayDeps } from '../essay-deps.js';

export function expertPageRoutes(deps: RespondentDeps) {
  const app = new Hono();
  const time = (iso: string) => formatDistrictTime(iso, deps.timeZone).replace('T', ' ');

  app.use('*', async function privatePages(c, next) {
    await next();
    // The key is a secret: nothing about the page may be kept by a shared cache.
    c.header('Cache-Control', 'no-store');
  });

  const page = async (c: Context, extra: { flash?: string; errors?: Record<string, string>; values?: Record<string, string> } = {}, status: 200 | 422 = 200) => {
    const key = c.req.param('expertKey');
    const locale = requestLocale(c);
    const { expert } = await resolveExpertLink(deps.programme, key);
    const [lectures, essayCalls] = await Promise.all([expertLectures(deps.programme, expert.id, deps.clock.now()), expertEssayCalls(essayDeps(deps), expert.id)]);
    return renderPage(
      c,
      <ExpertPage
        locale={locale}
        expertName={expert.name}
        {...(expert.nameEn ? { expertNameEn: expert.nameEn } : {})}
        lectures={lectures}
        essayCalls={essayCalls}
        path={`/e/${key}`}
        time={time}
        zone={zoneName(deps.timeZone, locale)}
        {...extra}
      />,
      status,
    );
  };

  app.get('/:expertKey', (c) => {
    const t = expertMessages(requestLocale(c));
    const answered = c.req.query('answered');
    return page(c, answered === 'accepted' ? { flash: t.accepted } : answered === 'declined' ? { flash: t.declined } : {});
  });

  const back = (c: Context, lectureId: string, answered: string) => c.redirect(`/e/${c.req.param('expertKey')}?lang=${requestLocale(c)}&answered=${answered}#lecture-${lectureId}`, 303);

  app.post('/:expertKey/lectures/:lectureId/accept', async (c) => {
    const lectureId = lectureIdOf(c);
    await answerFromLink(expertDeps(deps), c.req.param('expertKey'), lectureId, { answer: 'accepted' });
    return back(c, lectureId, 'accepted');
  });

  app.post('/:expertKey/lectures/:lectureId/decline', async (c) => {
    const lectureId = lectureIdOf(c);
    const reason = (new URLSearchParams(await c.req.text()).get('reason') ?? '').trim();
    if (reason === '' || reason.length > 500) {
      // The reason box comes back with the problem beside it (a browser without `required` sent it empty).
      const t = expertMessages(requestLocale(c));
      return page(c, { errors: { [lectureId]: t.declineReason }, values: { [lectureId]: reason.slice(0, 500) } }, 422);
    }
    await answerFromLink(expertDeps(deps), c.req.param('expertKey'), lectureId, { answer: 'declined', reason });
    return back(c, lectureId, 'declined');
  });

  return app;
}
