// Signing in at an event: read the event (any kind) through loadEvent, check the window and the
// district's setting, then store the sign-in exactly once and count it (one transaction).
import type { Clock } from '../kernel/clock.js';
import { InvalidInputError, NotOnAttendeeListError, SignInClosedError, SignInNotOpenError, type FieldIssue } from '../errors.js';
import { loadEvent, type EventReader, type EventSummary } from '../events/event.js';
import type { Locale } from '../kernel/locale.js';
import { signInMessages } from '../i18n/sign-in-messages.js';
import type { SignInInput, SignInSettings, StoredSignIn } from './sign-in-schema.js';
import type { SignInOutcome, SignInRepository, SignInSettingsRepository } from './sign-in-store.js';
import { signInWindowError } from './sign-in-window.js';

/** What an attendee check says of one person (issue 22: a study session's list of members). */
export type AttendeeVerdict = { listed: true; personId: string } | { listed: false };

/**
 * The hook an event kind with an attendee list provides: who this sign-in is. Lectures have none, so
 * everyone signs in; a kind with one refuses or takes as a guest whoever is not listed, by the
 * district's `unlisted` setting.
 */
export interface AttendeeCheck {
  appliesTo(event: EventSummary): boolean;
  check(event: EventSummary, person: { name?: string; unitId?: string; unitName?: string }): Promise<AttendeeVerdict>;
}

export interface SignInDeps {
  events: EventReader;
  signIns: SignInRepository;
  signInSettings: Pick<SignInSettingsRepository, 'get'>;
  /** A unit's current name by id (the catalogue), for a unit that is not one of the event's hosts. */
  unitName: (unitId: string) => Promise<string | undefined>;
  attendees?: AttendeeCheck;
  clock: Clock;
}

/** The event with its sign-in page's setting, when it takes sign-ins now; the window's error otherwise. */
export async function openSignIn(deps: Pick<SignInDeps, 'events' | 'signInSettings' | 'clock' | 'attendees'>, eventId: string): Promise<{ event: EventSummary; settings: SignInSettings }> {
  const [event, settings] = await Promise.all([loadEvent(deps.events, eventId), deps.signInSettings.get()]);
  const error = signInWindowError(event, deps.clock.now());
  if (error) throw error;
  // An event with an attendee list signs in people, not heads: it always asks who (name and unit),
  // whatever the district asks at lectures, so namesakes of two units are told apart.
  if (deps.attendees?.appliesTo(event)) return { event, settings: { ...settings, ask: 'name-and-unit' } };
  return { event, settings };
}

/** The fields the setting asks for, checked; what it does not ask for is dropped, never stored. */
async function askedFields(deps: SignInDeps, event: EventSummary, settings: SignInSettings, input: SignInInput, locale: Locale): Promise<Pick<StoredSignIn, 'name' | 'unitId' | 'unitName'>> {
  if (settings.ask === 'nothing') return {};
  const issues: FieldIssue[] = [];
  const t = signInMessages(locale);
  if (!input.name) issues.push({ field: 'name', message: t.required });
  let unit: Pick<StoredSignIn, 'unitId' | 'unitName'> = {};
  if (settings.ask === 'name-and-unit') {
    if (input.unitId) {
      const name = event.units.find((u) => u.id === input.unitId)?.name ?? (await deps.unitName(input.unitId));
      if (name) unit = { unitId: input.unitId, unitName: name };
      else issues.push({ field: 'unitId', message: t.pickUnit });
    } else if (input.unitName) unit = { unitName: input.unitName };
    else issues.push({ field: 'unitId', message: t.pickUnit });
  }
  if (issues.length > 0) throw new InvalidInputError(issues);
  return { ...(input.name ? { name: input.name } : {}), ...unit };
}

/** 201 the first time; a replay of the same signInId answers with the first sign-in, even once the window closed. */
export async function submitSignIn(deps: SignInDeps, eventId: string, input: SignInInput, locale: Locale = 'zh'): Promise<SignInOutcome> {
  const replay = async (error: unknown): Promise<SignInOutcome> => {
    const first = await deps.signIns.find(eventId, input.signInId);
    if (first) return { signIn: first, replayed: true };
    throw error;
  };
  let opened: Awaited<ReturnType<typeof openSignIn>>;
  try {
    opened = await openSignIn(deps, eventId);
  } catch (error) {
    if (error instanceof SignInNotOpenError || error instanceof SignInClosedError) return replay(error);
    throw error;
  }
  const { event, settings } = opened;
  let fields: Awaited<ReturnType<typeof askedFields>>;
  try {
    fields = await askedFields(deps, event, settings, input, locale);
  } catch (error) {
    return replay(error);
  }
  let person: Pick<StoredSignIn, 'personId' | 'guest'> = {};
  if (deps.attendees?.appliesTo(event)) {
    const verdict = await deps.attendees.check(event, fields);
    if (verdict.listed) person = { personId: verdict.personId };
    else if (settings.unlisted === 'guest') person = { guest: true };
    else return replay(new NotOnAttendeeListError(eventId));
  }
  return deps.signIns.submit({ eventId, signInId: input.signInId, at: deps.clock.now().toISOString(), ...fields, ...person });
}
