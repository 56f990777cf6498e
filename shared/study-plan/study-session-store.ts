// What study sessions need from storage (one DynamoDB adapter: shared/storage/dynamodb/study-session-repository.ts).
import type { Attendee, StudySession, StudySettings } from './study-session-schema.js';

export interface StudySessionRepository {
  /** Writes a new session (and its empty counter shards); AlreadyExistsError when the id is taken. */
  create(session: StudySession): Promise<void>;
  /** The session, or undefined for an unknown id or an event of another kind. */
  get(sessionId: string): Promise<StudySession | undefined>;
  /** Replaces a scheduled session; SessionStatusError (LectureStatusError) once held or cancelled. */
  replace(session: StudySession): Promise<void>;
  markHeld(sessionId: string, at: string, attendance?: number): Promise<StudySession>;
  cancel(sessionId: string, at: string, reason?: string): Promise<StudySession>;
  /** Sessions starting in [from, to), by start, read from the events' by-start index (other kinds skipped). */
  listByStart(from: string, to: string): Promise<StudySession[]>;
}

/** The attendee list alone, for the sign-in check on the public side (one GetItem of the event). */
export interface AttendeeListReader {
  attendeesOf(eventId: string): Promise<Attendee[] | undefined>;
}

export interface StudySettingsRepository {
  get(): Promise<StudySettings>;
  put(settings: StudySettings): Promise<void>;
}
