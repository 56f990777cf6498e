// An essay's file (征文全文, PDF or DOCX): its limit, its type read from its bytes (never from its name),
// and the names its bytes go under in the file store (the records bucket in AWS, the data directory
// locally). The unit uploads to a pending name first; a save checks it and stores the original (for
// the organizers) and a blind copy without author metadata (the only one an expert can download).
import * as v from 'valibot';
import { IdSchema } from '../kernel/ids.js';
import { ESSAY_FILES_PREFIX, ESSAY_UPLOADS_PREFIX } from '../records/record-store.js';

/** 10 MB: the limit for a full essay with its figures. */
export const ESSAY_FILE_MAX_BYTES = 10 * 1024 * 1024;

export const ESSAY_FILE_FORMATS = ['pdf', 'docx'] as const;
export type EssayFileFormat = (typeof ESSAY_FILE_FORMATS)[number];

export const ESSAY_FILE_CONTENT_TYPES: Record<EssayFileFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export const EssayFileSchema = v.object({
  /** The upload it came from: a later save naming the same id keeps the file as it is. */
  uploadId: IdSchema,
  format: v.picklist(ESSAY_FILE_FORMATS),
  bytes: v.pipe(v.number(), v.integer(), v.minValue(1)),
  /** The name it had on the unit's computer, when the upload said it (the local form does; S3's form post does not). Never shown to experts. */
  name: v.optional(v.pipe(v.string(), v.maxLength(200))),
});
export type EssayFile = v.InferOutput<typeof EssayFileSchema>;

export function pendingEssayUpload(callId: string, uploadId: string): string {
  return `${ESSAY_UPLOADS_PREFIX}${callId}/${uploadId}`;
}

/** The unit's file as uploaded (organizers download it). */
export function originalObject(callId: string, essayId: string): string {
  return `${ESSAY_FILES_PREFIX}${callId}/${essayId}/original`;
}

/** The copy without author metadata (experts download only this one). */
export function blindObject(callId: string, essayId: string): string {
  return `${ESSAY_FILES_PREFIX}${callId}/${essayId}/blind`;
}

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]; // PK\3\4

function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  return magic.every((b, i) => bytes[at + i] === b);
}

/**
 * The format the first bytes claim: a PDF header (readers accept it within the first 1,024 bytes), or
 * a ZIP, which is a DOCX only if it holds word/document.xml (checked when the copy is made, since
 * XLSX and PPTX are ZIPs too).
 */
export function claimedFormat(bytes: Uint8Array): EssayFileFormat | undefined {
  const head = bytes.subarray(0, 1024);
  for (let i = 0; i + PDF_MAGIC.length <= head.length; i++) if (startsWith(head, PDF_MAGIC, i)) return 'pdf';
  return startsWith(bytes, ZIP_MAGIC) ? 'docx' : undefined;
}

/** A size for people: 1.2 MB, 340 KB. */
export function fileSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
