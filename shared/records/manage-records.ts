// Adding to and taking from an event's record (台账). An upload goes straight to storage; the confirm
// step then reads it back, decides its type from its content (never its name), takes the metadata
// out of a photo, and only then records it on the event.
import { fileTypeFromBuffer } from 'file-type';
import type { Clock, IdGenerator } from '../kernel/clock.js';
import { RecordFileError } from '../errors.js';
import { loadEvent, type EventReader } from '../events/event.js';
import { CONTENT_TYPES, displayName, RECORD_LIMITS, type RecordFileType, type RecordItem, type RecordKind } from './record-schema.js';
import { pendingName, recordObjectName, type RecordFiles, type RecordRepository, type UploadTarget } from './record-store.js';
import { MalformedImageError, stripMetadata, type PhotoType } from './strip-metadata.js';

export interface RecordDeps {
  events: EventReader;
  records: RecordRepository;
  files: RecordFiles;
  clock: Clock;
  newId: IdGenerator;
}

export interface UploadTicket {
  uploadId: string;
  kind: RecordKind;
  maxBytes: number;
  upload: UploadTarget;
}

/** Where the browser sends one file of this kind for this event; nothing is written until it is confirmed. */
export async function requestUpload(deps: RecordDeps, eventId: string, kind: RecordKind, redirect?: (uploadId: string) => string): Promise<UploadTicket> {
  const event = await loadEvent(deps.events, eventId);
  const uploadId = deps.newId();
  const { maxBytes } = RECORD_LIMITS[kind];
  return { uploadId, kind, maxBytes, upload: await deps.files.uploadTarget(pendingName(event.id, kind, uploadId), maxBytes, redirect?.(uploadId)) };
}

/** The type as the bytes say it, when it is one this kind takes. */
export async function typeByContent(bytes: Uint8Array, kind: RecordKind): Promise<RecordFileType | undefined> {
  const found = await fileTypeFromBuffer(bytes);
  const allowed: readonly string[] = RECORD_LIMITS[kind].types;
  return found && allowed.includes(found.ext) ? (found.ext as RecordFileType) : undefined;
}

/** Checks the uploaded bytes and records them; the pending upload is removed whatever the outcome. */
export async function confirmUpload(deps: RecordDeps, eventId: string, kind: RecordKind, uploadId: string, name: string | undefined, by: string): Promise<RecordItem> {
  const event = await loadEvent(deps.events, eventId);
  const pending = pendingName(event.id, kind, uploadId);
  const { maxBytes, count } = RECORD_LIMITS[kind];
  const uploaded = await deps.files.readPending(pending, maxBytes);
  if (!uploaded) throw new RecordFileError('missing');
  try {
    if (uploaded.byteLength > maxBytes) throw new RecordFileError('too_large', maxBytes);
    const type = await typeByContent(uploaded, kind);
    if (!type) throw new RecordFileError('wrong_type');
    let bytes = uploaded;
    if (kind === 'photo') {
      try {
        bytes = stripMetadata(uploaded, type as PhotoType);
      } catch (error) {
        if (error instanceof MalformedImageError) throw new RecordFileError('wrong_type');
        throw error;
      }
    }
    const itemId = deps.newId();
    const item: RecordItem = {
      itemId,
      eventId: event.id,
      kind,
      format: type,
      name: displayName(name, type, kind === 'photo' ? `照片-${itemId.slice(0, 8)}` : `文件-${itemId.slice(0, 8)}`),
      bytes: bytes.byteLength,
      object: recordObjectName(event.id, itemId, type),
      addedAt: deps.clock.now().toISOString(),
      addedBy: by,
    };
    await deps.files.put(item.object, bytes, CONTENT_TYPES[type]);
    try {
      await deps.records.add(item, count);
    } catch (error) {
      await deps.files.remove(item.object).catch(() => undefined);
      throw error;
    }
    return item;
  } finally {
    await deps.files.removePending(pending).catch(() => undefined);
  }
}

export async function removeRecordItem(deps: Pick<RecordDeps, 'records' | 'files'>, eventId: string, itemId: string): Promise<RecordItem | undefined> {
  const removed = await deps.records.remove(eventId, itemId);
  if (removed) await deps.files.remove(removed.object);
  return removed;
}
