// The programme's public JSON routes: a unit's home, a published menu, a unit's request.
import { Hono } from 'hono';
import { MenuNotFoundError } from '../../../shared/errors.js';
import { menuView } from '../../../shared/programme/manage-menus.js';
import { publicMenu, submitRequest } from '../../../shared/programme/submit-request.js';
import { unitHome } from '../../../shared/programme/unit-home.js';
import { unitLectures } from '../../../shared/lectures/unit-lectures.js';
import { assignmentOf } from '../../../shared/lectures/lecture-schema.js';
import { formatDistrictTime } from '../../../shared/kernel/zoned-time.js';
import { isId } from '../../../shared/kernel/ids.js';
import { requestLocale } from '../../http/error-handler.js';
import { validJson } from '../../http/valid-input.js';
import { PUBLIC_BODIES } from '../public-bodies.js';
import type { RespondentDeps } from '../deps.js';

function menuId(raw: string | undefined): string {
  if (!isId(raw)) throw new MenuNotFoundError(String(raw).slice(0, 64));
  return raw;
}

export function programmeApiRoutes(deps: RespondentDeps) {
  const app = new Hono();
  const requestDeps = { ...deps.programme, clock: deps.clock };

  // The key is a secret: nothing about a unit's page may be cached by a shared proxy.
  app.use('/units/*', async function privateAnswers(c, next) {
    await next();
    c.header('Cache-Control', 'no-store');
  });

  app.get('/units/:unitKey', async (c) => {
    const home = await unitHome(deps.programme, c.req.param('unitKey'));
    const lectures = await unitLectures(deps, home.unit.id, deps.clock.now());
    const time = (iso: string) => formatDistrictTime(iso, deps.timeZone);
    return c.json({
      unit: { id: home.unit.id, label: home.unit.name, front: home.unit.front, ...(home.front ? { frontLabel: home.front.name } : {}) },
      surveys: home.surveys.map((s) => ({
        surveyId: s.id,
        title: s.title,
        url: `/s/${s.id}?u=${home.key.key}`,
        responses: s.responses,
        ...(s.lastResponseAt ? { lastResponseAt: time(s.lastResponseAt) } : {}),
      })),
      menus: home.menus.map((m) => ({
        menuId: m.id,
        title: m.title,
        status: m.status,
        orderDeadline: time(m.orderDeadline),
        open: m.status === 'published' && Date.parse(m.orderDeadline) > deps.clock.now().getTime(),
        ...(m.request
          ? {
              request: {
                requestId: m.request.requestId,
                version: m.request.version,
                status: m.request.status,
                ...(m.request.statusReason ? { statusReason: m.request.statusReason } : {}),
                picks: m.request.picks,
                audience: m.request.audience,
                submittedAt: time(m.request.submittedAt),
              },
            }
          : {}),
      })),
      // The unit's lectures from a year ago on, newest first; feedbackUrl only while feedback is open.
      lectures: lectures.map(({ lecture, feedbackOpen, feedbackClosesAt }) => ({
        lectureId: lecture.id,
        topic: lecture.topicTitle,
        expert: lecture.expertName,
        startsAt: time(lecture.startsAt),
        durationMinutes: lecture.durationMinutes,
        place: lecture.place,
        status: lecture.status,
        // Whether the speaker has confirmed (已接单): a unit is told accepted, else pending (a decline is the organizers' to solve).
        assignment: assignmentOf(lecture) === 'accepted' ? 'accepted' : 'pending',
        ...(lecture.attendance !== undefined ? { attendance: lecture.attendance } : {}),
        ...(lecture.cancelReason ? { cancelReason: lecture.cancelReason } : {}),
        ...(feedbackOpen ? { feedbackUrl: `/f/${lecture.id}`, feedbackClosesAt: time(feedbackClosesAt) } : {}),
      })),
    });
  });

  app.get('/menus/:menuId', async (c) => {
    const menu = await publicMenu(deps.programme.menus, menuId(c.req.param('menuId')));
    c.header('Cache-Control', 'no-cache');
    return c.json(menuView(menu, deps.timeZone));
  });

  app.put('/units/:unitKey/requests/:menuId', validJson(PUBLIC_BODIES['PUT /api/public/units/:unitKey/requests/:menuId']), async (c) => {
    const outcome = await submitRequest(requestDeps, c.req.param('unitKey'), menuId(c.req.param('menuId')), c.req.valid('json'), requestLocale(c));
    return c.json({ requestId: outcome.requestId, version: outcome.version }, outcome.replayed ? 200 : 201);
  });

  return app;
}
