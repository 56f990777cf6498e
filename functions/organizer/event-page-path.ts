// Each kind of event has its own dashboard page; forms shared by every kind (the record's) return to it.
import type { EventKind } from '../../shared/events/event.js';

const PAGES: Record<EventKind, string> = { lecture: '/admin/lectures', 'study-session': '/admin/study-sessions', 'exchange-meeting': '/admin/exchange-meetings' };

/** The event's page; an unknown event (already refused elsewhere) is taken for a lecture. */
export function eventPagePath(kind: EventKind | undefined, eventId: string): string {
  return `${PAGES[kind ?? 'lecture']}/${eventId}`;
}
