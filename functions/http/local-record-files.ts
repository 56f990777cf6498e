// Record files (台账) and essays' files (征文) in the local data directory: the app takes uploads itself
// (a PUT, or the page's multipart form) and serves the files itself. Names are the apps' own.
import { createReadStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { open, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { randomBytes } from 'node:crypto';
import { ESSAY_FILES_PREFIX, ESSAY_UPLOADS_PREFIX, PENDING_UPLOADS_PREFIX, RECORD_OBJECTS_PREFIX, type RecordFiles, type UploadTarget } from '../../shared/records/record-store.js';

/**
 * Only names the apps make (prefixes from record-store.ts): uploads/{event}/{kind}/{id} and
 * records/{event}/{id}.{ext} (records), uploads/essays/{call}/{id} and essays/{call}/{essay}/original|blind (essays).
 */
const SAFE = new RegExp(
  `^(${PENDING_UPLOADS_PREFIX}[A-Za-z0-9_-]{1,64}/(photo|file)/[A-Za-z0-9-]{1,64}|${RECORD_OBJECTS_PREFIX}[A-Za-z0-9_-]{1,64}/[A-Za-z0-9-]{1,64}\\.(jpg|png|webp|pdf|pptx|docx|xlsx)|${ESSAY_UPLOADS_PREFIX}[A-Za-z0-9_-]{1,64}/[A-Za-z0-9-]{1,64}|${ESSAY_FILES_PREFIX}[A-Za-z0-9_-]{1,64}/[A-Za-z0-9_-]{1,64}/(original|blind))$`,
);

export class LocalRecordFiles implements RecordFiles {
  constructor(private readonly dir: string) {}

  private path(name: string): string {
    if (!SAFE.test(name)) throw new Error(`Unsafe record file name: ${name.slice(0, 80)}`);
    return join(this.dir, name);
  }

  /** A record's upload URL; an essay's is the respondent app's, which knows the unit's link and names it itself. */
  async uploadTarget(pending: string): Promise<UploadTarget> {
    this.path(pending);
    if (pending.startsWith('uploads/essays/')) return { method: 'PUT', url: '' };
    const [, eventId, kind, uploadId] = pending.split('/');
    return { method: 'PUT', url: `/api/lectures/${eventId}/record/uploads/${uploadId}?kind=${kind}` };
  }

  /**
   * Writes a pending upload from a stream, stopping (and answering false) once it passes `maxBytes`:
   * an oversized upload is never held whole. Written under a temporary name, renamed when complete.
   */
  async writePending(pending: string, chunks: AsyncIterable<Uint8Array>, maxBytes: number): Promise<boolean> {
    const target = this.path(pending);
    mkdirSync(dirname(target), { recursive: true, mode: 0o700 });
    const partial = `${target}.${randomBytes(6).toString('hex')}.partial`;
    const file = await open(partial, 'wx', 0o600);
    let bytes = 0;
    try {
      for await (const chunk of chunks) {
        bytes += chunk.byteLength;
        if (bytes > maxBytes) {
          await file.close();
          await rm(partial, { force: true });
          return false;
        }
        await file.write(chunk);
      }
      await file.close();
      await rename(partial, target);
      return true;
    } catch (error) {
      await file.close().catch(() => undefined);
      await rm(partial, { force: true });
      throw error;
    }
  }

  async readPending(pending: string, maxBytes: number): Promise<Uint8Array | undefined> {
    const path = this.path(pending);
    if (!existsSync(path)) return undefined;
    // Past the limit, its first maxBytes + 1 bytes say so without reading the rest.
    if (statSync(path).size > maxBytes) return new Uint8Array(maxBytes + 1);
    return readFile(path);
  }

  async removePending(pending: string): Promise<void> {
    await rm(this.path(pending), { force: true });
  }

  async put(object: string, bytes: Uint8Array): Promise<void> {
    const path = this.path(object);
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    await writeFile(path, bytes, { mode: 0o600 });
  }

  async remove(object: string): Promise<void> {
    await rm(this.path(object), { force: true });
  }

  async stream(object: string): Promise<Readable> {
    return createReadStream(this.path(object));
  }

  async link(): Promise<undefined> {
    return undefined;
  }
}
