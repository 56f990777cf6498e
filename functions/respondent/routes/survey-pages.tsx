// The respondent's pages: the survey form, its plain-form submission and the thank-you page.
import { Hono, type Context } from 'hono';
import * as v from 'valibot';
import {
  AccessCodeError,
  AlreadyAnsweredError,
  InvalidAnswersError,
  StoreUnavailableError,
  SurveyClosedError,
  SurveyFullError,
  SurveyNotFoundError,
  SurveyNotOpenError,
  UnitLinkNotFoundError,
} from '../../../shared/errors.js';
import { programmeMessages } from '../../../shared/i18n/programme-messages.js';
import { resolveUnitLink } from '../../../shared/programme/unit-links.js';
import { answerIssueMessage } from '../../../shared/i18n/answer-messages.js';
import type { Locale } from '../../../shared/i18n/locale.js';
import { uiMessages } from '../../../shared/i18n/ui-messages.js';
import { districtDateTime } from '../../../shared/survey-admin/zoned-time.js';
import { openSurvey, type OpenSurvey } from '../../../shared/responses/open-survey.js';
import { submitResponse } from '../../../shared/responses/submit-response.js';
import { isId } from '../../../shared/survey/ids.js';
import { errorResponse, mapError, requestLocale, RETRY_AFTER_SECONDS } from '../../http/error-handler.js';
import { renderPage } from '../../http/render.js';
import { requestIdOf } from '../../http/request-id.js';
import type { RespondentDeps } from '../deps.js';
import { answeredOnThisDevice, rememberAnswered } from '../device-cookie.js';
import { formToAnswers, type FormValues } from '../form-fields.js';
import { MessagePage } from '../pages/message-page.js';
import { SurveyPage } from '../pages/survey-page.js';

type UnitLinkProp = { key: string; unitId: string; unitName: string };

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
  const logUnavailable = (c: Context, error: unknown) => deps.logger.warn('store unavailable', { requestId: requestIdOf(c), path: c.req.path, cause: error });

  const message = (c: Context, status: 200 | 400 | 403 | 404 | 409 | 410 | 503, title: string, body: string) => {
    if (status === 503) c.header('Retry-After', String(RETRY_AFTER_SECONDS));
    return renderPage(c, <MessagePage locale={requestLocale(c)} title={title} body={body} />, status);
  };

  /** The page for a survey that cannot be answered now; undefined for errors that are not about that. */
  const unavailablePage = (c: Context, error: unknown) => {
    const t = uiMessages(requestLocale(c));
    if (error instanceof SurveyNotFoundError) return message(c, 404, t.notFoundTitle, t.notFoundBody);
    if (error instanceof UnitLinkNotFoundError) {
      const p = programmeMessages(requestLocale(c));
      return message(c, 404, p.unitLinkGone, p.unitLinkGoneBody);
    }
    if (error instanceof SurveyClosedError) return message(c, 410, t.closedTitle, t.closedBody);
    if (error instanceof SurveyFullError) return message(c, 410, t.fullTitle, t.fullBody);
    if (error instanceof AlreadyAnsweredError) return message(c, 409, t.alreadyTitle, t.alreadyBody);
    if (error instanceof SurveyNotOpenError) return message(c, 403, t.notOpenTitle, t.notOpenBody(districtDateTime(error.opensAt, deps.timeZone).slice(0, 16)));
    if (error instanceof StoreUnavailableError) {
      logUnavailable(c, error);
      return message(c, 503, t.errors.store_unavailable, t.serverBusy);
    }
    return undefined;
  };

  /** A survey opened from a unit's page carries the unit's key (`?u=`): the response is filed under that unit. */
  const linkedUnit = async (key: string | null | undefined): Promise<UnitLinkProp | undefined> => {
    if (key === undefined || key === null || key === '') return undefined;
    const { unit } = await resolveUnitLink(deps.programme, key);
    return { key, unitId: unit.id, unitName: unit.name };
  };

  const form = (
    c: Context,
    open: OpenSurvey,
    extra: { submissionId: string; values?: FormValues; errors?: Record<string, string>; accessCodeError?: string; unitLink?: UnitLinkProp },
    status: 200 | 403 | 409 | 422 | 503 = 200,
  ) => {
    const locale = requestLocale(c);
    const link = links(open.survey.id, locale);
    const accessCode = open.settings.requireAccessCode ? { value: extra.values?.get('accessCode') ?? '', ...(extra.accessCodeError ? { error: extra.accessCodeError } : {}) } : undefined;
    return renderPage(
      c,
      <SurveyPage
        survey={open.survey}
        locale={locale}
        action={link.action}
        doneUrl={link.done}
        switchHref={link.switchHref}
        submissionId={extra.submissionId}
        values={extra.values}
        errors={extra.errors}
        accessCode={accessCode}
        unitLink={extra.unitLink}
      />,
      status,
    );
  };

  app.get('/:surveyId', async (c) => {
    const surveyId = c.req.param('surveyId');
    try {
      if (!isId(surveyId)) throw new SurveyNotFoundError(String(surveyId).slice(0, 64));
      const open = await openSurvey(deps, surveyId);
      if (open.settings.onePerDevice && answeredOnThisDevice(c, surveyId)) {
        // 200, not 409: nothing went wrong for a respondent who opens the link again.
        const t = uiMessages(requestLocale(c));
        return message(c, 200, t.alreadyTitle, t.alreadyBody);
      }
      const unitLink = await linkedUnit(c.req.query('u'));
      return await form(c, open, { submissionId: deps.newId(), ...(unitLink ? { unitLink } : {}) });
    } catch (error) {
      const page = unavailablePage(c, error);
      if (page) return page;
      throw error;
    }
  });

  // The form posts here: without JavaScript as a page round trip, with it (Accept: JSON) as an API call.
  app.post('/:surveyId', async (c) => {
    const surveyId = c.req.param('surveyId');
    const fields = new URLSearchParams(await c.req.text());
    const submissionId = fields.get('submissionId');
    const json = wantsJson(c);
    const t = uiMessages(requestLocale(c));
    if (!isUuid(submissionId)) {
      if (json) return errorResponse(c, { status: 400, code: 'malformed_body', issues: [{ field: 'submissionId', message: 'submissionId must be a UUID' }] });
      return message(c, 400, t.errors.malformed_body, t.reopenForm);
    }
    let open: OpenSurvey | undefined;
    try {
      if (!isId(surveyId)) throw new SurveyNotFoundError(String(surveyId).slice(0, 64));
      // Read first for the form's sake; submitResponse applies every rule again, and a replay of a
      // stored submission wins over all of them (even on a survey closed since).
      open = await openSurvey(deps, surveyId).catch((error: unknown) => {
        // Only "cannot be answered now" falls through to submitResponse; a store outage is a 503.
        if (error instanceof SurveyClosedError || error instanceof SurveyNotOpenError || error instanceof SurveyNotFoundError) return undefined;
        throw error;
      });
      const accessCode = fields.get('accessCode') ?? undefined;
      const unitKey = fields.get('unitKey') || undefined;
      const answers = open ? formToAnswers(open.survey, fields) : {};
      const outcome = await submitResponse(
        { ...deps, unitLinks: deps.programme },
        surveyId,
        { submissionId, answers, ...(accessCode ? { accessCode } : {}), ...(unitKey ? { unitKey } : {}) },
        { answeredBefore: answeredOnThisDevice(c, surveyId) },
      );
      if (outcome.rememberDevice) rememberAnswered(c, surveyId);
      if (json) return c.json({ responseId: outcome.responseId }, outcome.replayed ? 200 : 201);
      return c.redirect(`${links(surveyId, requestLocale(c)).done}&r=${encodeURIComponent(outcome.responseId)}`, 303);
    } catch (error) {
      if (json) {
        if (error instanceof StoreUnavailableError) logUnavailable(c, error);
        const mapped = mapError(error, requestLocale(c));
        if (mapped) return errorResponse(c, mapped);
        throw error;
      }
      if (open && error instanceof InvalidAnswersError) {
        const locale = requestLocale(c);
        const errors: Record<string, string> = {};
        for (const issue of error.issues) errors[issue.questionId] ??= answerIssueMessage(issue, locale);
        const unitLink = await linkedUnit(fields.get('unitKey')).catch(() => undefined);
        return form(c, open, { submissionId, values: fields, errors, ...(unitLink ? { unitLink } : {}) }, 422);
      }
      if (open && error instanceof AccessCodeError) {
        const mapped = mapError(error, requestLocale(c));
        return form(c, open, { submissionId, values: fields, accessCodeError: mapped ? t.errors[mapped.code] : t.errors.access_code_invalid }, mapped?.status === 409 ? 409 : mapped?.status === 422 ? 422 : 403);
      }
      if (open && error instanceof StoreUnavailableError) {
        // Keep every answer on the page so the respondent only has to press submit again.
        logUnavailable(c, error);
        c.header('Retry-After', String(RETRY_AFTER_SECONDS));
        return form(c, open, { submissionId, values: fields }, 503);
      }
      const page = unavailablePage(c, error);
      if (page) return page;
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
