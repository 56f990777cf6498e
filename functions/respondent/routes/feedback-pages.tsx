// A lecture's feedback pages (/f/{lectureId}): the district's feedback form naming the lecture, its
// plain-form submission and the thank-you page. The form, its script (draft, outbox) and the field
// parsing are the survey form's own; only the words and the lecture facts differ.
import { Hono, type Context } from 'hono';
import * as v from 'valibot';
import { FeedbackClosedError, FeedbackNotOpenError, InvalidAnswersError, LectureNotFoundError, StoreUnavailableError } from '../../../shared/errors.js';
import { answerIssueMessage } from '../../../shared/i18n/answer-messages.js';
import type { Locale } from '../../../shared/i18n/locale.js';
import { uiMessages } from '../../../shared/i18n/ui-messages.js';
import { openFeedback, submitFeedback, type OpenFeedback } from '../../../shared/lectures/submit-feedback.js';
import { formatDistrictTime } from '../../../shared/survey-admin/zoned-time.js';
import { isId } from '../../../shared/survey/ids.js';
import { errorResponse, mapError, requestLocale, RETRY_AFTER_SECONDS } from '../../http/error-handler.js';
import { renderPage } from '../../http/render.js';
import { requestIdOf } from '../../http/request-id.js';
import type { RespondentDeps } from '../deps.js';
import { formToAnswers, type FormValues } from '../form-fields.js';
import { LectureFacts } from '../pages/lecture-facts.js';
import { MessagePage } from '../pages/message-page.js';
import { SurveyPage } from '../pages/survey-page.js';

const isUuid = (value: unknown): value is string => v.is(v.pipe(v.string(), v.uuid()), value);

function links(lectureId: string, locale: Locale) {
  const other = locale === 'en' ? 'zh' : 'en';
  return { action: `/f/${lectureId}?lang=${locale}`, done: `/f/${lectureId}/done?lang=${locale}`, switchHref: `/f/${lectureId}?lang=${other}` };
}

export function feedbackPageRoutes(deps: RespondentDeps) {
  const app = new Hono();

  const message = (c: Context, status: 200 | 400 | 403 | 404 | 410 | 503, title: string, body: string, detail?: string) => {
    if (status === 503) c.header('Retry-After', String(RETRY_AFTER_SECONDS));
    const locale = requestLocale(c);
    return renderPage(c, <MessagePage locale={locale} title={title} body={body} detail={detail} appName={uiMessages(locale).feedback.appName} />, status);
  };

  /** The page for a lecture whose feedback cannot be given now; undefined for other errors. */
  const unavailablePage = (c: Context, error: unknown) => {
    const t = uiMessages(requestLocale(c)).feedback;
    if (error instanceof LectureNotFoundError) return message(c, 404, t.notFoundTitle, t.notFoundBody);
    if (error instanceof FeedbackClosedError) return message(c, 410, t.closedTitle, error.reason === 'cancelled' ? t.cancelledBody : t.closedBody);
    if (error instanceof FeedbackNotOpenError) return message(c, 403, t.notOpenTitle, t.notOpenBody(formatDistrictTime(error.opensAt, deps.timeZone).replace('T', ' ')));
    if (error instanceof StoreUnavailableError) {
      deps.logger.warn('store unavailable', { requestId: requestIdOf(c), path: c.req.path, cause: error });
      const ui = uiMessages(requestLocale(c));
      return message(c, 503, ui.errors.store_unavailable, ui.serverBusy);
    }
    return undefined;
  };

  const form = (c: Context, open: OpenFeedback, extra: { submissionId: string; values?: FormValues; errors?: Record<string, string> }, status: 200 | 422 | 503 = 200) => {
    const locale = requestLocale(c);
    const link = links(open.lecture.id, locale);
    return renderPage(
      c,
      <SurveyPage
        survey={open.form}
        locale={locale}
        action={link.action}
        doneUrl={link.done}
        switchHref={link.switchHref}
        submissionId={extra.submissionId}
        values={extra.values}
        errors={extra.errors}
        about={<LectureFacts lecture={open.lecture} locale={locale} timeZone={deps.timeZone} />}
      />,
      status,
    );
  };

  app.get('/:lectureId', async (c) => {
    const lectureId = c.req.param('lectureId');
    try {
      if (!isId(lectureId)) throw new LectureNotFoundError(String(lectureId).slice(0, 64));
      return await form(c, await openFeedback(deps, lectureId), { submissionId: deps.newId() });
    } catch (error) {
      const page = unavailablePage(c, error);
      if (page) return page;
      throw error;
    }
  });

  // Without JavaScript a page round trip; with it (Accept: JSON) the form script's API call.
  app.post('/:lectureId', async (c) => {
    const lectureId = c.req.param('lectureId');
    const fields = new URLSearchParams(await c.req.text());
    const submissionId = fields.get('submissionId');
    const json = (c.req.header('accept') ?? '').includes('application/json');
    const t = uiMessages(requestLocale(c));
    if (!isUuid(submissionId)) {
      if (json) return errorResponse(c, { status: 400, code: 'malformed_body', issues: [{ field: 'submissionId', message: 'submissionId must be a UUID' }] });
      return message(c, 400, t.errors.malformed_body, t.feedback.reopenForm);
    }
    let open: OpenFeedback | undefined;
    try {
      if (!isId(lectureId)) throw new LectureNotFoundError(String(lectureId).slice(0, 64));
      // Read for the form's sake; submitFeedback applies every rule again, and a replay wins over the window.
      open = await openFeedback(deps, lectureId).catch((error: unknown) => {
        if (error instanceof FeedbackClosedError || error instanceof FeedbackNotOpenError) return undefined;
        throw error;
      });
      const answers = open ? formToAnswers(open.form, fields) : {};
      const outcome = await submitFeedback(deps, lectureId, { submissionId, answers });
      if (json) return c.json({ responseId: outcome.responseId }, outcome.replayed ? 200 : 201);
      return c.redirect(`${links(lectureId, requestLocale(c)).done}&r=${encodeURIComponent(outcome.responseId)}`, 303);
    } catch (error) {
      if (json) {
        const mapped = mapError(error, requestLocale(c));
        if (mapped) return errorResponse(c, mapped);
        throw error;
      }
      if (open && error instanceof InvalidAnswersError) {
        const locale = requestLocale(c);
        const errors: Record<string, string> = {};
        for (const issue of error.issues) errors[issue.questionId] ??= answerIssueMessage(issue, locale);
        return form(c, open, { submissionId, values: fields, errors }, 422);
      }
      if (open && error instanceof StoreUnavailableError) {
        c.header('Retry-After', String(RETRY_AFTER_SECONDS));
        return form(c, open, { submissionId, values: fields }, 503);
      }
      const page = unavailablePage(c, error);
      if (page) return page;
      throw error;
    }
  });

  app.get('/:lectureId/done', (c) => {
    const locale = requestLocale(c);
    const t = uiMessages(locale);
    const receipt = c.req.query('r');
    const lectureId = c.req.param('lectureId');
    return renderPage(
      c,
      <MessagePage
        locale={locale}
        appName={t.feedback.appName}
        title={t.feedback.thanksTitle}
        body={t.feedback.thanksBody}
        detail={isUuid(receipt) ? `${t.receipt}: ${receipt.slice(0, 8).toUpperCase()}` : undefined}
        link={isId(lectureId) ? { href: `/f/${lectureId}?lang=${locale}`, text: t.feedback.backToForm } : undefined}
      />,
    );
  });

  return app;
}
