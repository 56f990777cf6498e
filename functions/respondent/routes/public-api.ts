// The contract's JSON routes for respondents: read a published survey, submit a response; read a
// lecture's feedback form, submit feedback on it.
import { Hono } from 'hono';
import { LectureNotFoundError, SurveyNotFoundError } from '../../../shared/errors.js';
import { openFeedback, submitFeedback } from '../../../shared/lectures/submit-feedback.js';
import { openSurvey } from '../../../shared/responses/open-survey.js';
import { submitResponse } from '../../../shared/responses/submit-response.js';
import { SubmissionSchema } from '../../../shared/responses/submission-schema.js';
import { formatDistrictTime } from '../../../shared/kernel/zoned-time.js';
import { parseBody, readJson } from '../../http/json-body.js';
import { countedSubmission, formId, submissionJson } from '../submission.js';
import { feedbackDeps, type RespondentDeps } from '../deps.js';

export function publicApiRoutes(deps: RespondentDeps) {
  const app = new Hono();

  app.get('/surveys/:surveyId', async (c) => {
    const surveyId = formId(c, 'surveyId', (id) => new SurveyNotFoundError(id));
    const { survey, settings } = await openSurvey(deps, surveyId);
    c.header('Cache-Control', 'no-cache');
    // An extension of the contract: clients learn up front that they must ask for an access code.
    return c.json(settings.requireAccessCode ? { ...survey, requiresAccessCode: true } : survey);
  });

  app.post('/surveys/:surveyId/responses', async (c) => {
    const submission = parseBody(SubmissionSchema, await readJson(c));
    const surveyId = formId(c, 'surveyId', (id) => new SurveyNotFoundError(id));
    const outcome = await countedSubmission(deps.metrics, () => submitResponse({ ...deps, unitLinks: deps.programme }, surveyId, submission));
    return submissionJson(c, outcome);
  });

  app.get('/lectures/:lectureId/feedback-form', async (c) => {
    const lectureId = formId(c, 'lectureId', (id) => new LectureNotFoundError(id));
    const { lecture, form, closesAt } = await openFeedback(feedbackDeps(deps), lectureId);
    c.header('Cache-Control', 'no-cache');
    return c.json({
      ...form,
      lecture: {
        topic: lecture.title,
        expert: lecture.speaker ?? '',
        startsAt: formatDistrictTime(lecture.startsAt, deps.timeZone),
        units: lecture.units.map((u) => ({ id: u.id, label: u.name, front: u.front })),
        place: lecture.place,
        feedbackClosesAt: formatDistrictTime(closesAt, deps.timeZone),
      },
    });
  });

  app.post('/lectures/:lectureId/feedback', async (c) => {
    const submission = parseBody(SubmissionSchema, await readJson(c));
    const lectureId = formId(c, 'lectureId', (id) => new LectureNotFoundError(id));
    const outcome = await countedSubmission(deps.metrics, () => submitFeedback(feedbackDeps(deps), lectureId, submission));
    return submissionJson(c, outcome);
  });

  return app;
}
