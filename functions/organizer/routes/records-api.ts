// An event's record (台账) over the API: read it, get an upload target, (locally) take the bytes,
// confirm an upload (type by content, metadata stripped), fetch, delete, and the summary.
import type { Context } from 'hono';
import { Readable } from 'node:stream';
import { RecordFileError } from '../../../shared/errors.js';
import { loadEvent } from '../../../shared/events/event.js';
import { confirmUpload, removeRecordItem, requestUpload } from '../../../shared/records/manage-records.js';
import { CONTENT_TYPES, RECORD_LIMITS, RecordConfirmSchema, RecordSummarySchema, RecordUploadRequestSchema, type EventRecord, type RecordItem } from '../../../shared/records/record-schema.js';
import { pendingName } from '../../../shared/records/record-store.js';
import { districtMinute } from '../../../shared/kernel/zoned-time.js';
import { ApiError } from '../../http/api-error.js';
import { parseBody, readJson } from '../../http/json-body.js';
import type { OrganizerEnv } from '../access-guard.js';
import type { OrganizerDeps } from '../deps.js';
import { LocalRecordFiles } from '../../http/local-record-files.js';
import { audit, pathId, register, type OrganizerApp } from '../register-route.js';
import { kindOf, recordDeps } from '../records/record-deps.js';
import { disposition } from '../csv-response.js';

/** Record uploads are the one organizer body larger than a definition: a file of at most 20 MB. */
export const RECORD_UPLOAD_BODY_LIMIT = RECORD_LIMITS.file.maxBytes + 64 * 1024;


export function itemPath(item: Pick<RecordItem, 'eventId' | 'itemId'>): string {
  return `/api/lectures/${item.eventId}/record/items/${item.itemId}`;
}

export function recordView(record: EventRecord, timeZone: string) {
  const view = (item: RecordItem) => ({ itemId: item.itemId, kind: item.kind, name: item.name, format: item.format, bytes: item.bytes, addedAt: districtMinute(item.addedAt, timeZone), url: itemPath(item) });
  return {
    lectureId: record.eventId,
    ...(record.summary ? { summary: record.summary.text, summaryUpdatedAt: districtMinute(record.summary.updatedAt, timeZone) } : {}),
    photos: record.photos.map(view),
    files: record.files.map(view),
    limits: { photos: RECORD_LIMITS.photo.count, files: RECORD_LIMITS.file.count, photoBytes: RECORD_LIMITS.photo.maxBytes, fileBytes: RECORD_LIMITS.file.maxBytes },
  };
}


/** The request body as chunks, for the local store to write (and stop past the limit). */
async function* bodyChunks(c: Context): AsyncIterable<Uint8Array> {
  const body = c.req.raw.body;
  if (!body) return;
  for await (const chunk of Readable.fromWeb(body as never)) yield chunk as Uint8Array;
}

/** Serves a stored item: a presigned link in AWS, the file itself locally. */
export async function serveItem(deps: OrganizerDeps, c: Context<OrganizerEnv>, lectureId: string, itemId: string): Promise<Response> {
  const record = await deps.store.records.get(lectureId);
  const item = [...record.photos, ...record.files].find((i) => i.itemId === itemId);
  if (!item) throw new RecordFileError('missing');
  const inline = item.kind === 'photo' && c.req.query('download') === undefined;
  const link = await deps.recordFiles.link(item.object, item.name, inline);
  if (link) return c.redirect(link, 302);
  const stream = await deps.recordFiles.stream(item.object);
  c.header('Content-Type', CONTENT_TYPES[item.format]);
  c.header('Content-Disposition', inline ? 'inline' : disposition(item.name, `${item.itemId}.${item.format}`));
  c.header('Cache-Control', 'private, max-age=300');
  return c.body(Readable.toWeb(stream) as ReadableStream);
}

export function recordsApi(app: OrganizerApp, deps: OrganizerDeps): void {
  const domain = recordDeps(deps);

  register(app, deps, 'GET /api/lectures/:lectureId/record', async (c) => {
    const event = await loadEvent(deps.store.events, pathId(c, 'lectureId', 'lecture'));
    return c.json(recordView(await deps.store.records.get(event.id), deps.timeZone));
  });

  register(app, deps, 'POST /api/lectures/:lectureId/record/uploads', async (c) => {
    const lectureId = pathId(c, 'lectureId', 'lecture');
    const { kind } = parseBody(RecordUploadRequestSchema, await readJson(c));
    const ticket = await requestUpload(domain, lectureId, kind);
    return c.json({ ...ticket, confirmUrl: `/api/lectures/${lectureId}/record/uploads/${ticket.uploadId}/confirm` }, 201);
  });

  register(app, deps, 'PUT /api/lectures/:lectureId/record/uploads/:uploadId', async (c) => {
    // Only the local run takes uploads itself; in AWS they go straight to the records bucket.
    if (!(deps.recordFiles instanceof LocalRecordFiles)) throw new ApiError(404, 'not_found');
    const lectureId = pathId(c, 'lectureId', 'lecture');
    const uploadId = pathId(c, 'uploadId', 'upload');
    const kind = kindOf(c.req.query('kind'));
    await loadEvent(deps.store.events, lectureId);
    const written = await deps.recordFiles.writePending(pendingName(lectureId, kind, uploadId), bodyChunks(c), RECORD_LIMITS[kind].maxBytes);
    if (!written) throw new RecordFileError('too_large', RECORD_LIMITS[kind].maxBytes);
    return c.body(null, 204);
  });

  register(app, deps, 'POST /api/lectures/:lectureId/record/uploads/:uploadId/confirm', async (c) => {
    const lectureId = pathId(c, 'lectureId', 'lecture');
    const uploadId = pathId(c, 'uploadId', 'upload');
    const { kind, name } = parseBody(RecordConfirmSchema, await readJson(c));
    const item = await confirmUpload(domain, lectureId, kind, uploadId, name, c.get('session').email);
    await audit(deps, c, 'record.add', lectureId, { kind, name: item.name, bytes: item.bytes });
    return c.json({ item: { ...recordView({ eventId: lectureId, photos: [item], files: [] }, deps.timeZone).photos[0]!, kind: item.kind } }, 201);
  });

  register(app, deps, 'GET /api/lectures/:lectureId/record/items/:itemId', async (c) =>
    serveItem(deps, c, pathId(c, 'lectureId', 'lecture'), pathId(c, 'itemId', 'record item')),
  );

  register(app, deps, 'POST /api/lectures/:lectureId/record/items/:itemId/delete', async (c) => {
    const lectureId = pathId(c, 'lectureId', 'lecture');
    const removed = await removeRecordItem(domain, lectureId, pathId(c, 'itemId', 'record item'));
    if (!removed) throw new RecordFileError('missing');
    await audit(deps, c, 'record.remove', lectureId, { kind: removed.kind, name: removed.name });
    return c.json({ removed: removed.itemId });
  });

  register(app, deps, 'PUT /api/lectures/:lectureId/record/summary', async (c) => {
    const event = await loadEvent(deps.store.events, pathId(c, 'lectureId', 'lecture'));
    const { summary } = parseBody(RecordSummarySchema, await readJson(c));
    await deps.store.records.setSummary(event.id, summary, deps.clock.now().toISOString());
    await audit(deps, c, 'record.summary', event.id, { length: summary.length });
    return c.json({ summary });
  });
}
