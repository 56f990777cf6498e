// The expert's page as JSON, and the expert's answers (接单 / 婉拒): 200 with the lecture as it now
// is (the same answer again is a replay: 200, nothing changed); 409 already_answered or
// lecture_cancelled; 404 for a link or a lecture that is not this expert's.
import { Hono } from 'hono';
import { answerFromLink } from '../../../shared/experts/answer-from-link.js';
import { expertLectureRow, expertLectures, expertLectureView } from '../../../shared/experts/expert-lectures.js';
import { resolveExpertLink } from '../../../shared/experts/expert-links.js';
import { DeclineSchema } from '../../../shared/lectures/lecture-schema.js';
import { formatDistrictTime } from '../../../shared/kernel/zoned-time.js';
import { parseBody, readJson, readOptionalJson } from '../../http/json-body.js';
import type { RespondentDeps } from '../deps.js';
import { expertDeps, lectureIdOf } from '../expert-deps.js';

export function expertApiRoutes(deps: RespondentDeps) {
  const app = new Hono();
  const time = (iso: string) => formatDistrictTime(iso, deps.timeZone).replace('T', ' ');

  app.use('/experts/*', async function privateAnswers(c, next) {
    await next();
    c.header('Cache-Control', 'no-store');
  });

  app.get('/experts/:expertKey', async (c) => {
    const { expert } = await resolveExpertLink(deps.programme, c.req.param('expertKey'));
    const lectures = await expertLectures(deps.programme, expert.id, deps.clock.now());
    return c.json({ expert: { id: expert.id, name: expert.name, ...(expert.nameEn ? { nameEn: expert.nameEn } : {}) }, lectures: lectures.map((row) => expertLectureView(row, time)) });
  });

  app.post('/experts/:expertKey/lectures/:lectureId/accept', async (c) => {
    const lectureId = lectureIdOf(c);
    // No body is needed; one that is there must at least be JSON.
    await readOptionalJson(c);
    const { lecture } = await answerFromLink(expertDeps(deps), c.req.param('expertKey'), lectureId, { answer: 'accepted' });
    return c.json({ lecture: expertLectureView(expertLectureRow(lecture, deps.clock.now()), time) });
  });

  app.post('/experts/:expertKey/lectures/:lectureId/decline', async (c) => {
    const lectureId = lectureIdOf(c);
    const { reason } = parseBody(DeclineSchema, await readJson(c));
    const { lecture } = await answerFromLink(expertDeps(deps), c.req.param('expertKey'), lectureId, { answer: 'declined', reason });
    return c.json({ lecture: expertLectureView(expertLectureRow(lecture, deps.clock.now()), time) });
  });

  return app;
}
