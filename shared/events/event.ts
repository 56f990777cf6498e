// An event (活动): a lecture (宣讲场次), and from issue 22 a centre group's study session or an exchange
// meeting. Sign-in and records (台账) are keyed by the event's id and read it through `loadEvent`
// alone, so a new kind plugs in by storing its item under the same key with `kind` and the common
// fields below; nothing in sign-in or records is copied per kind.
import * as v from 'valibot';
import { LectureNotFoundError } from '../errors.js';
import { IdSchema } from '../kernel/ids.js';

export const EVENT_KINDS = ['lecture', 'study-session', 'exchange-meeting'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

const Instant = v.pipe(v.string(), v.isoTimestamp());
const EventUnitSchema = v.object({ id: IdSchema, name: v.string(), nameEn: v.optional(v.string()), front: IdSchema });

/**
 * The fields every kind stores on its `LECTURE#{id}` item. An item without `kind` is a lecture (its
 * title is `topicTitle`, its speaker `expertName`); other kinds store `title` and, when they have one,
 * `speakerName`. Unknown attributes are ignored, so kind-specific fields never get in the way.
 */
export const StoredEventSchema = v.object({
  id: IdSchema,
  kind: v.optional(v.picklist(EVENT_KINDS), 'lecture'),
  status: v.picklist(['scheduled', 'delivered', 'cancelled']),
  title: v.optional(v.string()),
  topicTitle: v.optional(v.string()),
  topicTitleEn: v.optional(v.string()),
  speakerName: v.optional(v.string()),
  expertName: v.optional(v.string()),
  expertNameEn: v.optional(v.string()),
  units: v.array(EventUnitSchema),
  startsAt: Instant,
  endsAt: Instant,
  place: v.string(),
  attendance: v.optional(v.number()),
  /** The version of the district's feedback form its attendees answer (lectures, exchange meetings). */
  formVersion: v.optional(v.number()),
});

/** An event as sign-in, records and the year's record see it. */
export interface EventSummary {
  id: string;
  kind: EventKind;
  status: 'scheduled' | 'delivered' | 'cancelled';
  title: string;
  titleEn?: string;
  speaker?: string;
  speakerEn?: string;
  units: { id: string; name: string; nameEn?: string; front: string }[];
  startsAt: string;
  endsAt: string;
  place: string;
  /** The organizer's head count (出席人数), once delivered. */
  attendance?: number;
  /** The feedback form version attendees answer; absent for a kind without feedback. */
  formVersion?: number;
}

export function eventSummary(item: v.InferOutput<typeof StoredEventSchema>): EventSummary {
  const title = item.title ?? item.topicTitle ?? '';
  const speaker = item.speakerName ?? item.expertName;
  return {
    id: item.id,
    kind: item.kind,
    status: item.status,
    title,
    ...(item.topicTitleEn ? { titleEn: item.topicTitleEn } : {}),
    ...(speaker ? { speaker } : {}),
    ...(item.expertNameEn ? { speakerEn: item.expertNameEn } : {}),
    units: item.units,
    startsAt: item.startsAt,
    endsAt: item.endsAt,
    place: item.place,
    ...(item.attendance !== undefined ? { attendance: item.attendance } : {}),
    ...(item.formVersion !== undefined ? { formVersion: item.formVersion } : {}),
  };
}

/** A stored item that is a lecture (no kind, or kind lecture): what lecture-only reads and lists keep. */
export function isLectureItem(item: { kind?: unknown }): boolean {
  return item.kind === undefined || item.kind === 'lecture';
}

/** The one read of an event: its item under its id, whatever its kind. */
export interface EventReader {
  getEvent(eventId: string): Promise<EventSummary | undefined>;
}

/** Events of every kind by start, newest first, for pickers (a briefing's photos): one bounded read. */
export interface RecentEvents {
  /** At most `limit` events starting in [from, to), newest first; never more than one page of the index. */
  recentEvents(from: string, to: string, limit: number): Promise<EventSummary[]>;
}

/** The event, or 404 (the public routes are lecture routes today, so the error names a lecture). */
export async function loadEvent(events: EventReader, eventId: string): Promise<EventSummary> {
  const event = await events.getEvent(eventId);
  if (!event) throw new LectureNotFoundError(eventId);
  return event;
}
