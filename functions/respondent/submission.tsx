// The one path every public submission takes over HTTP, survey response or lecture feedback, from the
// JSON API or the plain form. A form post must come from the site's own pages (ownSiteForms, for every
// form route in app.ts); every outcome is counted (stored, replayed or refused); the answer is the
// contract's: 201 `{ responseId }` the first time, 200 the same for a replay, or for a plain form the
// thank-you page. The domain's submitResponse and submitFeedback store it exactly once.
import type { Context } from 'hono';
import * as v from 'valibot';
import { DomainError, InvalidAnswersError, StoreUnavailableError } from '../../shared/errors.js';
import { answerIssueMessage } from '../../shared/i18n/answer-messages.js';
import type { Locale } from '../../shared/kernel/locale.js';
import type { SubmitOutcome } from '../../shared/responses/response-store.js';
import { SubmissionIdSchema } from '../../shared/responses/submission-schema.js';
import { ApiError } from '../http/api-error.js';
import { requestLocale, RETRY_AFTER_SECONDS } from '../http/error-handler.js';
import type { Logger } from '../http/logger.js';
import { METRIC, noMetrics, type AppMetrics } from '../http/metrics.js';
import { renderPage } from '../http/render.js';
import { requestIdOf } from '../http/request-id.js';
import type { FormValues } from './form-fields.js';
import { isId, isUuid } from '../../shared/kernel/ids.js';
import { uiMessages } from '../../shared/i18n/ui-messages.js';
import { receiptNumber } from '../../shared/responses/receipt.js';
import { MessagePage } from './pages/message-page.js';
import { SurveyPage, type SurveyPageProps } from './pages/survey-page.js';

/** Runs a submission and counts its outcome: the metrics the dashboard shows for every public form. */
export async function countedSubmission<T extends SubmitOutcome>(metrics: AppMetrics | undefined, submit: () => Promise<T>): Promise<T> {
  const counter = metrics ?? noMetrics;
  try {
    const outcome = await submit();
    counter.count(outcome.replayed ? METRIC.replays : METRIC.submissions);
    return outcome;
  } catch (error) {
    // A rule said no (4xx); outages (503) are counted by status, as every route's are.
    if (error instanceof DomainError && error.status < 500) counter.count(METRIC.refusedAnswers);
    throw error;
  }
}

/** True for the form script's calls (and any client asking for JSON): they get the API's answer. */
export function wantsJson(c: Context): boolean {
  return (c.req.header('accept') ?? '').includes('application/json');
}

/** A posted form's submission id (made when the form opened), or 400: without it no retry could be recognised. */
export function postedSubmissionId(fields: URLSearchParams): string {
  const parsed = v.safeParse(SubmissionIdSchema, fields.get('submissionId'));
  if (!parsed.success) throw new ApiError(400, 'malformed_body', [{ field: 'submissionId', message: 'submissionId must be a UUID' }]);
  return parsed.output;
}

/** The contract's answer to a stored submission: 201 the first time, 200 for a replay. */
export function submissionJson(c: Context, outcome: SubmitOutcome): Response {
  return c.json({ responseId: outcome.responseId }, outcome.replayed ? 200 : 201);
}

/** A form post's answer: JSON for the form script, else the thank-you page with the receipt. */
export function submissionAnswer(c: Context, outcome: SubmitOutcome, page: { json: boolean; doneUrl: string }): Response {
  if (page.json) return submissionJson(c, outcome);
  return c.redirect(`${page.doneUrl}&r=${encodeURIComponent(outcome.responseId)}`, 303);
}

/** The form's id from the path (a survey's, a lecture's); one that cannot be an id is unknown. */
export function formId(c: Context, param: string, notFound: (id: string) => Error): string {
  const id = c.req.param(param);
  if (!isId(id)) throw notFound(String(id).slice(0, 64));
  return id;
}

/** Where a form posts, its thank-you page and the other language's form (`/s/{surveyId}`, `/f/{lectureId}`). */
export function formLinks(base: '/s' | '/f', id: string, locale: Locale): Pick<SurveyPageProps, 'action' | 'doneUrl' | 'switchHref'> {
  const other = locale === 'en' ? 'zh' : 'en';
  return { action: `${base}/${id}?lang=${locale}`, doneUrl: `${base}/${id}/done?lang=${locale}`, switchHref: `${base}/${id}?lang=${other}` };
}

/** A form page: the survey (or feedback) form, its words in the request's language. */
export function formPage(c: Context, props: Omit<SurveyPageProps, 'locale'>, status: 200 | 403 | 409 | 422 | 503 = 200): Response | Promise<Response> {
  return renderPage(c, <SurveyPage {...props} locale={requestLocale(c)} />, status);
}

/** The posted form as the respondent filled it, to show again. */
export interface FilledForm {
  submissionId: string;
  values: FormValues;
  /** A message beside each refused answer, by question id. */
  errors?: Record<string, string>;
}

/** What one kind of form (a survey, a lecture's feedback) brings to the one posting path. */
export interface PostedForm<Opened> {
  /** The form as it can be answered now, or undefined when only a replay can still succeed (closed, not open, unknown). */
  open: () => Promise<Opened | undefined>;
  /** The domain's submission of the posted fields (answers read against the opened form). */
  submit: (posted: { submissionId: string; fields: URLSearchParams; opened: Opened | undefined }) => Promise<SubmitOutcome>;
  /** The form again, as filled, with the status of the refusal. */
  again: (opened: Opened, filled: FilledForm, status: 422 | 503) => Response | Promise<Response>;
  /** A refusal the form shows on its own page (a survey's access code), or undefined. */
  refusal?: (error: unknown, opened: Opened, filled: FilledForm) => Response | Promise<Response> | undefined;
  doneUrl: string;
}

/**
 * A form post, with or without JavaScript: stored once and counted, then the thank-you page (or JSON for
 * the form script). A refusal about the answers shows the form again with each problem beside its
 * question; an outage keeps every answer on the page (503, Retry-After) so pressing submit again is all
 * it takes. Every other refusal, and every JSON call's, is the error handler's.
 */
export async function postSubmission<Opened>(c: Context, deps: { metrics?: AppMetrics | undefined; logger: Logger }, form: PostedForm<Opened>): Promise<Response> {
  const json = wantsJson(c);
  const fields = new URLSearchParams(await c.req.text());
  const submissionId = postedSubmissionId(fields);
  let opened: Opened | undefined;
  try {
    opened = await form.open();
    const outcome = await countedSubmission(deps.metrics, () => form.submit({ submissionId, fields, opened }));
    return submissionAnswer(c, outcome, { json, doneUrl: form.doneUrl });
  } catch (error) {
    if (json || opened === undefined) throw error;
    const filled: FilledForm = { submissionId, values: fields };
    if (error instanceof InvalidAnswersError) {
      const locale = requestLocale(c);
      const errors: Record<string, string> = {};
      for (const issue of error.issues) errors[issue.questionId] ??= answerIssueMessage(issue, locale);
      return form.again(opened, { ...filled, errors }, 422);
    }
    const own = form.refusal?.(error, opened, filled);
    if (own) return own;
    if (error instanceof StoreUnavailableError) {
      deps.logger.warn('store unavailable', { requestId: requestIdOf(c), path: c.req.path, cause: error });
      c.header('Retry-After', String(RETRY_AFTER_SECONDS));
      return form.again(opened, filled, 503);
    }
    throw error;
  }
}

/** The thank-you page after a submission, with the receipt number its link carries (`?r=`). */
export function thanksPage(c: Context, words: { appName?: string | undefined; thanksTitle: string; thanksBody: string }): Promise<Response> {
  const locale = requestLocale(c);
  const t = uiMessages(locale);
  const receipt = c.req.query('r');
  return renderPage(
    c,
    <MessagePage
      locale={locale}
      appName={words.appName}
      title={words.thanksTitle}
      body={words.thanksBody}
      detail={isUuid(receipt) ? `${t.receipt}: ${receiptNumber(receipt)}` : undefined}
      after={t.closePage}
    />,
  );
}
