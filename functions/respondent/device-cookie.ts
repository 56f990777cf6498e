// The "already answered on this browser" cookie for one-response-per-device surveys.
// Best effort only: clearing cookies or another browser gets round it; it is a nudge, not identity.
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';

/** A year: long enough to outlive any survey; browsers cap cookies at 400 days anyway. */
const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/** Survey ids keep to [A-Za-z0-9_-], so they are safe inside a cookie name. */
export function doneCookieName(surveyId: string): string {
  return `dc_done_${surveyId}`;
}

function isHttps(c: Context): boolean {
  return new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';
}

export function answeredOnThisDevice(c: Context, surveyId: string): boolean {
  return getCookie(c, doneCookieName(surveyId)) === '1';
}

/**
 * Scoped to the survey's own pages, so it travels only with requests for this survey. HttpOnly:
 * the form script has no need to read it. Lax: opening the share link from a chat app must send it.
 */
export function rememberAnswered(c: Context, surveyId: string): void {
  setCookie(c, doneCookieName(surveyId), '1', {
    path: `/s/${surveyId}`,
    httpOnly: true,
    sameSite: 'Lax',
    secure: isHttps(c),
    maxAge: ONE_YEAR_SECONDS,
  });
}
