// An export job (导出任务): what the organizer asked for, how far the worker got, and the finished file.
import * as v from 'valibot';
import { LOCALES } from '../kernel/locale.js';
import { IdSchema } from '../kernel/ids.js';

export const EXPORT_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type ExportStatus = (typeof EXPORT_STATUSES)[number];

/** What the POST body may carry: every field optional; times are district wall-clock ("2026-11-01T09:00") or carry an offset. */
export const ExportRequestSchema = v.strictObject({
  unit: v.optional(IdSchema),
  front: v.optional(IdSchema),
  from: v.optional(v.pipe(v.string(), v.maxLength(40))),
  to: v.optional(v.pipe(v.string(), v.maxLength(40))),
  includeInvalid: v.optional(v.boolean()),
  lang: v.optional(v.picklist(LOCALES)),
});
export type ExportRequest = v.InferOutput<typeof ExportRequestSchema>;

const Instant = v.pipe(v.string(), v.isoTimestamp());

/** The filter as the worker applies it: times already turned into instants (`to` is exclusive). */
export const ExportFilterSchema = v.object({
  unit: v.optional(IdSchema),
  front: v.optional(IdSchema),
  from: v.optional(Instant),
  to: v.optional(Instant),
  includeInvalid: v.boolean(),
});
export type ExportFilter = v.InferOutput<typeof ExportFilterSchema>;

/** The job item's payload; read back with this schema, never cast. */
export const ExportJobSchema = v.object({
  exportId: IdSchema,
  /** A survey's responses as CSV; absent for the year's record. */
  surveyId: v.optional(IdSchema),
  /** The year's record (年度台账) as a ZIP, instead of a survey's responses; rowsDone counts lectures. */
  yearRecord: v.optional(v.object({ year: v.pipe(v.number(), v.integer(), v.minValue(2000), v.maxValue(2099)) })),
  status: v.picklist(EXPORT_STATUSES),
  filter: ExportFilterSchema,
  locale: v.picklist(LOCALES),
  requestedBy: v.string(),
  createdAt: Instant,
  /** The worker's heartbeat: set at every progress report, so a silent job can be told from a slow one. */
  updatedAt: Instant,
  rowsDone: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** From the counters when the job was made; absent when a time range makes it unknowable without a scan. */
  rowsExpected: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  /** The finished file's name in the exports store and its size: only once status is done. */
  file: v.optional(v.object({ name: v.string(), bytes: v.pipe(v.number(), v.integer(), v.minValue(0)) })),
  /** Why it failed, as an error code (never a message with data in it). */
  error: v.optional(v.string()),
  finishedAt: v.optional(Instant),
});
export type ExportJob = v.InferOutput<typeof ExportJobSchema>;

/** What the export worker is invoked with: the job's id only (it reads the job from the table). */
export const ExportWorkerEventSchema = v.object({ exportId: IdSchema });
export type ExportWorkerEvent = v.InferOutput<typeof ExportWorkerEventSchema>;
