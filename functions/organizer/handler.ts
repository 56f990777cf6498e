// Lambda entry for the organizer app: configuration from the environment, then `handle(app)`.
import { handle } from 'hono/aws-lambda';
import { randomIds, systemClock } from '../../shared/kernel/clock.js';
import { createDocumentClient } from '../../shared/storage/dynamodb/client.js';
import { createDynamoStore } from '../../shared/storage/dynamodb/store.js';
import { lambdaMetrics, observedHandler } from '../http/lambda-observability.js';
import { createLogger } from '../http/logger.js';
import { createOrganizerApp } from './app.js';
import { lambdaSecret } from './session-secret.js';
import { LocalExportFiles } from './exports/local-export-files.js';
import { LocalRecordFiles } from '../http/local-record-files.js';
import { bucketOrigin, S3RecordFiles } from '../http/s3-record-files.js';
import { S3ExportFiles } from './exports/s3-export-files.js';
import { InProcessExportLauncher } from './exports/in-process-export-launcher.js';
import { LambdaExportLauncher } from './exports/lambda-export-launcher.js';
import { DEFAULT_TIME_ZONE } from '../../shared/kernel/zoned-time.js';
import { yearRecordWriter } from '../../shared/records/year-record-job.js';
import { Notifier } from '../../shared/notices/notifier.js';
import { LambdaNoticeLauncher } from '../notifier/lambda-notices.js';

const tableName = process.env.TABLE_NAME;
if (!tableName) throw new Error('TABLE_NAME is not set');

// Built once per container, outside the handler, so warm invocations reuse the connection.
const client = createDocumentClient({ endpoint: process.env.DYNAMODB_ENDPOINT });
const store = createDynamoStore({ client, tableName });
const logger = createLogger({ base: { service: 'organizer' } });
const metrics = lambdaMetrics('organizer', process.env.DISTRICT_ID ?? 'unknown');
const secret = await lambdaSecret().load();

// The stack always sets EXPORT_BUCKET; without it (run outside the stack) exports stay in /tmp.
const exports = process.env.EXPORT_BUCKET ? new S3ExportFiles(process.env.EXPORT_BUCKET) : new LocalExportFiles('/tmp/exports');
// The stack always sets RECORDS_BUCKET; without it (run outside the stack) record files stay in /tmp.
const recordFiles = process.env.RECORDS_BUCKET ? new S3RecordFiles(process.env.RECORDS_BUCKET) : new LocalRecordFiles('/tmp/records');
// Upload forms post to the bucket and photos redirect to it: the pages' CSP must name its origin.
const fileOrigins = process.env.RECORDS_BUCKET ? [bucketOrigin(process.env.RECORDS_BUCKET, process.env.AWS_REGION ?? '')] : [];
const timeZone = process.env.DIANCAI_TIME_ZONE ?? DEFAULT_TIME_ZONE;
// The stack names the worker function; outside it the worker runs in this container, as locally.
const exportLauncher = process.env.EXPORT_WORKER_FUNCTION
  ? new LambdaExportLauncher(process.env.EXPORT_WORKER_FUNCTION)
  : new InProcessExportLauncher(
      { surveys: store.surveys, responses: store.responses, exportJobs: store.exportJobs, files: exports, clock: systemClock, timeZone, yearRecord: yearRecordWriter({ lectures: store.lectures, records: store.records, recordFiles, catalogue: store.catalogue }) },
      logger,
    );

// The stack names the notifier function: notices are recorded here and handed to it to send (it alone reads the robots).
const notifier = process.env.NOTIFIER_FUNCTION
  ? new Notifier({ notices: store.notices, launcher: new LambdaNoticeLauncher(process.env.NOTIFIER_FUNCTION), clock: systemClock, newId: randomIds, onError: (what, error) => logger.error(what, { error }) })
  : undefined;

export const app = createOrganizerApp({
  store,
  clock: systemClock,
  newId: randomIds,
  logger,
  metrics,
  secret,
  timeZone,
  exports,
  exportLauncher,
  recordFiles,
  fileOrigins,
  ...(notifier ? { notifier } : {}),
  ...(process.env.PUBLIC_BASE_URL ? { publicBaseUrl: process.env.PUBLIC_BASE_URL } : {}),
  ...(process.env.DIANCAI_DISTRICT_NAME ? { districtName: process.env.DIANCAI_DISTRICT_NAME } : {}),
  ...(process.env.ALLOWED_ORIGINS ? { allowedOrigins: process.env.ALLOWED_ORIGINS.split(',').map((o) => o.trim()) } : {}),
});
export const handler = observedHandler(handle(app), { logger, metrics });
