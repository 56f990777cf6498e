// 台账: what an event leaves behind. Up to 9 photos (JPEG, PNG, WebP, each ≤ 5 MB, metadata stripped)
// and 3 files (PDF, PPTX, DOCX, XLSX, each ≤ 20 MB), plus a short summary. Keyed by the event's id,
// so a study session or an exchange meeting (issue 22) keeps its record the same way.
import * as v from 'valibot';
import { IdSchema } from '../kernel/ids.js';

export const RECORD_KINDS = ['photo', 'file'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export const RECORD_LIMITS = {
  photo: { count: 9, maxBytes: 5 * 1024 * 1024, types: ['jpg', 'png', 'webp'] },
  file: { count: 3, maxBytes: 20 * 1024 * 1024, types: ['pdf', 'pptx', 'docx', 'xlsx'] },
} as const satisfies Record<RecordKind, { count: number; maxBytes: number; types: readonly string[] }>;

export const RECORD_FILE_TYPES = ['jpg', 'png', 'webp', 'pdf', 'pptx', 'docx', 'xlsx'] as const;
export type RecordFileType = (typeof RECORD_FILE_TYPES)[number];

export const CONTENT_TYPES: Record<RecordFileType, string> = {
  jpg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  pdf: 'application/pdf',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export const SUMMARY_MAX = 2000;

export const RecordItemSchema = v.object({
  itemId: IdSchema,
  eventId: IdSchema,
  kind: v.picklist(RECORD_KINDS),
  /** The type its content showed (file-type), which is also its extension. */
  format: v.picklist(RECORD_FILE_TYPES),
  /** The name the organizer's file had (shown and used for downloads; never a path). */
  name: v.pipe(v.string(), v.maxLength(120)),
  bytes: v.pipe(v.number(), v.integer(), v.minValue(1)),
  /** Where the bytes are in the record store (records/{eventId}/{itemId}.{format}). */
  object: v.string(),
  addedAt: v.pipe(v.string(), v.isoTimestamp()),
  addedBy: v.string(),
});
export type RecordItem = v.InferOutput<typeof RecordItemSchema>;

export interface EventRecord {
  eventId: string;
  summary?: { text: string; updatedAt: string };
  photos: RecordItem[];
  files: RecordItem[];
}

export const RecordUploadRequestSchema = v.object({ kind: v.picklist(RECORD_KINDS) });
export const RecordConfirmSchema = v.object({ kind: v.picklist(RECORD_KINDS), name: v.optional(v.pipe(v.string(), v.maxLength(300))) });
export const RecordSummarySchema = v.object({ summary: v.pipe(v.string(), v.trim(), v.maxLength(SUMMARY_MAX)) });

/** A file name people can read, without a path or control characters; its extension is the stored type's. */
export function displayName(name: string | undefined, type: RecordFileType, fallback: string): string {
  const base = (name ?? '').split(/[\\/]/).pop()!.replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '').trim();
  const stem = base.replace(/\.[A-Za-z0-9]{1,5}$/, '').slice(0, 100) || fallback;
  return `${stem}.${type}`;
}
