// The sign-in page (签到) an attendee opens from the QR code on the projector: what the event is, the
// fields the district asks for (none, a name, a name and a unit) and one large button. Works without
// JavaScript (a plain form post); the script only keeps the phone on the page while it retries.
import { localized, type Locale } from '../../../shared/kernel/locale.js';
import { signInMessages } from '../../../shared/i18n/sign-in-messages.js';
import type { EventSummary } from '../../../shared/events/event.js';
import type { SignInSettings } from '../../../shared/sign-in/sign-in-schema.js';
import { districtMinute } from '../../../shared/kernel/zoned-time.js';
import { Layout } from './layout.js';
import { signInScript } from './sign-in-script.js';

export interface SignInPageProps {
  locale: Locale;
  event: EventSummary;
  settings: SignInSettings;
  signInId: string;
  timeZone: string;
  opensAt: string;
  closesAt: string;
  values?: { name?: string; unitId?: string; unitName?: string };
  /** A refused field's message, by field (name, unitId). */
  errors?: Record<string, string>;
}

const query = (locale: Locale) => `?lang=${locale}`;

export function EventFacts({ event, locale, timeZone }: { event: EventSummary; locale: Locale; timeZone: string }) {
  const t = signInMessages(locale);
  return (
    <dl class="facts">
      <dt>{t.topic}</dt>
      <dd>{localized(locale, event.title, event.titleEn)}</dd>
      {event.speaker ? (
        <>
          <dt>{t.speaker}</dt>
          <dd>{localized(locale, event.speaker, event.speakerEn)}</dd>
        </>
      ) : null}
      <dt>{t.time}</dt>
      <dd>{districtMinute(event.startsAt, timeZone)}</dd>
      <dt>{t.place}</dt>
      <dd>{event.place}</dd>
    </dl>
  );
}

export function SignInPage({ locale, event, settings, signInId, timeZone, opensAt, closesAt, values = {}, errors = {} }: SignInPageProps) {
  const t = signInMessages(locale);
  const other = locale === 'en' ? 'zh' : 'en';
  const problems = Object.values(errors);
  const unitPicked = (id: string) => values.unitId === id;
  return (
    <Layout locale={locale} title={`${t.title} · ${event.title}`} appName={t.appName} switchHref={`/sign-in/${event.id}?lang=${other}`} script={signInScript}>
      <h1>{t.title}</h1>
      <EventFacts event={event} locale={locale} timeZone={timeZone} />
      <p class="due">{t.windowNote(districtMinute(opensAt, timeZone), districtMinute(closesAt, timeZone))}</p>
      {problems.length > 0 ? (
        <div class="note bad" role="alert">
          {t.fixBelow}
          <ul>
            {problems.map((p) => (
              <li>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <form
        id="sign-in"
        method="post"
        action={`/sign-in/${event.id}${query(locale)}`}
        data-api={`/api/public/lectures/${event.id}/sign-ins`}
        data-done={`/sign-in/${event.id}/done${query(locale)}`}
        data-sending={t.sending}
        data-retrying={t.retrying}
        novalidate
      >
        <input type="hidden" name="signInId" value={signInId} />
        {settings.ask === 'nothing' ? <p class="help">{t.help}</p> : null}
        {settings.ask !== 'nothing' ? (
          <div class={errors.name ? 'q bad' : 'q'}>
            <label class="qt" for="f-name">
              {t.name}
            </label>
            <input type="text" id="f-name" name="name" maxlength={40} autocomplete="name" required value={values.name ?? ''} aria-describedby="err-name" />
            <p class="err" id="err-name">
              {errors.name ?? ''}
            </p>
          </div>
        ) : null}
        {settings.ask === 'name-and-unit' ? (
          <fieldset class={errors.unitId ? 'q bad' : 'q'} aria-describedby="err-unitId">
            <legend>{t.unit}</legend>
            {event.units.map((u) => (
              <label class="opt">
                <input type="radio" name="unitId" value={u.id} checked={unitPicked(u.id)} />
                {localized(locale, u.name, u.nameEn)}
              </label>
            ))}
            <label class="opt">
              <input type="radio" name="unitId" value="" checked={values.unitId === '' || (values.unitName !== undefined && !values.unitId)} />
              {t.otherUnit}
            </label>
            <input type="text" class="other" name="unitName" maxlength={80} aria-label={t.otherUnitName} value={values.unitName ?? ''} />
            <p class="err" id="err-unitId">
              {errors.unitId ?? ''}
            </p>
          </fieldset>
        ) : null}
        <button type="submit">{t.submit}</button>
        <p id="outcome" role="status" aria-live="polite" />
      </form>
    </Layout>
  );
}
