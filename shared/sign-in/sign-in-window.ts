// When an event takes sign-ins: from an hour before it starts to two hours after it ends.
import { SignInClosedError, SignInNotOpenError } from '../errors.js';
import type { EventSummary } from '../events/event.js';

export const SIGN_IN_OPENS_BEFORE_MS = 60 * 60_000;
export const SIGN_IN_CLOSES_AFTER_MS = 2 * 60 * 60_000;

export function signInOpensAt(event: Pick<EventSummary, 'startsAt'>): Date {
  return new Date(Date.parse(event.startsAt) - SIGN_IN_OPENS_BEFORE_MS);
}

export function signInClosesAt(event: Pick<EventSummary, 'endsAt'>): Date {
  return new Date(Date.parse(event.endsAt) + SIGN_IN_CLOSES_AFTER_MS);
}

/** Why the event takes no sign-in now (403 not yet, 410 cancelled or over), or undefined when it does. */
export function signInWindowError(event: EventSummary, now: Date): Error | undefined {
  if (event.status === 'cancelled') return new SignInClosedError(event.id, 'cancelled');
  if (now.getTime() < signInOpensAt(event).getTime()) return new SignInNotOpenError(event.id, signInOpensAt(event).toISOString());
  if (now.getTime() >= signInClosesAt(event).getTime()) return new SignInClosedError(event.id, 'window_closed');
  return undefined;
}
