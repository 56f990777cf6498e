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

/** The pending upload's name: per event, kind and upload id, so a confirm names exactly what it checks. */
export function pendingName(eventId: string, kind: RecordKind, uploadId: string): string {
  return `uploads/${eventId}/${kind}/${uploadId}`;
}

/** Essays' files (征文 PDF/DOCX) share the records bucket and this port: stored under this prefix… */
export const ESSAY_FILES_PREFIX = 'essays/';
/** …and uploaded first under this one, straight from the unit's browser. */
export const ESSAY_UPLOADS_PREFIX = 'uploads/essays/';
