// Storage's port for export jobs.
import type { ExportJob } from './export-job-schema.js';

/** Export jobs: created by the organizer app, advanced by the worker. Each change names the state it expects. */
export interface ExportJobRepository {
  create(job: ExportJob): Promise<void>;
  get(exportId: string): Promise<ExportJob | undefined>;
  /** queued -> running; false when the job is not queued (already taken by another invocation, or gone). */
  start(exportId: string, at: string): Promise<boolean>;
  /** Rows written so far, and the heartbeat; only while running. */
  progress(exportId: string, rowsDone: number, at: string): Promise<void>;
  /** running -> done with the finished file. */
  finish(exportId: string, result: { rowsDone: number; file: NonNullable<ExportJob['file']> }, at: string): Promise<void>;
  /** queued or running -> failed, with an error code. */
  fail(exportId: string, error: string, at: string): Promise<void>;
}
