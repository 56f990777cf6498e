// What sign-in, sign-out and password changes need from the organizer's dependencies.
import type { OrganizerDeps } from './deps.js';

export function authDeps(deps: OrganizerDeps) {
  const { accounts, sessions, loginThrottle } = deps.store;
  return { accounts, sessions, loginThrottle, clock: deps.clock, newId: deps.newId, secret: deps.secret };
}
