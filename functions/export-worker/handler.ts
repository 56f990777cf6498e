// Lambda entry for the export worker: invoked asynchronously by the organizer function with a job id,
// it writes the job's CSV to the exports bucket (up to 15 minutes, far past the API's 30 s).
import * as v from 'valibot';
import { systemClock } from '../../shared/kernel/clock.js';
import { ExportWorkerEventSchema } from '../../shared/exports/export-job-schema.js';
import { runExport } from '../../shared/exports/run-export.js';
import { createDocumentClient } from '../../shared/storage/dynamodb/client.js';
import { createDynamoStore } from '../../shared/storage/dynamodb/store.js';
import { DEFAULT_TIME_ZONE } from '../../shared/kernel/zoned-time.js';
import { lambdaMetrics, observedHandler } from '../http/lambda-observability.js';
import { createLogger } from '../http/logger.js';
import { METRIC } from '../http/metrics.js';
import { LocalExportFiles } from '../organizer/exports/local-export-files.js';
import { S3ExportFiles } from '../organizer/exports/s3-export-files.js';
import { LocalRecordFiles } from '../http/local-record-files.js';
import { S3RecordFiles } from '../http/s3-record-files.js';
import { yearRecordWriter } from '../../shared/records/year-record-job.js';

const tableName = process.env.TABLE_NAME;
if (!tableName) throw new Error('TABLE_NAME is not set');

const client = createDocumentClient({ endpoint: process.env.DYNAMODB_ENDPOINT });
const store = createDynamoStore({ client, tableName });
const logger = createLogger({ base: { service: 'export-worker' } });
const metrics = lambdaMetrics('export-worker', process.env.DISTRICT_ID ?? 'unknown');
// The stack always sets EXPORT_BUCKET; without it (run outside the stack) files stay in /tmp.
const files = process.env.EXPORT_BUCKET ? new S3ExportFiles(process.env.EXPORT_BUCKET) : new LocalExportFiles(process.env.EXPORT_DIR ?? '/tmp/exports');
// The year's record (a ZIP of the lectures' photos and files) reads the records where the organizer function keeps them.
const recordFiles = process.env.RECORDS_BUCKET ? new S3RecordFiles(process.env.RECORDS_BUCKET) : new LocalRecordFiles('/tmp/records');

async function runJob(event: unknown): Promise<{ outcome: string; rows?: number }> {
  const parsed = v.safeParse(ExportWorkerEventSchema, event);
  if (!parsed.success) {
    logger.error('export worker invoked without a job id');
    return { outcome: 'skipped' };
  }
  const { exportId } = parsed.output;
  const result = await runExport(
    {
      surveys: store.surveys,
      responses: store.responses,
      exportJobs: store.exportJobs,
      files,
      clock: systemClock,
      timeZone: process.env.DIANCAI_TIME_ZONE ?? DEFAULT_TIME_ZONE,
      yearRecord: yearRecordWriter({ lectures: store.lectures, records: store.records, recordFiles, catalogue: store.catalogue }),
    },
    exportId,
  );
  if (result.outcome === 'failed') {
    logger.error('export failed', { exportId, error: result.error });
    // The job already says failed; throwing counts the failure in the function's Errors metric, which alarms.
    throw new Error(`export ${exportId} failed`);
  }
  if (result.outcome === 'done') {
    logger.info('export done', { exportId, rows: result.rows, bytes: result.bytes });
    // The same metric the inline export counts: the dashboard's export figure covers both paths.
    metrics.count(METRIC.exportRows, result.rows);
    return { outcome: 'done', rows: result.rows };
  }
  return { outcome: result.outcome };
}

/** Each invocation's logs carry the function's context, and its metrics are flushed as one EMF line. */
export const handler = observedHandler(runJob, { logger, metrics });
