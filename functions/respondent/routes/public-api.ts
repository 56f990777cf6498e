// The contract's JSON routes for respondents: read a published survey, submit a response.
import { Hono } from 'hono';
import { SurveyNotFoundError } from '../../../shared/errors.js';
import { openSurvey } from '../../../shared/responses/open-survey.js';
import { SubmissionSchema } from '../../../shared/responses/submission-schema.js';
import { isId } from '../../../shared/survey/ids.js';
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

  return app;
}
