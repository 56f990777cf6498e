// The sign-in hook of a study session (shared/sign-in/submit-sign-in.ts): who signing in is, against
// the session's attendee list. A name matches the listed person of that name; a unit picked from the
// list must be that person's unit (so a namesake of another unit is not them), while a unit typed by
// hand only tells namesakes apart, as typed names vary (区委办 / 区委办公室).
import type { AttendeeCheck, AttendeeVerdict } from '../sign-in/submit-sign-in.js';
import { cleanName } from '../catalogue/name-lookalikes.js';
import type { Attendee } from './study-session-schema.js';
import type { AttendeeListReader } from './study-session-store.js';

export function matchAttendee(attendees: readonly Attendee[], person: { name?: string; unitId?: string; unitName?: string }): AttendeeVerdict {
  if (!person.name) return { listed: false };
  const name = cleanName(person.name);
  const named = attendees.filter((a) => cleanName(a.name) === name);
  const sameUnit = (a: Attendee) => (person.unitId !== undefined && a.unitId === person.unitId) || (person.unitName !== undefined && cleanName(a.unit) === cleanName(person.unitName));
  const inUnit = named.filter(sameUnit);
  if (inUnit.length === 1) return { listed: true, personId: inUnit[0]!.id };
  if (inUnit.length > 1) return { listed: false };
  // A listed unit that is not the person's: someone else of that name.
  if (person.unitId !== undefined) return { listed: false };
  return named.length === 1 ? { listed: true, personId: named[0]!.id } : { listed: false };
}

export function studySessionAttendeeCheck(lists: AttendeeListReader): AttendeeCheck {
  return {
    appliesTo: (event) => event.kind === 'study-session',
    async check(event, person) {
      return matchAttendee((await lists.attendeesOf(event.id)) ?? [], person);
    },
  };
}
