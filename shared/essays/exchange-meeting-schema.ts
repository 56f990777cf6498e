// An exchange meeting (基层论谈交流会): a kind of event (shared/events/event.ts) stored under its
// LECTURE#{id} key and listed in the by-start index like a lecture, so sign-in, records and feedback
// read it through loadEvent. Its own fields: the essay call, the theme, the front, the presenting
// units with their essays, and the commenting experts.
import * as v from 'valibot';
import { IdSchema } from '../kernel/ids.js';
import { LectureUnitSchema, MAX_DURATION_MINUTES } from '../lectures/lecture-schema.js';

const text = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max));
const instant = v.pipe(v.string(), v.isoTimestamp());

export const ExchangeMeetingSchema = v.object({
  id: IdSchema,
  kind: v.literal('exchange-meeting'),
  status: v.picklist(['scheduled', 'delivered', 'cancelled']),
  /** What sign-in, feedback and the record show as the event's title. */
  title: text(300),
  /** The commenting experts' names, joined: what the sign-in and feedback pages show as its speakers. */
  speakerName: v.optional(text(500)),
  /** The presenting units (with their fronts): the event's units. */
  units: v.pipe(v.array(LectureUnitSchema), v.minLength(1), v.maxLength(20)),
  startsAt: instant,
  endsAt: instant,
  durationMinutes: v.pipe(v.number(), v.integer(), v.minValue(5), v.maxValue(MAX_DURATION_MINUTES)),
  place: text(200),
  attendance: v.optional(v.number()),
  formVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  callId: IdSchema,
  themeId: IdSchema,
  themeName: text(200),
  front: IdSchema,
  frontName: text(100),
  presentations: v.array(v.object({ essayId: IdSchema, unitId: IdSchema, unitName: text(200), title: text(200) })),
  experts: v.array(v.object({ id: IdSchema, name: text(100) })),
  createdAt: instant,
  createdBy: v.string(),
  /** Counts changes; a change names the version it was made on. Meetings stored before it had none: 1. */
  version: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1)), 1),
  deliveredAt: v.optional(instant),
  cancelledAt: v.optional(instant),
  cancelReason: v.optional(text(500)),
});
export type ExchangeMeeting = v.InferOutput<typeof ExchangeMeetingSchema>;

/** POST /api/essay-calls/{callId}/meetings: times in district wall-clock time, like a lecture's. */
export const NewExchangeMeetingSchema = v.object({
  themeId: IdSchema,
  frontId: IdSchema,
  startsAt: v.pipe(v.string(), v.maxLength(40)),
  durationMinutes: v.pipe(v.number(), v.integer(), v.minValue(5), v.maxValue(MAX_DURATION_MINUTES)),
  place: text(200),
  /** The presenting units, named by their essays in this call. */
  essayIds: v.pipe(v.array(IdSchema), v.minLength(1), v.maxLength(20)),
  expertIds: v.optional(v.pipe(v.array(IdSchema), v.maxLength(20)), []),
});
export type NewExchangeMeeting = v.InferOutput<typeof NewExchangeMeetingSchema>;

/** PUT /api/exchange-meetings/{eventId}: what scheduling takes, and the version the change was made on. */
export const ExchangeMeetingChangeSchema = v.object({
  ...NewExchangeMeetingSchema.entries,
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
});
export type ExchangeMeetingChange = v.InferOutput<typeof ExchangeMeetingChangeSchema>;

/** POST …/held: the organizer's head count, as for a delivered lecture. */
export const MeetingHeldSchema = v.object({ attendance: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000)) });
export const MeetingCancelSchema = v.object({ reason: v.optional(text(500)) });

/** Storage's port: the meeting item (an event) and the call's list of its meetings. */
export interface ExchangeMeetingStore {
  create(meeting: ExchangeMeeting): Promise<void>;
  get(eventId: string): Promise<ExchangeMeeting | undefined>;
  /**
   * Writes a changed meeting over the stored one, conditioned on it being scheduled and at the version
   * `meeting.version - 1`: MeetingEditConflictError for another version, MeetingStatusError once held or cancelled.
   */
  replace(meeting: ExchangeMeeting): Promise<void>;
  /** Held (delivered) with the head count; again corrects it. MeetingStatusError when cancelled. */
  markHeld(eventId: string, attendance: number, at: string): Promise<ExchangeMeeting>;
  /** From scheduled only; MeetingStatusError otherwise. */
  cancel(eventId: string, at: string, reason?: string): Promise<ExchangeMeeting>;
  ofCall(callId: string): Promise<ExchangeMeeting[]>;
}
