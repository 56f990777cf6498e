// The year's record (年度台账) as an export job: shared/exports keeps the job, this floor (which knows
// lectures and records) writes it. The worker reads the year's delivered lectures and their records,
// streams the ZIP into the exports store, and counts lectures as the job's rows.
import type { Catalogue } from '../catalogue/catalogue-schema.js';
import type { CatalogueRepository } from '../catalogue/catalogue-store.js';
import type { Clock, IdGenerator } from '../kernel/clock.js';
import type { Locale } from '../kernel/locale.js';
import { yearMessages } from '../i18n/record-messages.js';
import type { ExportFiles } from '../report/export-files.js';
import type { LectureRepository } from '../lectures/lecture-store.js';
import type { RecordFiles, RecordRepository } from './record-store.js';
import { loadYearBook } from './year-book.js';
import { yearRecordZip } from './year-record-zip.js';
import type { ExportJob } from '../exports/export-job-schema.js';
import type { ExportJobRepository } from '../exports/export-job-store.js';
import { EXPORT_HEARTBEAT_MS } from '../exports/export-jobs.js';
import { exportFileName, type ExportOutcome, type YearRecordWriter } from '../exports/run-export.js';

export interface YearRecordDeps {
  lectures: LectureRepository;
  records: RecordRepository;
  recordFiles: Pick<RecordFiles, 'stream'>;
  catalogue: Pick<CatalogueRepository, 'load'>;
}

interface JobDeps {
  exportJobs: ExportJobRepository;
  files: ExportFiles;
  clock: Clock;
  timeZone: string;
  heartbeatMs?: number;
}

/** Stores a queued job for the year's record (年度台账 as a ZIP); rowsExpected counts the year's delivered lectures. */
export async function requestYearRecord(deps: { exportJobs: ExportJobRepository; clock: Clock; newId: IdGenerator; lectures: LectureRepository }, range: { from: string; to: string }, year: number, requestedBy: string, locale: Locale): Promise<ExportJob> {
  const lectures = (await deps.lectures.listByStart(range.from, range.to)).filter((l) => l.status === 'delivered');
  const now = deps.clock.now().toISOString();
  const job: ExportJob = {
    exportId: deps.newId(),
    yearRecord: { year },
    status: 'queued',
    filter: { includeInvalid: false, from: range.from, to: range.to },
    locale,
    requestedBy,
    createdAt: now,
    updatedAt: now,
    rowsDone: 0,
    rowsExpected: lectures.length,
  };
  await deps.exportJobs.create(job);
  return job;
}

/** The worker's writer for year's-record jobs, reading the year's lectures and records from `sources`. */
export function yearRecordWriter(sources: YearRecordDeps): YearRecordWriter {
  return { write: (deps, job, year) => writeYearRecord(sources, deps, job, year) };
}

async function writeYearRecord(sources: YearRecordDeps, deps: JobDeps, job: ExportJob, year: number): Promise<ExportOutcome> {
  const [book, catalogue]: [Awaited<ReturnType<typeof loadYearBook>>, Catalogue] = await Promise.all([loadYearBook(sources, year, deps.timeZone), sources.catalogue.load()]);
  const heartbeatMs = deps.heartbeatMs ?? EXPORT_HEARTBEAT_MS;
  let reportedAt = 0;
  const progress = {
    lecture: async (index: number) => {
      const at = deps.clock.now().getTime();
      // Every lecture is a step worth showing, but the job item is written at most once a heartbeat.
      if (at - reportedAt < heartbeatMs && index > 0) return;
      reportedAt = at;
      await deps.exportJobs.progress(job.exportId, index, new Date(at).toISOString());
    },
  };
  const name = exportFileName(job);
  const zip = yearRecordZip(sources.recordFiles, book, catalogue, deps.timeZone, job.locale, yearMessages(job.locale).bookTitle(year), progress);
  const file = await deps.files.save(name, zip);
  await deps.exportJobs.finish(job.exportId, { rowsDone: book.length, file: { name, bytes: file.bytes } }, deps.clock.now().toISOString());
  return { outcome: 'done', rows: book.length, bytes: file.bytes };
}
