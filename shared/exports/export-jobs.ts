// Export jobs from the organizer's side: asking for one (checked, counted, stored) and reading its state.
import type { Clock, IdGenerator } from '../kernel/clock.js';
import { InvalidReportFilterError, SurveyNotFoundError } from '../errors.js';
import type { Locale } from '../kernel/locale.js';
import { checkReportFilter, surveyUnits } from '../report/crosstab.js';
import { RESPONSES_COUNTER } from '../question-types/counter-names.js';
import type { CounterRepository, UnitCounters } from '../survey/counter-store.js';
import type { ExportJobRepository } from './export-job-store.js';
import type { StoredResponse } from '../responses/response-store.js';
import type { SurveyRepository } from '../survey/survey-store.js';
import { parseDistrictTime } from '../kernel/zoned-time.js';
import type { ExportFilter, ExportJob, ExportRequest, ExportStatus } from './export-job-schema.js';

/** A running job whose worker has not reported for this long is dead (a crash, a timeout): it reads as failed. */
export const EXPORT_STALE_AFTER_MS = 2 * 60 * 1000;
/** The worker reports progress (and so its heartbeat) every this many rows, and at least this often. */
export const EXPORT_PROGRESS_ROWS = 5000;
export const EXPORT_HEARTBEAT_MS = 15 * 1000;

export interface ExportRequestDeps {
  surveys: SurveyRepository;
  counters: CounterRepository;
  exportJobs: ExportJobRepository;
  clock: Clock;
  newId: IdGenerator;
  timeZone: string;
}

function instant(field: 'from' | 'to', text: string | undefined, timeZone: string): string | undefined {
  if (text === undefined || text === '') return undefined;
  const at = parseDistrictTime(text, timeZone);
  if (!at) throw new InvalidReportFilterError([{ field, message: `${field} must be a date and time such as 2026-11-01T09:00` }]);
  return at.toISOString();
}

/** Checks the request against the survey and turns district times into instants. */
export function exportFilter(survey: Parameters<typeof checkReportFilter>[0], request: ExportRequest, timeZone: string): ExportFilter {
  const filter: ExportFilter = { includeInvalid: request.includeInvalid ?? true };
  if (request.unit) filter.unit = request.unit;
  if (request.front) filter.front = request.front;
  checkReportFilter(survey, filter);
  const from = instant('from', request.from, timeZone);
  const to = instant('to', request.to, timeZone);
  if (from !== undefined && to !== undefined && from >= to) throw new InvalidReportFilterError([{ field: 'to', message: 'to must be later than from', zh: '结束时间须晚于开始时间。' }]);
  if (from !== undefined) filter.from = from;
  if (to !== undefined) filter.to = to;
  return filter;
}

/** Rows the counters say match (a unit, a front or all); unknowable without a scan once a time range is set. */
function expectedRows(units: readonly UnitCounters[], survey: Parameters<typeof surveyUnits>[0], filter: ExportFilter): number | undefined {
  if (filter.from !== undefined || filter.to !== undefined) return undefined;
  const fronts = new Map(surveyUnits(survey).map((u) => [u.id, u.front]));
  return units
    .filter((u) => filter.unit === undefined || u.unitId === filter.unit)
    .filter((u) => filter.front === undefined || (u.front ?? fronts.get(u.unitId)) === filter.front)
    .reduce((sum, u) => sum + (u.counters[RESPONSES_COUNTER] ?? 0), 0);
}

/** Stores a queued job for the survey; the caller then starts a worker on it. */
export async function requestExport(deps: ExportRequestDeps, surveyId: string, request: ExportRequest, requestedBy: string, locale: Locale): Promise<ExportJob> {
  const survey = await deps.surveys.get(surveyId);
  if (!survey) throw new SurveyNotFoundError(surveyId);
  const filter = exportFilter(survey, request, deps.timeZone);
  const rowsExpected = expectedRows(await deps.counters.read(surveyId), survey, filter);
  const now = deps.clock.now().toISOString();
  const job: ExportJob = {
    exportId: deps.newId(),
    surveyId,
    status: 'queued',
    filter,
    locale: request.lang ?? locale,
    requestedBy,
    createdAt: now,
    updatedAt: now,
    rowsDone: 0,
    ...(rowsExpected !== undefined ? { rowsExpected } : {}),
  };
  await deps.exportJobs.create(job);
  return job;
}

/** The job as its reader should see it: a queued or running job whose heartbeat stopped has failed. */
export function currentState(job: ExportJob, now: Date): ExportJob {
  const live = job.status === 'queued' || job.status === 'running';
  if (live && now.getTime() - Date.parse(job.updatedAt) > EXPORT_STALE_AFTER_MS) return { ...job, status: 'failed', error: 'worker_stopped' };
  return job;
}

/** True for a response an organizer marked invalid (无效答卷); restoring one removes the mark. */
export function isInvalidResponse(response: StoredResponse): boolean {
  return response.invalid !== undefined;
}

/** Whether a response belongs in the export (the time range is applied on the index before this). */
export function matchesExport(filter: ExportFilter, response: StoredResponse): boolean {
  if (filter.unit !== undefined && response.unitId !== filter.unit) return false;
  if (filter.front !== undefined && response.front !== filter.front) return false;
  if (!filter.includeInvalid && isInvalidResponse(response)) return false;
  return true;
}

export function isFinished(status: ExportStatus): boolean {
  return status === 'done' || status === 'failed';
}
