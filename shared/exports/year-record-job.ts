// The year's record (年度台账) as an export job: the worker reads the year's delivered lectures and their
// records, streams the ZIP into the exports store, and counts lectures as the job's rows.
import type { Catalogue } from '../catalogue/catalogue-schema.js';
import type { CatalogueRepository } from '../catalogue/catalogue-store.js';
import type { Clock } from '../kernel/clock.js';
import { yearMessages } from '../i18n/record-messages.js';
import type { ExportFiles } from '../report/export-files.js';
import type { LectureRepository } from '../lectures/lecture-store.js';
import type { RecordFiles, RecordRepository } from '../records/record-store.js';
import { loadYearBook } from '../records/year-book.js';
import { yearRecordZip } from '../records/year-record-zip.js';
import type { ExportJob } from './export-job-schema.js';
import type { ExportJobRepository } from './export-job-store.js';
import { EXPORT_HEARTBEAT_MS } from './export-jobs.js';
import { exportFileName, type ExportOutcome } from './run-export.js';

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
  yearRecord?: YearRecordDeps;
}

export async function writeYearRecord(deps: JobDeps, job: ExportJob, year: number): Promise<ExportOutcome> {
  const sources = deps.yearRecord;
  if (!sources) throw new Error('year_record_unavailable');
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
