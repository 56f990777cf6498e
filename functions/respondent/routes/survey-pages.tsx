// The respondent's pages: the survey form, its plain-form submission and the thank-you page.
import { Hono, type Context } from 'hono';
import * as v from 'valibot';
import { isUuid } from '../../../shared/kernel/ids.js';
import {
  AccessCodeError,
  InvalidAnswersError,
  StoreUnavailableError,
  SurveyClosedError,
  SurveyNotFoundError,
  SurveyNotOpenError,
} from '../../../shared/errors.js';
import { resolveUnitLink } from '../../../shared/unit-links/unit-links.js';
import { answerIssueMessage } from '../../../shared/i18n/answer-messages.js';
import type { Locale } from '../../../shared/kernel/locale.js';
import { uiMessages } from '../../../shared/i18n/ui-messages.js';
import { openSurvey, type OpenSurvey } from '../../../shared/responses/open-survey.js';
import { SubmissionIdSchema } from '../../../shared/responses/submission-schema.js';
import { isId } from '../../../shared/kernel/ids.js';
import { formatDistrictTime } from '../../../shared/kernel/zoned-time.js';
import { ApiError } from '../../http/api-error.js';
import { mapError, requestLocale, RETRY_AFTER_SECONDS } from '../../http/error-handler.js';
import { renderPage } from '../../http/render.js';
import { requestIdOf } from '../../http/request-id.js';
import type { RespondentDeps } from '../deps.js';
import { answeredOnThisDevice, rememberAnswered } from '../device-cookie.js';
import { countedSubmit } from '../counted-submit.js';
import { formToAnswers, type FormValues } from '../form-fields.js';
import { MessagePage } from '../pages/message-page.js';
import { receiptNumber } from '../../../shared/responses/receipt.js';
import { SurveyPage } from '../pages/survey-page.js';

type UnitLinkProp = { key: string; unitId: string; unitName: string };


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

  const message = (c: Context, title: string, body: string) => renderPage(c, <MessagePage locale={requestLocale(c)} title={title} body={body} />);

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
        closesAt={open.settings.closesAt ? formatDistrictTime(open.settings.closesAt, deps.timeZone).replace('T', ' ') : undefined}
        answeredNote={{ oncePerDevice: open.settings.onePerDevice === true }}
      />,
      status,
    );
  };

  app.get('/:surveyId', async (c) => {
    const surveyId = c.req.param('surveyId');
    if (!isId(surveyId)) throw new SurveyNotFoundError(String(surveyId).slice(0, 64));
    const open = await openSurvey(deps, surveyId);
    if (open.settings.onePerDevice && answeredOnThisDevice(c, surveyId)) {
      // 200, not 409: nothing went wrong for a respondent who opens the link again.
      const t = uiMessages(requestLocale(c));
      return message(c, t.alreadyTitle, t.alreadyBody);
    }
    const unitLink = await linkedUnit(c.req.query('u'));
    return form(c, open, { submissionId: deps.newId(), ...(unitLink ? { unitLink } : {}) });
  });

  // The form posts here: without JavaScript as a page round trip, with it (Accept: JSON) as an API call.
  app.post('/:surveyId', async (c) => {
    // A page on another site cannot answer for someone (nor set the "already answered" cookie): ownSiteForms in app.ts.
    const json = wantsJson(c);
    const t = uiMessages(requestLocale(c));
    const surveyId = c.req.param('surveyId');
    const fields = new URLSearchParams(await c.req.text());
    const parsedId = v.safeParse(SubmissionIdSchema, fields.get('submissionId'));
    if (!parsedId.success) throw new ApiError(400, 'malformed_body', [{ field: 'submissionId', message: 'submissionId must be a UUID' }]);
    const submissionId = parsedId.output;
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
      const outcome = await countedSubmit(
        deps,
        surveyId,
        { submissionId, answers, ...(accessCode ? { accessCode } : {}), ...(unitKey ? { unitKey } : {}) },
        { answeredBefore: answeredOnThisDevice(c, surveyId) },
      );
      if (outcome.rememberDevice) rememberAnswered(c, surveyId);
      if (json) return c.json({ responseId: outcome.responseId }, outcome.replayed ? 200 : 201);
      return c.redirect(`${links(surveyId, requestLocale(c)).done}&r=${encodeURIComponent(outcome.responseId)}`, 303);
    } catch (error) {
      // The script's JSON calls and every refusal that is not about one answer go to the error handler.
      if (json) throw error;
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
      throw error;
    }
  });

  app.get('/:surveyId/done', async (c) => {
    const locale = requestLocale(c);
    const t = uiMessages(locale);
    const receipt = c.req.query('r');
    const surveyId = c.req.param('surveyId');
    // A feedback form thanks in its own words; the thanks never fails for want of the survey (best effort).
    const survey = isId(surveyId) ? await deps.surveys.get(surveyId).catch(() => undefined) : undefined;
    const feedback = survey?.kind === 'feedback' ? t.feedback : undefined;
    return renderPage(
      c,
      <MessagePage
        locale={locale}
        appName={feedback?.appName}
        title={feedback?.thanksTitle ?? t.thanksTitle}
        body={feedback?.thanksBody ?? t.thanksBody}
        detail={isUuid(receipt) ? `${t.receipt}: ${receiptNumber(receipt)}` : undefined}
        after={t.closePage}
      />,
    );
  });

  return app;
}
