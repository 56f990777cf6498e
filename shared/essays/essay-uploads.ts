// A unit's essay file on its way in: where its browser uploads it (straight to the file store, under a
// pending name per call and upload), and the check a save makes of what arrived: at most 10 MB, a PDF
// or a DOCX by its content, and a blind copy made before anything is stored.
import { EssayFileError, EssaySubmissionClosedError } from '../errors.js';
import type { Clock, IdGenerator } from '../kernel/clock.js';
import type { RecordFiles, UploadTarget } from '../records/record-store.js';
import { blindCopy, NotADocumentError } from './blind-copy.js';
import { claimedFormat, ESSAY_FILE_MAX_BYTES, pendingEssayUpload, type EssayFileFormat } from './essay-file.js';
import type { EssayStore } from './essay-store.js';
import { publicCall, takesEssays } from './submit-essay.js';

export interface EssayUploadDeps {
  essays: Pick<EssayStore, 'getCall'>;
  files: RecordFiles;
  clock: Clock;
  newId: IdGenerator;
}

export interface EssayUploadTicket {
  uploadId: string;
  maxBytes: number;
  upload: UploadTarget;
}

/** Where the unit's browser sends one file for this call; `redirect` is where S3 sends a form post back. Closed calls take none (410). */
export async function requestEssayUpload(deps: EssayUploadDeps, callId: string, redirect?: (uploadId: string) => string): Promise<EssayUploadTicket> {
  const call = await publicCall(deps.essays, callId);
  if (!takesEssays(call, deps.clock.now())) throw new EssaySubmissionClosedError(call.id, call.deadline);
  const uploadId = deps.newId();
  return { uploadId, maxBytes: ESSAY_FILE_MAX_BYTES, upload: await deps.files.uploadTarget(pendingEssayUpload(call.id, uploadId), ESSAY_FILE_MAX_BYTES, redirect?.(uploadId)) };
}

export interface CheckedUpload {
  format: EssayFileFormat;
  original: Uint8Array;
}

/** The pending upload, checked by size and by its first bytes; refused with the reason at the file field. */
export async function checkedUpload(files: Pick<RecordFiles, 'readPending'>, callId: string, uploadId: string): Promise<CheckedUpload> {
  const bytes = await files.readPending(pendingEssayUpload(callId, uploadId), ESSAY_FILE_MAX_BYTES);
  if (!bytes || bytes.byteLength === 0) throw new EssayFileError('missing');
  if (bytes.byteLength > ESSAY_FILE_MAX_BYTES) throw new EssayFileError('too_large');
  const format = claimedFormat(bytes);
  if (!format) throw new EssayFileError('wrong_type');
  return { format, original: bytes };
}

export interface PreparedFile extends CheckedUpload {
  blind: Uint8Array;
}

/** The checked upload with its blind copy: a DOCX without word/document.xml or an unreadable PDF is not taken (415). */
export async function preparedFile(files: Pick<RecordFiles, 'readPending'>, callId: string, uploadId: string): Promise<PreparedFile> {
  const checked = await checkedUpload(files, callId, uploadId);
  try {
    return { ...checked, blind: await blindCopy(checked.original, checked.format) };
  } catch (error) {
    if (error instanceof NotADocumentError) throw new EssayFileError('wrong_type');
    throw error;
  }
}
