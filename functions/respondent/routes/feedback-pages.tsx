// A lecture's feedback pages (/f/{lectureId}): the district's feedback form naming the lecture, its
// plain-form submission and the thank-you page. The form, its script (draft, outbox) and the field
// parsing are the survey form's own; only the words and the lecture facts differ.
import { Hono, type Context } from 'hono';
import { FeedbackClosedError, FeedbackNotOpenError, LectureNotFoundError } from '../../../shared/errors.js';
import { uiMessages } from '../../../shared/i18n/ui-messages.js';
import { openFeedback, submitFeedback, type OpenFeedback } from '../../../shared/lectures/submit-feedback.js';
import { formatDistrictTime } from '../../../shared/kernel/zoned-time.js';
import { requestLocale } from '../../http/error-handler.js';
import { feedbackDeps, type RespondentDeps } from '../deps.js';
import { ensurePhoneId, phoneIdOf } from '../device-cookie.js';
import { formToAnswers } from '../form-fields.js';
import { LectureFacts } from '../pages/lecture-facts.js';
import { formId, formLinks, formPage, postSubmission, thanksPage, type FilledForm } from '../submission.js';


export function feedbackPageRoutes(deps: RespondentDeps) {
  const app = new Hono();

  const form = (c: Context, open: OpenFeedback, extra: Partial<FilledForm> & { submissionId: string }, status: 200 | 422 | 503 = 200) =>
    formPage(
      c,
      {
        survey: open.form,
        ...formLinks('/f', open.lecture.id, requestLocale(c)),
        ...extra,
        about: <LectureFacts lecture={open.lecture} locale={requestLocale(c)} timeZone={deps.timeZone} />,
        closesAt: formatDistrictTime(open.closesAt, deps.timeZone).replace('T', ' '),
        answeredNote: { oncePerDevice: false },
      },
      status,
    );

  // A lecture that cannot take feedback now is the error handler's page (respondentErrorPage says why).
  app.get('/:lectureId', async (c) => {
    const lectureId = formId(c, 'lectureId', (id) => new LectureNotFoundError(id));
    const open = await openFeedback(feedbackDeps(deps), lectureId);
    ensurePhoneId(c, lectureId, deps.newId);
    return form(c, open, { submissionId: deps.newId() });
  });

  // Without JavaScript a page round trip; with it (Accept: JSON) the form script's API call.
  app.post('/:lectureId', (c) => {
    const lectureId = c.req.param('lectureId');
    return postSubmission<OpenFeedback>(c, deps, {
      doneUrl: formLinks('/f', lectureId, requestLocale(c)).doneUrl,
      // Read for the form's sake; submitFeedback applies every rule again, and a replay wins over the window.
      open: () =>
        openFeedback(feedbackDeps(deps), formId(c, 'lectureId', (id) => new LectureNotFoundError(id))).catch((error: unknown) => {
          if (error instanceof FeedbackClosedError || error instanceof FeedbackNotOpenError) return undefined;
          throw error;
        }),
      submit: ({ submissionId, fields, opened }) => {
        const answers = opened ? formToAnswers(opened.form, fields) : {};
        const deviceId = phoneIdOf(c, lectureId);
        return submitFeedback(feedbackDeps(deps), lectureId, { submissionId, answers, ...(deviceId ? { deviceId } : {}) });
      },
      again: (opened, filled, status) => form(c, opened, filled, status),
    });
  });

  app.get('/:lectureId/done', (c) => thanksPage(c, uiMessages(requestLocale(c)).feedback));

  return app;
}
