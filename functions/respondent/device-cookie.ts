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

/** A lecture's ids are [A-Za-z0-9_-] too: safe in a cookie name. */
export function phoneCookieName(lectureId: string): string {
  return `dc_phone_${lectureId}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The phone's id for this lecture, as its cookie holds it; undefined without one. */
export function phoneIdOf(c: Context, lectureId: string): string | undefined {
  const value = getCookie(c, phoneCookieName(lectureId))?.toLowerCase();
  return value && UUID.test(value) ? value : undefined;
}

/**
 * One feedback per phone per lecture: the feedback page gives the phone a random id for this lecture
 * (kept a year, sent only to this lecture's pages) unless it has one. Not identity (another browser
 * is another phone); with the per-source limit it keeps one person from counting many times.
 */
export function ensurePhoneId(c: Context, lectureId: string, newId: () => string): string {
  const known = phoneIdOf(c, lectureId);
  if (known) return known;
  const id = newId();
  setCookie(c, phoneCookieName(lectureId), id, { path: `/f/${lectureId}`, httpOnly: true, sameSite: 'Lax', secure: isHttps(c), maxAge: ONE_YEAR_SECONDS });
  return id;
}
