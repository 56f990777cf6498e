// What records (台账) need from storage: the items and summary in the table, the bytes in a file store
// (S3 in AWS, the data directory locally). One DynamoDB adapter: shared/storage/dynamodb/record-repository.ts.
import type { Readable } from 'node:stream';
import type { EventRecord, RecordItem, RecordKind } from './record-schema.js';

export interface RecordRepository {
  get(eventId: string): Promise<EventRecord>;
  /**
   * Adds an item, counted in the same transaction against its kind's limit: RecordFullError when the
   * event already holds `limit` of that kind (two uploads at once cannot both take the last place).
   */
  add(item: RecordItem, limit: number): Promise<void>;
  /** Removes an item and frees its place; false when it was not there. */
  remove(eventId: string, itemId: string): Promise<RecordItem | undefined>;
  setSummary(eventId: string, text: string, at: string): Promise<void>;
  /** Several events' records at once (the year's ledger): one Query per event, a few at a time. */
  many(eventIds: readonly string[]): Promise<Map<string, EventRecord>>;
}

/** Where an upload goes straight from the organizer's browser, without passing through the API. */
export type UploadTarget =
  /** An S3 presigned POST: a multipart form with these fields, then the file as `file`. */
  | { method: 'POST'; url: string; fields: Record<string, string> }
  /** The local run: the organizer app takes the bytes itself. */
  | { method: 'PUT'; url: string };

export interface RecordFiles {
  /**
   * Where to upload one pending file of at most `maxBytes` (the storage refuses larger: S3's
   * content-length-range); `redirect`, when given, is where S3 sends a browser after a form post.
   */
  uploadTarget(pending: string, maxBytes: number, redirect?: string): Promise<UploadTarget>;
  /** A pending upload's bytes (at most `maxBytes` + 1 are read), or undefined when nothing arrived. */
  readPending(pending: string, maxBytes: number): Promise<Uint8Array | undefined>;
  removePending(pending: string): Promise<void>;
  put(object: string, bytes: Uint8Array, contentType: string): Promise<void>;
  remove(object: string): Promise<void>;
  /** The stored object as a stream (the ZIP job reads one at a time). */
  stream(object: string): Promise<Readable>;
  /** A presigned link a browser downloads (or shows) it from; undefined when the app serves `stream` itself (the local run). */
  link(object: string, downloadName: string, inline: boolean): Promise<string | undefined>;
}

// Where objects live in the records store (the district's records bucket in AWS, the data directory
// locally), in one place: the stack scopes each function's grants and the bucket's lifecycle by them.
/** Kept records (台账): never expire; only the organizer writes them, the export worker reads them. */
export const RECORD_OBJECTS_PREFIX = 'records/';
/** Uploads not yet confirmed: the bucket drops them after a day, so an abandoned upload leaves nothing. */
export const PENDING_UPLOADS_PREFIX = 'uploads/';
/** Units' essay files (征文): the respondent writes them, the organizer downloads the originals. */
export const ESSAY_FILES_PREFIX = 'essays/';
/** Essay uploads not yet confirmed: under PENDING_UPLOADS_PREFIX, so they expire with the others. */
export const ESSAY_UPLOADS_PREFIX = `${PENDING_UPLOADS_PREFIX}essays/`;

/** The pending upload's name: per event, kind and upload id, so a confirm names exactly what it checks. */
export function pendingName(eventId: string, kind: RecordKind, uploadId: string): string {
  return `${PENDING_UPLOADS_PREFIX}${eventId}/${kind}/${uploadId}`;
}

/** A confirmed record item's object: per event, named by the item's id and its type as the content says. */
export function recordObjectName(eventId: string, itemId: string, format: string): string {
  return `${RECORD_OBJECTS_PREFIX}${eventId}/${itemId}.${format}`;
}
