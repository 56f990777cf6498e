// Signing in at an event (签到): the page from the projector's QR code (/sign-in/{eventId}), its plain
// form post, the done page, and the JSON API the page's script (or any client) calls.
import { Hono, type Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { InvalidInputError, LectureNotFoundError } from '../../../shared/errors.js';
import { zoneName } from '../../../shared/i18n/zone-names.js';
import { signInMessages } from '../../../shared/i18n/sign-in-messages.js';
import { SignInInputSchema, type SignInInput, type StoredSignIn } from '../../../shared/sign-in/sign-in-schema.js';
import { signInClosesAt, signInOpensAt } from '../../../shared/sign-in/sign-in-window.js';
import { openSignIn, submitSignIn } from '../../../shared/sign-in/submit-sign-in.js';
import { districtMinute } from '../../../shared/kernel/zoned-time.js';
import { isId } from '../../../shared/kernel/ids.js';
import { requestLocale } from '../../http/error-handler.js';
import { parseBody, readJson } from '../../http/json-body.js';
import { renderPage } from '../../http/render.js';
import { signInDeps, type RespondentDeps } from '../deps.js';
import { MessagePage } from '../pages/message-page.js';
import { SignInPage } from '../pages/sign-in-page.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** A day: the phone is the same phone for the whole event, and forgets it after. */
const COOKIE_SECONDS = 24 * 60 * 60;

function eventIdOf(c: Context): string {
  const id = c.req.param('eventId') ?? c.req.param('lectureId');
  if (!isId(id)) throw new LectureNotFoundError(String(id).slice(0, 64));
  return id;
}

/** The phone's sign-in id for this event, kept in a cookie sent only to this event's sign-in pages. */
const cookieName = (eventId: string) => `dc_signin_${eventId}`;
function phoneSignInId(c: Context, eventId: string): string | undefined {
  const value = getCookie(c, cookieName(eventId))?.toLowerCase();
  return value && UUID.test(value) ? value : undefined;
}
function keepSignInId(c: Context, eventId: string, signInId: string): void {
  const https = new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';
  setCookie(c, cookieName(eventId), signInId, { path: `/sign-in/${eventId}`, httpOnly: true, sameSite: 'Lax', secure: https, maxAge: COOKIE_SECONDS });
}

export function signInPageRoutes(deps: RespondentDeps) {
  const app = new Hono();
  const domain = signInDeps(deps);

  const done = (c: Context, signIn: StoredSignIn) => {
    const locale = requestLocale(c);
    const t = signInMessages(locale);
    const who = [signIn.name, signIn.unitName].filter(Boolean).join(' · ');
    return renderPage(
      c,
      <MessagePage locale={locale} appName={t.appName} title={t.doneTitle} body={t.doneBody(districtMinute(signIn.at, deps.timeZone), zoneName(deps.timeZone, locale))} {...(who ? { detail: who } : {})} />,
    );
  };

  const form = async (c: Context, eventId: string, signInId: string, extra: { values?: Partial<SignInInput>; errors?: Record<string, string> } = {}, status: 200 | 422 = 200) => {
    const { event, settings } = await openSignIn(domain, eventId);
    return renderPage(
      c,
      <SignInPage
        locale={requestLocale(c)}
        event={event}
        settings={settings}
        signInId={signInId}
        timeZone={deps.timeZone}
        opensAt={signInOpensAt(event).toISOString()}
        closesAt={signInClosesAt(event).toISOString()}
        {...extra}
      />,
      status,
    );
  };

  app.get('/:eventId', async (c) => {
    const eventId = eventIdOf(c);
    const known = phoneSignInId(c, eventId);
    // This phone signed in already: say so rather than offer a second sign-in.
    const first = known ? await domain.signIns.find(eventId, known) : undefined;
    if (first) return done(c, first);
    const signInId = known ?? deps.newId();
    keepSignInId(c, eventId, signInId);
    return form(c, eventId, signInId);
  });

  app.post('/:eventId', async (c) => {
    const eventId = eventIdOf(c);
    const fields = new URLSearchParams(await c.req.text());
    const text = (name: string) => fields.get(name)?.trim() || undefined;
    const unitId = text('unitId');
    const raw = { signInId: fields.get('signInId') ?? '', name: text('name'), unitId, unitName: unitId ? undefined : text('unitName') };
    const input = parseBody(SignInInputSchema, Object.fromEntries(Object.entries(raw).filter(([, value]) => value !== undefined)));
    try {
      const outcome = await submitSignIn(domain, eventId, input, requestLocale(c));
      keepSignInId(c, eventId, outcome.signIn.signInId);
      return c.redirect(`/sign-in/${eventId}/done?lang=${requestLocale(c)}`, 303);
    } catch (error) {
      if (!(error instanceof InvalidInputError)) throw error;
      const errors = Object.fromEntries(error.issues.map((i) => [i.field, i.message]));
      return form(c, eventId, input.signInId, { values: { ...input, ...(fields.get('unitId') === '' ? { unitId: '' } : {}) }, errors }, 422);
    }
  });

  app.get('/:eventId/done', async (c) => {
    const eventId = eventIdOf(c);
    const known = phoneSignInId(c, eventId);
    const signIn = known ? await domain.signIns.find(eventId, known) : undefined;
    if (!signIn) return c.redirect(`/sign-in/${eventId}?lang=${requestLocale(c)}`, 303);
    return done(c, signIn);
  });

  return app;
}

/** The public JSON routes: the sign-in form as data, and a sign-in (201, or 200 for a replay of its signInId). */
export function signInApiRoutes(deps: RespondentDeps) {
  const app = new Hono();
  const domain = signInDeps(deps);

  app.get('/lectures/:lectureId/sign-in', async (c) => {
    const { event, settings } = await openSignIn(domain, eventIdOf(c));
    c.header('Cache-Control', 'no-cache');
    return c.json({
      event: { id: event.id, kind: event.kind, title: event.title, ...(event.speaker ? { speaker: event.speaker } : {}), startsAt: districtMinute(event.startsAt, deps.timeZone), place: event.place, units: event.units.map((u) => ({ id: u.id, label: u.name })) },
      ask: settings.ask,
      opensAt: districtMinute(signInOpensAt(event).toISOString(), deps.timeZone),
      closesAt: districtMinute(signInClosesAt(event).toISOString(), deps.timeZone),
    });
  });

  app.post('/lectures/:lectureId/sign-ins', async (c) => {
    const eventId = eventIdOf(c);
    const input = parseBody(SignInInputSchema, await readJson(c));
    const outcome = await submitSignIn(domain, eventId, input, requestLocale(c));
    return c.json(signedInView(outcome.signIn, deps.timeZone), outcome.replayed ? 200 : 201);
  });

  return app;
}

function signedInView(signIn: StoredSignIn, timeZone: string): { signInId: string; signedInAt: string; name?: string; unit?: string; guest?: true } {
  return {
    signInId: signIn.signInId,
    signedInAt: districtMinute(signIn.at, timeZone),
    ...(signIn.name ? { name: signIn.name } : {}),
    ...(signIn.unitName ? { unit: signIn.unitName } : {}),
    ...(signIn.guest ? { guest: true as const } : {}),
  };
}
