// Asks before a change that cannot be undone: a form post without `confirmed=1` changes nothing and
// answers with the page that says what the change means and to whom; that page posts it again, confirmed.
import type { Context } from 'hono';
import { confirmWords, type ConfirmKind } from '../../shared/i18n/confirm-messages.js';
import { requestLocale } from '../http/error-handler.js';
import { renderPage } from '../http/render.js';
import type { OrganizerEnv } from './access-guard.js';
import { CONFIRMED_FIELD, ConfirmStepPage } from './pages/confirm-page.js';
import { pageContext } from './page-context.js';

export interface ConfirmStep {
  kind: ConfirmKind;
  /** The unit, lecture, record, account or menu, named as people know it. */
  who: string;
  /** A district time the words mention (a deadline, a lecture's start). */
  when?: string;
  /** Where the confirmed form posts (the same route), and where "back" leads. */
  action: string;
  back: string;
}

export function isConfirmed(fields: URLSearchParams): boolean {
  return fields.get(CONFIRMED_FIELD) === '1';
}

/** The confirmation page for an unconfirmed post; the form's other fields ride along unchanged. */
export function confirmationPage(c: Context<OrganizerEnv>, fields: URLSearchParams, step: ConfirmStep): Response | Promise<Response> {
  const carry = [...fields].filter(([name]) => name !== CONFIRMED_FIELD).slice(0, 20);
  const words = confirmWords(requestLocale(c), step.kind, step.who, step.when);
  return renderPage(c, <ConfirmStepPage ctx={pageContext(c)} words={words} action={step.action} carry={carry} back={step.back} />);
}
