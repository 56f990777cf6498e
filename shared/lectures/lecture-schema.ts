// A lecture (宣讲场次): one delivery of a topic by an expert at one or more units. The stored item
// carries the catalogue names it was scheduled with, so the ledger and the public feedback form
// read one item and never the catalogue.
import * as v from 'valibot';
import { IdSchema } from '../kernel/ids.js';
import { LECTURE_FORMAT_IDS, LECTURE_MANNER_IDS } from '../catalogue/lecture-formats.js';
import { RequestIdSchema } from '../programme/request-schema.js';

const text = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max));
const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000_000));

export const LectureStatusSchema = v.picklist(['scheduled', 'delivered', 'cancelled']);

/**
 * The expert's answer to a lecture (接单): pending (待接单) from scheduling, and again whenever the
 * organizers change the expert or the time; accepted (已接单); declined (已婉拒, with a reason: the
 * organizers see it as 待派单). A lecture stored before assignments counts as pending.
 */
export const AssignmentSchema = v.picklist(['pending', 'accepted', 'declined']);

/** The longest lecture; it also bounds how far back the clash check looks for an overlapping start. */
export const MAX_DURATION_MINUTES = 12 * 60;

export const LectureUnitSchema = v.object({ id: IdSchema, name: text(200), nameEn: v.optional(text(200)), front: IdSchema });

export const LectureSchema = v.object({
  id: IdSchema,
  status: LectureStatusSchema,
  topicId: IdSchema,
  topicTitle: text(200),
  /** English names as the catalogue had them, for the feedback form under ?lang=en. */
  topicTitleEn: v.optional(text(200)),
  themeId: IdSchema,
  expertId: IdSchema,
  expertName: text(100),
  expertNameEn: v.optional(text(100)),
  units: v.pipe(v.array(LectureUnitSchema), v.minLength(1), v.maxLength(50)),
  /** Instants (UTC ISO); pages show them in district time. */
  startsAt: v.pipe(v.string(), v.isoTimestamp()),
  endsAt: v.pipe(v.string(), v.isoTimestamp()),
  durationMinutes: v.pipe(v.number(), v.integer(), v.minValue(5), v.maxValue(MAX_DURATION_MINUTES)),
  place: text(200),
  format: v.optional(v.picklist(LECTURE_FORMAT_IDS)),
  manner: v.optional(v.picklist(LECTURE_MANNER_IDS)),
  plannedAudience: v.optional(count),
  notes: v.optional(text(2000)),
  /** The unit request (申报) this lecture answers (`menuId~unitId`), when it was scheduled from one. */
  requestId: v.optional(RequestIdSchema),
  attendance: v.optional(count),
  cancelReason: v.optional(text(500)),
  assignment: v.optional(AssignmentSchema),
  /** When the expert answered (or when a change put the lecture back to pending). */
  assignmentAt: v.optional(v.pipe(v.string(), v.isoTimestamp())),
  declineReason: v.optional(text(500)),
  /** The version of the district's feedback form this lecture's attendees answer. */
  formVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  createdAt: v.pipe(v.string(), v.isoTimestamp()),
  deliveredAt: v.optional(v.pipe(v.string(), v.isoTimestamp())),
  cancelledAt: v.optional(v.pipe(v.string(), v.isoTimestamp())),
});

/** POST /api/lectures: times in district wall-clock time (`YYYY-MM-DDTHH:mm`) or ISO with an offset. */
export const NewLectureSchema = v.object({
  topicId: IdSchema,
  expertId: IdSchema,
  unitIds: v.pipe(v.array(IdSchema), v.minLength(1), v.maxLength(50)),
  startsAt: v.pipe(v.string(), v.maxLength(40)),
  durationMinutes: v.pipe(v.number(), v.integer(), v.minValue(5), v.maxValue(MAX_DURATION_MINUTES)),
  place: text(200),
  format: v.optional(v.picklist(LECTURE_FORMAT_IDS)),
  manner: v.optional(v.picklist(LECTURE_MANNER_IDS)),
  plannedAudience: v.optional(count),
  notes: v.optional(text(2000)),
  /** Scheduling from a request (`menuId~unitId`): the request then shows scheduled, and delivered when the lecture is. */
  requestId: v.optional(RequestIdSchema),
});

export const DeliveredSchema = v.object({ attendance: count });
export const CancelSchema = v.object({ reason: v.optional(text(500)) });

export type Lecture = v.InferOutput<typeof LectureSchema>;
export type LectureStatus = Lecture['status'];
export type LectureUnit = Lecture['units'][number];
export type NewLecture = v.InferOutput<typeof NewLectureSchema>;
export type Assignment = v.InferOutput<typeof AssignmentSchema>;

/** The expert's answer as it stands (a lecture from before assignments has none: pending). */
export function assignmentOf(lecture: Pick<Lecture, 'assignment'>): Assignment {
  return lecture.assignment ?? 'pending';
}

/** PUT /api/lectures/{id}: the arrangements that may change; each field left out stays as it is. */
export const LectureChangeSchema = v.pipe(
  v.object({
    startsAt: v.optional(v.pipe(v.string(), v.maxLength(40))),
    durationMinutes: v.optional(v.pipe(v.number(), v.integer(), v.minValue(5), v.maxValue(MAX_DURATION_MINUTES))),
    place: v.optional(text(200)),
    expertId: v.optional(IdSchema),
    unitIds: v.optional(v.pipe(v.array(IdSchema), v.minLength(1), v.maxLength(50))),
    /** An empty string clears the notes. */
    notes: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(2000))),
  }),
  v.check((change) => Object.keys(change).length > 0, 'Name at least one of startsAt, durationMinutes, place, expertId, unitIds, notes.'),
);
export type LectureChange = v.InferOutput<typeof LectureChangeSchema>;

/** POST …/decline: why the expert cannot come (shown to the organizers with 待派单). */
export const DeclineSchema = v.object({ reason: text(500) });
