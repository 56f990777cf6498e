// Export jobs as both the API and the dashboard start and show them: where a job is followed, starting one
// (with its audit entry), and the job as it stands with a fresh download link.
import type { Context } from 'hono';
import { RecordNotFoundError } from '../../shared/errors.js';
import type { ExportJob, ExportRequest } from '../../shared/exports/export-job-schema.js';
import { currentState, requestExport } from '../../shared/exports/export-jobs.js';
import { requestYearRecord } from '../../shared/records/year-record-job.js';
import { yearRange } from '../../shared/lectures/year-stats.js';
import type { Locale } from '../../shared/kernel/locale.js';
import { requestLocale } from '../http/error-handler.js';
import type { OrganizerEnv } from './access-guard.js';
import type { OrganizerDeps } from './deps.js';
import { audit } from './register-route.js';
import { yearRecordDownloadName } from './csv-response.js';

/** Where a person follows a job (the dashboard's status page) and where a program polls it. */
export function exportLinks(exportId: string): { statusUrl: string; page: string } {
  return { statusUrl: `/api/exports/${exportId}`, page: `/admin/export-jobs/${exportId}` };
}

async function launch(deps: OrganizerDeps, job: ExportJob): Promise<void> {
  try {
    await deps.exportLauncher.launch(job.exportId);
  } catch (error) {
    // No worker will ever take it: say so now rather than after the heartbeat times out.
    await deps.store.exportJobs.fail(job.exportId, 'launch_failed', deps.clock.now().toISOString());
    throw error;
  }
}

/** Stores the job, starts its worker and records who asked; the worker runs on without this request. */
export async function startExport(deps: OrganizerDeps, c: Context<OrganizerEnv>, surveyId: string, request: ExportRequest): Promise<ExportJob> {
  const email = c.get('session').email;
  const job = await requestExport(
    { surveys: deps.store.surveys, counters: deps.store.counters, exportJobs: deps.store.exportJobs, clock: deps.clock, newId: deps.newId, timeZone: deps.timeZone },
    surveyId,
    request,
    email,
    requestLocale(c),
  );
  await launch(deps, job);
  const details: Record<string, string | boolean> = { exportId: job.exportId, includeInvalid: job.filter.includeInvalid };
  for (const key of ['unit', 'front', 'from', 'to'] as const) if (job.filter[key] !== undefined) details[key] = job.filter[key];
  await audit(deps, c, 'survey.export', surveyId, details);
  return job;
}

/** Starts the year's record ZIP (年度台账) as a job, like a responses export, and records who asked. */
export async function startYearRecord(deps: OrganizerDeps, c: Context<OrganizerEnv>, year: number, locale: Locale): Promise<ExportJob> {
  const job = await requestYearRecord({ exportJobs: deps.store.exportJobs, clock: deps.clock, newId: deps.newId, lectures: deps.store.lectures }, yearRange(year, deps.timeZone), year, c.get('session').email, locale);
  await launch(deps, job);
  await audit(deps, c, 'year-record.export', String(year), { exportId: job.exportId });
  return job;
}

/** The job as the API shows it, with a fresh download link once it is done. */
export async function exportView(deps: OrganizerDeps, exportId: string) {
  const stored = await deps.store.exportJobs.get(exportId);
  if (!stored) throw new RecordNotFoundError('export', exportId);
  const job = currentState(stored, deps.clock.now());
  return {
    exportId: job.exportId,
    ...(job.surveyId ? { surveyId: job.surveyId } : {}),
    ...(job.yearRecord ? { yearRecord: job.yearRecord } : {}),
    status: job.status,
    rowsDone: job.rowsDone,
    ...(job.rowsExpected !== undefined ? { rowsExpected: job.rowsExpected } : {}),
    filter: job.filter,
    createdAt: job.createdAt,
    updatedAt: job.updatedAt,
    ...(job.finishedAt ? { finishedAt: job.finishedAt } : {}),
    ...(job.status === 'failed' ? { error: job.error ?? 'export_failed' } : {}),
    ...(job.status === 'done' && job.file ? { bytes: job.file.bytes, url: await deps.exports.link(job.file.name, job.yearRecord ? yearRecordDownloadName(job.yearRecord.year) : undefined) } : {}),
    ...exportLinks(job.exportId),
  };
}

export type ExportView = Awaited<ReturnType<typeof exportView>>;
