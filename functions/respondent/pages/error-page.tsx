// The respondent's error pages: what a person who opened a link sees instead of the error shape.
// A lecture's feedback pages (/f/…) speak of feedback and the lecture, and carry the feedback app's name;
// a unit's pages (/u/{unitKey}/…) speak of the unit's link and menus, and lead back to the unit's page.
import type { Context } from 'hono';
import { AssignmentAnsweredError, FeedbackClosedError, FeedbackNotOpenError, SignInClosedError, SignInNotOpenError, SurveyNotOpenError } from '../../../shared/errors.js';
import { programmeMessages } from '../../../shared/i18n/programme-messages.js';
import { signInMessages } from '../../../shared/i18n/sign-in-messages.js';
import { expertMessages } from '../../../shared/i18n/expert-messages.js';
import { uiMessages } from '../../../shared/i18n/ui-messages.js';
import { districtDateTime } from '../../../shared/kernel/zoned-time.js';
import { requestLocale, type ErrorPageRenderer, type MappedError } from '../../http/error-handler.js';
import { renderPage } from '../../http/render.js';
import { MessagePage } from './message-page.js';

const isFeedbackPath = (c: Context) => c.req.path.startsWith('/f/');
/** The unit's key in a unit page's path, if this is one. */
const unitKeyIn = (c: Context) => /^\/u\/([^/]+)/.exec(c.req.path)?.[1];

/** Words for what a unit can meet on its pages; undefined: the words every page uses (a busy store, a broken form). */
function unitWords(c: Context, mapped: MappedError): { title: string; body: string } | undefined {
  const locale = requestLocale(c);
  const t = programmeMessages(locale);
  const said = uiMessages(locale).errors[mapped.code];
  switch (mapped.code) {
    case 'unit_link_not_found':
      return { title: t.unitLinkGone, body: t.unitLinkGoneBody };
    case 'menu_not_found':
      return { title: t.menuGone, body: said };
    case 'store_unavailable':
    case 'malformed_body':
    case 'not_found':
      return undefined;
    default:
      return { title: said, body: said };
  }
}

const isExpertPath = (c: Context) => c.req.path.startsWith('/e/');

/** An expert's refused answer, said to the expert; undefined for codes the general words fit. */
function expertWords(c: Context, mapped: MappedError, error: unknown): { title: string; body: string } | undefined {
  const locale = requestLocale(c);
  const t = expertMessages(locale);
  const errors = uiMessages(locale).errors;
  switch (mapped.code) {
    case 'expert_link_not_found':
      return { title: t.linkGone, body: t.linkGoneBody };
    case 'already_answered':
      return { title: errors.lecture_status_conflict, body: error instanceof AssignmentAnsweredError ? (error.issuesIn(locale)[0]?.message ?? '') : errors.lecture_status_conflict };
    case 'lecture_cancelled':
      return { title: t.states.cancelled, body: errors.lecture_cancelled };
    case 'lecture_not_found':
      return { title: errors.lecture_not_found, body: errors.lecture_not_found };
    default:
      return undefined;
  }
}

/** Title and body for an error a respondent can meet; every other code falls back to its one-line message. */
function words(c: Context, mapped: MappedError, error: unknown, timeZone: string): { title: string; body: string } {
  const t = uiMessages(requestLocale(c));
  const at = (iso: string) => districtDateTime(iso, timeZone).slice(0, 16);
  switch (mapped.code) {
    case 'survey_not_found':
      return { title: t.notFoundTitle, body: t.notFoundBody };
    case 'survey_closed':
      return { title: t.closedTitle, body: t.closedBody };
    case 'survey_full':
      return { title: t.fullTitle, body: t.fullBody };
    case 'already_answered':
      return { title: t.alreadyTitle, body: t.alreadyBody };
    case 'survey_not_open':
      return { title: t.notOpenTitle, body: t.notOpenBody(error instanceof SurveyNotOpenError ? at(error.opensAt) : '') };
    case 'lecture_not_found':
      return { title: t.feedback.notFoundTitle, body: t.feedback.notFoundBody };
    case 'feedback_not_open':
      return { title: t.feedback.notOpenTitle, body: t.feedback.notOpenBody(error instanceof FeedbackNotOpenError ? at(error.opensAt) : '') };
    case 'feedback_closed':
      return { title: t.feedback.closedTitle, body: error instanceof FeedbackClosedError && error.reason === 'cancelled' ? t.feedback.cancelledBody : t.feedback.closedBody };
    case 'sign_in_not_open':
      return { title: signInMessages(requestLocale(c)).notOpenTitle, body: signInMessages(requestLocale(c)).notOpenBody(error instanceof SignInNotOpenError ? at(error.opensAt) : '') };
    case 'sign_in_closed':
      return { title: signInMessages(requestLocale(c)).closedTitle, body: error instanceof SignInClosedError && error.reason === 'cancelled' ? signInMessages(requestLocale(c)).cancelledBody : signInMessages(requestLocale(c)).closedBody };
    case 'store_unavailable':
      return { title: t.errors.store_unavailable, body: t.serverBusy };
    case 'malformed_body':
      return { title: t.errors.malformed_body, body: isFeedbackPath(c) ? t.feedback.reopenForm : t.reopenForm };
    case 'not_found':
      return { title: t.pageNotFoundTitle, body: t.errors.not_found };
    default:
      return { title: t.errorPageTitle, body: t.errors[mapped.code] };
  }
}

export function respondentErrorPage(timeZone: string): ErrorPageRenderer {
  return (c, mapped, error) => {
    const locale = requestLocale(c);
    const key = unitKeyIn(c);
    const expert = isExpertPath(c) ? expertWords(c, mapped, error) : undefined;
    const { title, body } = expert ?? (key ? unitWords(c, mapped) : undefined) ?? words(c, mapped, error, timeZone);
    const appName = isFeedbackPath(c)
      ? uiMessages(locale).feedback.appName
      : c.req.path.startsWith('/sign-in/')
        ? signInMessages(locale).appName
        : isExpertPath(c)
          ? expertMessages(locale).appName
          : undefined;
    // A unit's page leads back to the unit's home, unless the link itself is gone (or the form must be opened again);
    // an expert's refused answer leads back to their page (the link itself still works).
    const expertKey = isExpertPath(c) ? c.req.path.split('/')[2] : undefined;
    const back =
      key && !['unit_link_not_found', 'malformed_body', 'not_found'].includes(mapped.code)
        ? { href: `/u/${key}?lang=${locale}`, text: programmeMessages(locale).backToUnit }
        : expertKey && mapped.code !== 'expert_link_not_found' && mapped.status < 500
          ? { href: `/e/${encodeURIComponent(expertKey)}?lang=${locale}`, text: expertMessages(locale).back }
          : undefined;
    return renderPage(c, <MessagePage locale={locale} title={title} body={body} appName={appName} link={back} />, mapped.status);
  };
}
