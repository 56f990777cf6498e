// The contract's JSON routes for respondents: read a published survey, submit a response; read a
// lecture's feedback form, submit feedback on it.
import { Hono } from 'hono';
import { LectureNotFoundError, SurveyNotFoundError } from '../../../shared/errors.js';
import { openFeedback, submitFeedback } from '../../../shared/lectures/submit-feedback.js';
import { openSurvey } from '../../../shared/responses/open-survey.js';
import { SubmissionSchema } from '../../../shared/responses/submission-schema.js';
import { formatDistrictTime } from '../../../shared/kernel/zoned-time.js';
import { isId } from '../../../shared/kernel/ids.js';
import { parseBody, readJson } from '../../http/json-body.js';
import { countedSubmit } from '../counted-submit.js';
import type { RespondentDeps } from '../deps.js';

export function publicApiRoutes(deps: RespondentDeps) {
  const app = new Hono();

  app.get('/surveys/:surveyId', async (c) => {
    const surveyId = c.req.param('surveyId');
    if (!isId(surveyId)) throw new SurveyNotFoundError(String(surveyId).slice(0, 64));
    const { survey, settings } = await openSurvey(deps, surveyId);
    c.header('Cache-Control', 'no-cache');
    // An extension of the contract: clients learn up front that they must ask for an access code.
    return c.json(settings.requireAccessCode ? { ...survey, requiresAccessCode: true } : survey);
  });

  app.post('/surveys/:surveyId/responses', async (c) => {
    const surveyId = c.req.param('surveyId');
    const submission = parseBody(SubmissionSchema, await readJson(c));
    if (!isId(surveyId)) throw new SurveyNotFoundError(String(surveyId).slice(0, 64));
    const outcome = await countedSubmit(deps, surveyId, submission);
    return c.json({ responseId: outcome.responseId }, outcome.replayed ? 200 : 201);
  });

  app.get('/lectures/:lectureId/feedback-form', async (c) => {
    const lectureId = c.req.param('lectureId');
    if (!isId(lectureId)) throw new LectureNotFoundError(String(lectureId).slice(0, 64));
    const { lecture, form, closesAt } = await openFeedback(deps, lectureId);
    c.header('Cache-Control', 'no-cache');
    return c.json({
      ...form,
      lecture: {
        topic: lecture.topicTitle,
        expert: lecture.expertName,
        startsAt: formatDistrictTime(lecture.startsAt, deps.timeZone),
        units: lecture.units.map((u) => ({ id: u.id, label: u.name, front: u.front })),
        place: lecture.place,
        feedbackClosesAt: formatDistrictTime(closesAt, deps.timeZone),
      },
    });
  });

  app.post('/lectures/:lectureId/feedback', async (c) => {
    const lectureId = c.req.param('lectureId');
    const submission = parseBody(SubmissionSchema, await readJson(c));
    if (!isId(lectureId)) throw new LectureNotFoundError(String(lectureId).slice(0, 64));
    const outcome = await submitFeedback(deps, lectureId, submission);
    return c.json({ responseId: outcome.responseId }, outcome.replayed ? 200 : 201);
  });

  return app;
}
