// The contract's JSON routes for respondents: read a published survey, submit a response.
import { Hono } from 'hono';
import { SurveyNotFoundError, SurveyClosedError } from '../../../shared/errors.js';
import { SubmissionSchema } from '../../../shared/responses/submission-schema.js';
import { publicSurvey, submitResponse } from '../../../shared/responses/submit-response.js';
import { isId } from '../../../shared/survey/ids.js';
import { parseBody, readJson } from '../../http/json-body.js';
import type { RespondentDeps } from '../deps.js';

export function publicApiRoutes(deps: RespondentDeps) {
  const app = new Hono();

  app.get('/surveys/:surveyId', async (c) => {
    const surveyId = c.req.param('surveyId');
    if (!isId(surveyId)) throw new SurveyNotFoundError(String(surveyId).slice(0, 64));
    const survey = await publicSurvey(deps.surveys, surveyId);
    if (survey.status === 'closed') throw new SurveyClosedError(surveyId);
    c.header('Cache-Control', 'no-cache');
    return c.json(survey);
  });

  app.post('/surveys/:surveyId/responses', async (c) => {
    const surveyId = c.req.param('surveyId');
    const submission = parseBody(SubmissionSchema, await readJson(c));
    if (!isId(surveyId)) throw new SurveyNotFoundError(String(surveyId).slice(0, 64));
    const outcome = await submitResponse(deps, surveyId, submission);
    return c.json({ responseId: outcome.responseId }, outcome.replayed ? 200 : 201);
  });

  return app;
}
