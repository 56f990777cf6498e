// The respondent's error pages: what a person who opened a link sees instead of the error shape.
import type { Context } from 'hono';
import { SurveyNotOpenError } from '../../../shared/errors.js';
import { uiMessages } from '../../../shared/i18n/ui-messages.js';
import { districtDateTime } from '../../../shared/survey-admin/zoned-time.js';
import { requestLocale, type ErrorPageRenderer, type MappedError } from '../../http/error-handler.js';
import { renderPage } from '../../http/render.js';
import { MessagePage } from './message-page.js';

/** Title and body for an error a respondent can meet; every other code falls back to its one-line message. */
function words(c: Context, mapped: MappedError, error: unknown, timeZone: string): { title: string; body: string } {
  const t = uiMessages(requestLocale(c));
  switch (mapped.code) {
    case 'survey_not_found':
      return { title: t.notFoundTitle, body: t.notFoundBody };
    case 'survey_closed':
      return { title: t.closedTitle, body: t.closedBody };
    case 'survey_full':
      return { title: t.fullTitle, body: t.fullBody };
    case 'already_answered':
      return { title: t.alreadyTitle, body: t.alreadyBody };
    case 'survey_not_open': {
      const opensAt = error instanceof SurveyNotOpenError ? districtDateTime(error.opensAt, timeZone).slice(0, 16) : '';
      return { title: t.notOpenTitle, body: t.notOpenBody(opensAt) };
    }
    case 'store_unavailable':
      return { title: t.errors.store_unavailable, body: t.serverBusy };
    case 'malformed_body':
      return { title: t.errors.malformed_body, body: t.reopenForm };
    case 'not_found':
      return { title: t.pageNotFoundTitle, body: t.errors.not_found };
    default:
      return { title: t.errorPageTitle, body: t.errors[mapped.code] };
  }
}

export function respondentErrorPage(timeZone: string): ErrorPageRenderer {
  return (c, mapped, error) => {
    const { title, body } = words(c, mapped, error, timeZone);
    return renderPage(c, <MessagePage locale={requestLocale(c)} title={title} body={body} />, mapped.status);
  };
}
