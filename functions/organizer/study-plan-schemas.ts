// The answers of the study plan's API (年度学习计划): people of units, sessions, the plan view. OpenAPI
// documents them from here; kept beside the route table rather than in response-schemas.ts, as one area.
import * as v from 'valibot';
import { PersonSchema } from '../../shared/study-plan/person-schema.js';
import { StudySessionSchema } from '../../shared/study-plan/study-session-schema.js';

const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const districtTime = v.pipe(v.string(), v.description('District time, YYYY-MM-DD HH:mm'));

export const PeopleList = v.object({ people: v.array(PersonSchema) });
export const PersonAnswer = v.object({ person: PersonSchema });
export const PeopleImportReport = v.object({
  applied: v.boolean(),
  counts: v.object({ add: count, change: count, same: count, refuse: count }),
  rows: v.array(v.object({ row: count, name: v.string(), outcome: v.picklist(['add', 'change', 'same', 'refuse']), reasons: v.array(v.string()) })),
});

/** A session as the API gives it: the stored session with its times also in district time, and its sign-in link. */
export const SessionAnswer = v.object({
  sessionId: v.string(),
  signInUrl: v.pipe(v.string(), v.description('The sign-in page (/sign-in/{sessionId}) for the QR code on the screen')),
  startsAtLocal: districtTime,
  session: StudySessionSchema,
});

const AttendanceRowView = v.object({ key: v.string(), name: v.string(), post: v.optional(v.string()), unit: v.string(), expected: count, attended: count, rate: v.optional(v.number()) });
export const StudyPlanAnswer = v.object({
  year: count,
  planned: count,
  held: count,
  flaggedMonths: v.array(count),
  months: v.array(
    v.object({
      month: count,
      planned: count,
      held: count,
      cancelled: count,
      flag: v.optional(v.picklist(['no_session', 'none_held'])),
      sessions: v.array(
        v.object({
          id: v.string(),
          title: v.string(),
          themeName: v.string(),
          form: v.string(),
          speaker: v.string(),
          startsAt: districtTime,
          place: v.string(),
          status: v.picklist(['scheduled', 'delivered', 'cancelled']),
          widened: v.boolean(),
          attendees: count,
          signedIn: v.optional(count),
          guests: v.optional(count),
          attendance: v.optional(count),
        }),
      ),
    }),
  ),
  byPerson: v.array(AttendanceRowView),
  byUnit: v.array(AttendanceRowView),
  forms: v.array(v.string()),
});

export const StudySettingsAnswer = v.object({ forms: v.array(v.string()), all: v.pipe(v.array(v.string()), v.description('Every form a session may take: the standard four, then the district’s own')) });
