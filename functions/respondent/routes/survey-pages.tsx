// The respondent's pages: the survey form, its plain-form submission and the thank-you page.
import { Hono, type Context } from 'hono';
import * as v from 'valibot';
import { InvalidAnswersError, StoreUnavailableError, SurveyClosedError, SurveyNotFoundError } from '../../../shared/errors.js';
import { answerIssueMessage } from '../../../shared/i18n/answer-messages.js';
import type { Locale } from '../../../shared/i18n/locale.js';
import { uiMessages } from '../../../shared/i18n/ui-messages.js';
import { publicSurvey, submitResponse } from '../../../shared/responses/submit-response.js';
import { isId } from '../../../shared/survey/ids.js';
import type { Survey } from '../../../shared/survey/survey-schema.js';
import { errorResponse, mapError, requestLocale, RETRY_AFTER_SECONDS } from '../../http/error-handler.js';
import { requestIdOf } from '../../http/request-id.js';
import { renderPage } from '../../http/render.js';
import type { RespondentDeps } from '../deps.js';
import { formToAnswers, type FormValues } from '../form-fields.js';
import { MessagePage } from '../pages/message-page.js';
import { SurveyPage } from '../pages/survey-page.js';

const isUuid = (value: unknown): value is string => v.is(v.pipe(v.string(), v.uuid()), value);

function links(surveyId: string, locale: Locale) {
  const other = locale === 'en' ? 'zh' : 'en';
  return {
    action: `/s/${surveyId}?lang=${locale}`,
    done: `/s/${surveyId}/done?lang=${locale}`,
    switchHref: `/s/${surveyId}?lang=${other}`,
  };
}

function wantsJson(c: Context): boolean {
  return (c.req.header('accept') ?? '').includes('application/json');
}

export function surveyPageRoutes(deps: RespondentDeps) {
  const app = new Hono();

  const messagePage = (c: Context, status: 404 | 410 | 400 | 503, kind: 'notFound' | 'closed' | 'bad' | 'busy') => {
    const locale = requestLocale(c);
    const t = uiMessages(locale);
    const text = {
      notFound: [t.notFoundTitle, t.notFoundBody],
      closed: [t.closedTitle, t.closedBody],
      bad: [t.errors.malformed_body, t.notFoundBody],
      busy: [t.errors.store_unavailable, t.serverBusy],
    }[kind];
    if (status === 503) c.header('Retry-After', String(RETRY_AFTER_SECONDS));
    return renderPage(c, <MessagePage locale={locale} title={text[0] ?? ''} body={text[1] ?? ''} />, status);
  };

  const form = (c: Context, survey: Survey, extra: { submissionId: string; values?: FormValues; errors?: Record<string, string> }, status: 200 | 422 | 503 = 200) => {
    const locale = requestLocale(c);
    const link = links(survey.id, locale);
    return renderPage(
      c,
      <SurveyPage survey={survey} locale={locale} action={link.action} doneUrl={link.done} switchHref={link.switchHref} {...extra} />,
      status,
    );
  };

  app.get('/:surveyId', async (c) => {
    const surveyId = c.req.param('surveyId');
    if (!isId(surveyId)) return messagePage(c, 404, 'notFound');
    try {
      const survey = await publicSurvey(deps.surveys, surveyId);
      if (survey.status === 'closed') return messagePage(c, 410, 'closed');
      return form(c, survey, { submissionId: deps.newId() });
    } catch (error) {
      if (error instanceof SurveyNotFoundError) return messagePage(c, 404, 'notFound');
      if (error instanceof StoreUnavailableError) {
        deps.logger.warn('store unavailable', { requestId: requestIdOf(c), path: c.req.path, cause: error });
        return messagePage(c, 503, 'busy');
      }
      throw error;
    }
  });

  // The form posts here: without JavaScript as a page round trip, with it (Accept: JSON) as an API call.
  app.post('/:surveyId', async (c) => {
    const surveyId = c.req.param('surveyId');
    const fields = new URLSearchParams(await c.req.text());
    const submissionId = fields.get('submissionId');
    const json = wantsJson(c);
    if (!isUuid(submissionId)) {
      if (json) return errorResponse(c, { status: 400, code: 'malformed_body', issues: [{ field: 'submissionId', message: 'submissionId must be a UUID' }] });
      return messagePage(c, 400, 'bad');
    }
    if (!isId(surveyId)) return json ? errorResponse(c, { status: 404, code: 'survey_not_found' }) : messagePage(c, 404, 'notFound');
    let survey: Survey | undefined;
    try {
      survey = await publicSurvey(deps.surveys, surveyId);
      const outcome = await submitResponse(deps, surveyId, { submissionId, answers: formToAnswers(survey, fields) });
      if (json) return c.json({ responseId: outcome.responseId }, outcome.replayed ? 200 : 201);
      return c.redirect(`${links(surveyId, requestLocale(c)).done}&r=${encodeURIComponent(outcome.responseId)}`, 303);
    } catch (error) {
      if (error instanceof StoreUnavailableError) deps.logger.warn('store unavailable', { requestId: requestIdOf(c), path: c.req.path, cause: error });
      if (json) {
        const mapped = mapError(error, requestLocale(c));
        if (mapped) return errorResponse(c, mapped);
        throw error;
      }
      if (error instanceof InvalidAnswersError && survey) {
        const locale = requestLocale(c);
        const errors: Record<string, string> = {};
        for (const issue of error.issues) errors[issue.questionId] ??= answerIssueMessage(issue, locale);
        return form(c, survey, { submissionId, values: fields, errors }, 422);
      }
      if (error instanceof StoreUnavailableError && survey) {
        // Keep every answer on the page so the respondent only has to press submit again.
        c.header('Retry-After', String(RETRY_AFTER_SECONDS));
        return form(c, survey, { submissionId, values: fields }, 503);
      }
      if (error instanceof SurveyClosedError) return messagePage(c, 410, 'closed');
      if (error instanceof SurveyNotFoundError) return messagePage(c, 404, 'notFound');
      if (error instanceof StoreUnavailableError) return messagePage(c, 503, 'busy');
      throw error;
    }
  });

  app.get('/:surveyId/done', (c) => {
    const locale = requestLocale(c);
    const t = uiMessages(locale);
    const receipt = c.req.query('r');
    const surveyId = c.req.param('surveyId');
    return renderPage(
      c,
      <MessagePage
        locale={locale}
        title={t.thanksTitle}
        body={t.thanksBody}
        detail={isUuid(receipt) ? `${t.receipt}: ${receipt.slice(0, 8).toUpperCase()}` : undefined}
        link={isId(surveyId) ? { href: `/s/${surveyId}?lang=${locale}`, text: t.backToSurvey } : undefined}
      />,
    );
  });

  return app;
}
