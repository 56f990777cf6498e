// The export worker: writes one job's CSV page by page (bounded memory) and keeps the job's state.
// It runs outside any API request: a Lambda function of its own in AWS, in the background locally.
import type { Clock } from '../kernel/clock.js';
import type { ExportFiles } from '../report/export-files.js';
import { responsePages } from '../report/response-pages.js';
import { responsesCsv } from '../report/responses-csv.js';
import type { ExportJobRepository } from './export-job-store.js';
import type { ResponseRepository, StoredResponse } from '../responses/response-store.js';
import type { SurveyRepository } from '../survey/survey-store.js';
import { EXPORT_HEARTBEAT_MS, EXPORT_PROGRESS_ROWS, matchesExport } from './export-jobs.js';
import type { ExportJob } from './export-job-schema.js';

export interface ExportWorkerDeps {
  surveys: SurveyRepository;
  responses: ResponseRepository;
  exportJobs: ExportJobRepository;
  files: ExportFiles;
  clock: Clock;
  timeZone: string;
  /** Defaults: EXPORT_PROGRESS_ROWS and EXPORT_HEARTBEAT_MS. */
  progressRows?: number;
  heartbeatMs?: number;
  pageSize?: number;
  /** Writes a year's-record job (the ZIP of the year's lectures: shared/records/year-record-job.ts); without it such a job fails. */
  yearRecord?: YearRecordWriter;
}

/** The year's record is written by shared/records (a floor above exports), handed in by the composition root. */
export interface YearRecordWriter {
  write(deps: Pick<ExportWorkerDeps, 'exportJobs' | 'files' | 'clock' | 'timeZone' | 'heartbeatMs'>, job: ExportJob, year: number): Promise<ExportOutcome>;
}

export type ExportOutcome = { outcome: 'done'; rows: number; bytes: number } | { outcome: 'failed'; error: unknown } | { outcome: 'skipped' };

/** The file's name in the exports store: the survey (or the year) and the job, nothing a person typed. */
export function exportFileName(job: Pick<ExportJob, 'surveyId' | 'exportId' | 'yearRecord'>): string {
  return job.yearRecord ? `year-record-${job.yearRecord.year}-${job.exportId}.zip` : `responses-${job.surveyId}-${job.exportId}.csv`;
}

/**
 * Runs one job to the end. Only a queued job is taken (queued -> running is conditional), so a
 * second delivery of the same invocation does nothing. Any failure marks the job failed and leaves
 * no file: the exports store writes all or nothing.
 */
export async function runExport(deps: ExportWorkerDeps, exportId: string): Promise<ExportOutcome> {
  const now = () => deps.clock.now().toISOString();
  const job = await deps.exportJobs.get(exportId);
  if (!job || job.status !== 'queued') return { outcome: 'skipped' };
  if (!(await deps.exportJobs.start(exportId, now()))) return { outcome: 'skipped' };
  try {
    if (job.yearRecord) {
      if (!deps.yearRecord) throw new Error('year_record_unavailable');
      return await deps.yearRecord.write(deps, job, job.yearRecord.year);
    }
    if (!job.surveyId) throw new Error('survey_not_found');
    const survey = await deps.surveys.get(job.surveyId);
    if (!survey) throw new Error('survey_not_found');
    const progressRows = deps.progressRows ?? EXPORT_PROGRESS_ROWS;
    const heartbeatMs = deps.heartbeatMs ?? EXPORT_HEARTBEAT_MS;
    let rows = 0;
    let reportedRows = 0;
    let reportedAt = deps.clock.now().getTime();
    const range = { ...(job.filter.from ? { from: job.filter.from } : {}), ...(job.filter.to ? { to: job.filter.to } : {}) };
    async function* matching(): AsyncGenerator<StoredResponse[]> {
      for await (const page of responsePages(deps.responses, job!.surveyId!, deps.pageSize ?? 500, range)) {
        const kept = page.filter((r) => matchesExport(job!.filter, r));
        yield kept;
        // Resumed once the page's CSV is written: `rows` counts rows in the file, not rows read.
        rows += kept.length;
        const at = deps.clock.now().getTime();
        if (rows - reportedRows >= progressRows || at - reportedAt >= heartbeatMs) {
          await deps.exportJobs.progress(exportId, rows, new Date(at).toISOString());
          reportedRows = rows;
          reportedAt = at;
        }
      }
    }
    const name = exportFileName(job);
    const file = await deps.files.save(name, responsesCsv(survey, matching(), { locale: job.locale, timeZone: deps.timeZone }));
    await deps.exportJobs.finish(exportId, { rowsDone: rows, file: { name, bytes: file.bytes } }, now());
    return { outcome: 'done', rows, bytes: file.bytes };
  } catch (error) {
    // The file was never completed (or never recorded): the job says so, and offers nothing.
    await deps.exportJobs.fail(exportId, 'export_failed', now()).catch(() => undefined);
    return { outcome: 'failed', error };
  }
}
