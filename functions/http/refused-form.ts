// How a page route says where a refused form goes: the route names, once, the page that shows its form
// again (input kept, problems listed or beside their fields) and then simply throws; the one error
// handler renders that page with the status, code and Retry-After the error registry gives.
import type { Context } from 'hono';
import type { ErrorIssue, ErrorStatus } from '../../shared/errors.js';
import { fieldPrefix } from '../../shared/i18n/field-labels.js';
import type { Locale } from '../../shared/kernel/locale.js';
import { uiMessages, type ErrorCode } from '../../shared/i18n/ui-messages.js';

/** A refusal as a form shows it. */
export interface Refusal {
  status: ErrorStatus;
  code: ErrorCode;
  /** The registry's words for the code, then each problem with its field named as the form labels it. */
  lines: string[];
  /** The problems by field or question, for forms that show them beside their fields. */
  issues: ErrorIssue[];
  /** What was thrown, for a page that shows one kind of refusal only. */
  error: unknown;
}

/**
 * Renders the form again for a refusal; `undefined` leaves it to the app's error page (a form that
 * shows only some refusals, such as the unit's request form with its field problems).
 */
export type ShowFormAgain = (refusal: Refusal) => Response | undefined | Promise<Response | undefined>;

declare module 'hono' {
  interface ContextVariableMap {
    showFormAgain: ShowFormAgain;
  }
}

/** Names the page a refusal of this request shows; set it before the work that may be refused. */
export function onRefusal(c: Context, show: ShowFormAgain): void {
  c.set('showFormAgain', show);
}

/**
 * Statuses a form can be shown again for. A body over the limit (413) or of the wrong type (415) was never
 * read, so there is no input to keep; an unexpected failure (500) gets the error page and a log line.
 */
const NOT_A_FORM_PROBLEM: ReadonlySet<ErrorStatus> = new Set([405, 413, 415, 500]);

export function refusalFor(status: ErrorStatus, code: ErrorCode, issues: ErrorIssue[] | undefined, error: unknown, locale: Locale): Refusal | undefined {
  if (NOT_A_FORM_PROBLEM.has(status)) return undefined;
  // Each problem in words, its field named as the form labels it; never a question id or field code.
  const lines = [uiMessages(locale).errors[code], ...(issues ?? []).map((i) => `${i.questionId ? '' : fieldPrefix(i.field, locale)}${i.message}`)];
  return { status, code, lines, issues: issues ?? [], error };
}

/**
 * The form page for a refusal, when the route named one and it can be drawn; else undefined (the error
 * page). `cannotDraw` hears why a named page could not be drawn (its survey gone, the store still down).
 */
export async function formShownAgain(c: Context, refusal: Refusal | undefined, cannotDraw: (error: unknown) => void): Promise<Response | undefined> {
  const show = c.get('showFormAgain');
  if (!show || !refusal) return undefined;
  try {
    return await show(refusal);
  } catch (error) {
    cannotDraw(error);
    return undefined;
  }
}
