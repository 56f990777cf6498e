// A study session of the centre group (中心组集体学习): an event of kind `study-session` on the same
// `LECTURE#{id}` item and lectures-by-start index as a lecture (shared/events/event.ts), so sign-in,
// records and the event read reach it unchanged. It stores its attendee list as it was when planned
// (name, post, unit), so the sign-in check and the plan view read one item and never the people list.
import * as v from 'valibot';
import { IdSchema } from '../kernel/ids.js';
import { PERSON_ROLES } from './person-schema.js';

const text = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max));
const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000));
const Instant = v.pipe(v.string(), v.isoTimestamp());

/** The forms every district has; a district adds its own (study settings). */
export const STANDARD_STUDY_FORMS = ['集中学习', '交流研讨', '集体参观', '专题辅导'] as const;
export const StudyFormSchema = text(20);

/** The district's study settings: its own forms beside the standard ones. */
export const StudySettingsSchema = v.object({
  forms: v.pipe(v.array(StudyFormSchema), v.maxLength(20)),
});
export type StudySettings = v.InferOutput<typeof StudySettingsSchema>;
export const DEFAULT_STUDY_SETTINGS: StudySettings = { forms: [] };

/** Every form a session may take: the standard four, then the district's own, without repeats. */
export function studyForms(settings: StudySettings): string[] {
  return [...new Set([...STANDARD_STUDY_FORMS, ...settings.forms])];
}

/** The speaker: an expert of the pool, or a leader named with a post (区委书记 …). */
export const SpeakerSchema = v.variant('kind', [
  v.object({ kind: v.literal('expert'), expertId: IdSchema, name: text(100), title: v.optional(text(100)) }),
  v.object({ kind: v.literal('leader'), name: text(40), post: text(100) }),
]);
export type Speaker = v.InferOutput<typeof SpeakerSchema>;

export const AttendeeSchema = v.object({
  id: IdSchema,
  name: text(40),
  post: text(100),
  unit: text(200),
  unitId: v.optional(IdSchema),
  role: v.picklist(PERSON_ROLES),
});
export type Attendee = v.InferOutput<typeof AttendeeSchema>;

const EventUnitSchema = v.object({ id: IdSchema, name: text(200), nameEn: v.optional(text(200)), front: IdSchema });

/** The longest session (a day's visit). */
export const MAX_SESSION_MINUTES = 12 * 60;
/** Attendees of one session: the centre group and every unit's heads fit (a district has a few hundred). */
export const MAX_ATTENDEES = 1000;

export const StudySessionSchema = v.object({
  id: IdSchema,
  kind: v.literal('study-session'),
  status: v.picklist(['scheduled', 'delivered', 'cancelled']),
  /** What is studied (学习内容); the theme's name when none was given. */
  title: text(200),
  /** The plan's year: the district-time year the session starts in. */
  planYear: v.pipe(v.number(), v.integer()),
  themeId: IdSchema,
  themeName: text(200),
  form: StudyFormSchema,
  speaker: SpeakerSchema,
  /** The speaker's name, under the field every event kind reads (shared/events/event.ts). */
  speakerName: text(100),
  /** Widened (扩大): every unit's heads attend too, not only the centre group's members. */
  widened: v.boolean(),
  attendees: v.pipe(v.array(AttendeeSchema), v.maxLength(MAX_ATTENDEES)),
  /** The catalogue's units among the attendees' (what the sign-in page offers to pick). */
  units: v.array(EventUnitSchema),
  startsAt: Instant,
  endsAt: Instant,
  durationMinutes: v.pipe(v.number(), v.integer(), v.minValue(15), v.maxValue(MAX_SESSION_MINUTES)),
  place: text(200),
  notes: v.optional(text(2000)),
  /** The organizer's head count once held (出席人数); sign-ins are counted apart. */
  attendance: v.optional(count),
  cancelReason: v.optional(text(500)),
  createdAt: Instant,
  deliveredAt: v.optional(Instant),
  cancelledAt: v.optional(Instant),
});
export type StudySession = v.InferOutput<typeof StudySessionSchema>;

/** POST /api/study-sessions and PUT /api/study-sessions/{sessionId}: times in district time (`YYYY-MM-DDTHH:mm`). */
export const StudySessionInputSchema = v.object({
  title: v.optional(text(200)),
  themeId: IdSchema,
  form: StudyFormSchema,
  startsAt: v.pipe(v.string(), v.maxLength(40)),
  durationMinutes: v.pipe(v.number(), v.integer(), v.minValue(15), v.maxValue(MAX_SESSION_MINUTES)),
  place: text(200),
  speaker: v.variant('kind', [v.object({ kind: v.literal('expert'), expertId: IdSchema }), v.object({ kind: v.literal('leader'), name: text(40), post: text(100) })]),
  widened: v.optional(v.boolean(), false),
  notes: v.optional(text(2000)),
});
export type StudySessionInput = v.InferOutput<typeof StudySessionInputSchema>;

/** POST /api/study-sessions/{sessionId}/held: the head count is optional (the sign-ins are counted anyway). */
export const HeldSchema = v.object({ attendance: v.optional(count) });
export const SessionCancelSchema = v.object({ reason: v.optional(text(500)) });

/** GET /api/study-plan?year=: a year of the plan. */
export const PlanYearQuery = v.object({ year: v.optional(v.pipe(v.string(), v.regex(/^20\d\d$/))) });
