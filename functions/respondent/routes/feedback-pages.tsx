// A lecture's feedback pages (/f/{lectureId}): the district's feedback form naming the lecture, its
// plain-form submission and the thank-you page. The form, its script (draft, outbox) and the field
// parsing are the survey form's own; only the words and the lecture facts differ.
import { Hono, type Context } from 'hono';
import { isUuid } from '../../../shared/kernel/ids.js';
import { FeedbackClosedError, FeedbackNotOpenError, InvalidAnswersError, LectureNotFoundError, StoreUnavailableError } from '../../../shared/errors.js';
import { receiptNumber } from '../../../shared/responses/receipt.js';
import { answerIssueMessage } from '../../../shared/i18n/answer-messages.js';
import type { Locale } from '../../../shared/kernel/locale.js';
import { uiMessages } from '../../../shared/i18n/ui-messages.js';
import { openFeedback, submitFeedback, type OpenFeedback } from '../../../shared/lectures/submit-feedback.js';
import { formatDistrictTime } from '../../../shared/kernel/zoned-time.js';
import { isId } from '../../../shared/kernel/ids.js';
import { ApiError } from '../../http/api-error.js';
import { requestLocale, RETRY_AFTER_SECONDS } from '../../http/error-handler.js';
import { renderPage } from '../../http/render.js';
import type { RespondentDeps } from '../deps.js';
import { ensurePhoneId, phoneIdOf } from '../device-cookie.js';
import { formToAnswers, type FormValues } from '../form-fields.js';
import { LectureFacts } from '../pages/lecture-facts.js';
import { MessagePage } from '../pages/message-page.js';
import { SurveyPage } from '../pages/survey-page.js';


function links(lectureId: string, locale: Locale) {
  const other = locale === 'en' ? 'zh' : 'en';
  return { action: `/f/${lectureId}?lang=${locale}`, done: `/f/${lectureId}/done?lang=${locale}`, switchHref: `/f/${lectureId}?lang=${other}` };
}

export function feedbackPageRoutes(deps: RespondentDeps) {
  const app = new Hono();

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
        closesAt={formatDistrictTime(open.closesAt, deps.timeZone).replace('T', ' ')}
        answeredNote={{ oncePerDevice: false }}
      />,
      status,
    );
  };

  // A lecture that cannot take feedback now is the error handler's page (respondentErrorPage says why).
  app.get('/:lectureId', async (c) => {
    const lectureId = c.req.param('lectureId');
    if (!isId(lectureId)) throw new LectureNotFoundError(String(lectureId).slice(0, 64));
    const open = await openFeedback(deps, lectureId);
    ensurePhoneId(c, lectureId, deps.newId);
    return form(c, open, { submissionId: deps.newId() });
  });

  // Without JavaScript a page round trip; with it (Accept: JSON) the form script's API call.
  app.post('/:lectureId', async (c) => {
    const lectureId = c.req.param('lectureId');
    const fields = new URLSearchParams(await c.req.text());
    const submissionId = fields.get('submissionId');
    const json = (c.req.header('accept') ?? '').includes('application/json');
    if (!isUuid(submissionId)) throw new ApiError(400, 'malformed_body', [{ field: 'submissionId', message: 'submissionId must be a UUID' }]);
    let open: OpenFeedback | undefined;
    try {
      if (!isId(lectureId)) throw new LectureNotFoundError(String(lectureId).slice(0, 64));
      // Read for the form's sake; submitFeedback applies every rule again, and a replay wins over the window.
      open = await openFeedback(deps, lectureId).catch((error: unknown) => {
        if (error instanceof FeedbackClosedError || error instanceof FeedbackNotOpenError) return undefined;
        throw error;
      });
      const answers = open ? formToAnswers(open.form, fields) : {};
      const deviceId = phoneIdOf(c, lectureId);
      const outcome = await submitFeedback(deps, lectureId, { submissionId, answers, ...(deviceId ? { deviceId } : {}) });
      if (json) return c.json({ responseId: outcome.responseId }, outcome.replayed ? 200 : 201);
      return c.redirect(`${links(lectureId, requestLocale(c)).done}&r=${encodeURIComponent(outcome.responseId)}`, 303);
    } catch (error) {
      // The script's JSON calls and every refusal that is not about one answer go to the error handler.
      if (json) throw error;
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
      throw error;
    }
  });

  app.get('/:lectureId/done', (c) => {
    const locale = requestLocale(c);
    const t = uiMessages(locale);
    const receipt = c.req.query('r');
    return renderPage(
      c,
      <MessagePage
        locale={locale}
        appName={t.feedback.appName}
        title={t.feedback.thanksTitle}
        body={t.feedback.thanksBody}
        detail={isUuid(receipt) ? `${t.receipt}: ${receiptNumber(receipt)}` : undefined}
        after={t.closePage}
      />,
    );
  });

  return app;
}
