// The respondent's pages: the survey form, its plain-form submission and the thank-you page.
import { Hono, type Context } from 'hono';
import {
  AccessCodeError,
  SurveyClosedError,
  SurveyNotFoundError,
  SurveyNotOpenError,
} from '../../../shared/errors.js';
import { resolveUnitLink } from '../../../shared/unit-links/unit-links.js';
import { uiMessages } from '../../../shared/i18n/ui-messages.js';
import { openSurvey, type OpenSurvey } from '../../../shared/responses/open-survey.js';
import { submitResponse } from '../../../shared/responses/submit-response.js';
import { isId } from '../../../shared/kernel/ids.js';
import { formatDistrictTime } from '../../../shared/kernel/zoned-time.js';
import { mapError, requestLocale } from '../../http/error-handler.js';
import { renderPage } from '../../http/render.js';
import type { RespondentDeps } from '../deps.js';
import { answeredOnThisDevice, rememberAnswered } from '../device-cookie.js';
import { formId, formLinks, formPage, postSubmission, thanksPage, type FilledForm } from '../submission.js';
import { formToAnswers } from '../form-fields.js';
import { MessagePage } from '../pages/message-page.js';

type UnitLinkProp = { key: string; unitId: string; unitName: string };


export function surveyPageRoutes(deps: RespondentDeps) {
  const app = new Hono();

  const message = (c: Context, title: string, body: string) => renderPage(c, <MessagePage locale={requestLocale(c)} title={title} body={body} />);

  /** A survey opened from a unit's page carries the unit's key (`?u=`): the response is filed under that unit. */
  const linkedUnit = async (key: string | null | undefined): Promise<UnitLinkProp | undefined> => {
    if (key === undefined || key === null || key === '') return undefined;
    const { unit } = await resolveUnitLink(deps.programme, key);
    return { key, unitId: unit.id, unitName: unit.name };
  };

  const form = (c: Context, open: OpenSurvey, extra: Partial<FilledForm> & { submissionId: string; accessCodeError?: string; unitLink?: UnitLinkProp }, status: 200 | 403 | 409 | 422 | 503 = 200) => {
    const accessCode = open.settings.requireAccessCode ? { value: extra.values?.get('accessCode') ?? '', ...(extra.accessCodeError ? { error: extra.accessCodeError } : {}) } : undefined;
    return formPage(
      c,
      {
        survey: open.survey,
        ...formLinks('/s', open.survey.id, requestLocale(c)),
        ...extra,
        accessCode,
        closesAt: open.settings.closesAt ? formatDistrictTime(open.settings.closesAt, deps.timeZone).replace('T', ' ') : undefined,
        answeredNote: { oncePerDevice: open.settings.onePerDevice === true },
      },
      status,
    );
  };

  app.get('/:surveyId', async (c) => {
    const surveyId = formId(c, 'surveyId', (id) => new SurveyNotFoundError(id));
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
  app.post('/:surveyId', (c) => {
    // A page on another site cannot answer for someone (nor set the "already answered" cookie): ownSiteForms in app.ts.
    const surveyId = c.req.param('surveyId');
    return postSubmission<OpenSurvey>(c, deps, {
      doneUrl: formLinks('/s', surveyId, requestLocale(c)).doneUrl,
      // Read first for the form's sake; submitResponse applies every rule again, and a replay of a
      // stored submission wins over all of them (even on a survey closed since).
      open: () =>
        openSurvey(deps, formId(c, 'surveyId', (id) => new SurveyNotFoundError(id))).catch((error: unknown) => {
          // Only "cannot be answered now" falls through to submitResponse; a store outage is a 503.
          if (error instanceof SurveyClosedError || error instanceof SurveyNotOpenError || error instanceof SurveyNotFoundError) return undefined;
          throw error;
        }),
      submit: async ({ submissionId, fields, opened }) => {
        const accessCode = fields.get('accessCode') ?? undefined;
        const unitKey = fields.get('unitKey') || undefined;
        const answers = opened ? formToAnswers(opened.survey, fields) : {};
        const submission = { submissionId, answers, ...(accessCode ? { accessCode } : {}), ...(unitKey ? { unitKey } : {}) };
        const outcome = await submitResponse({ ...deps, unitLinks: deps.programme }, surveyId, submission, { answeredBefore: answeredOnThisDevice(c, surveyId) });
        if (outcome.rememberDevice) rememberAnswered(c, surveyId);
        return outcome;
      },
      again: async (opened, filled, status) => {
        const unitLink = await linkedUnit(filled.values.get('unitKey')).catch(() => undefined);
        return form(c, opened, { ...filled, ...(unitLink ? { unitLink } : {}) }, status);
      },
      refusal: (error, opened, filled) => {
        if (!(error instanceof AccessCodeError)) return undefined;
        const mapped = mapError(error, requestLocale(c));
        const t = uiMessages(requestLocale(c));
        return form(c, opened, { ...filled, accessCodeError: mapped ? t.errors[mapped.code] : t.errors.access_code_invalid }, mapped?.status === 409 ? 409 : mapped?.status === 422 ? 422 : 403);
      },
    });
  });

  app.get('/:surveyId/done', async (c) => {
    const t = uiMessages(requestLocale(c));
    const surveyId = c.req.param('surveyId');
    // A feedback form thanks in its own words; the thanks never fails for want of the survey (best effort).
    const survey = isId(surveyId) ? await deps.surveys.get(surveyId).catch(() => undefined) : undefined;
    return thanksPage(c, survey?.kind === 'feedback' ? t.feedback : t);
  });

  return app;
}
