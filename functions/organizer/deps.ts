// What the organizer app needs from the outside world, passed in once at start-up.
import type { DraftLimits } from '../../shared/survey-admin/manage-surveys.js';
import type { Clock, IdGenerator } from '../../shared/kernel/clock.js';
import type { Store } from '../../shared/store.js';
import type { ExportFiles } from '../../shared/report/export-files.js';
import type { ExportLauncher } from '../../shared/exports/export-launcher.js';
import type { Logger } from '../http/logger.js';
import type { AppMetrics } from '../http/metrics.js';
import type { LocalExportFiles } from './exports/local-export-files.js';
import type { RecordFiles } from '../../shared/records/record-store.js';
import type { LocalRecordFiles } from '../http/local-record-files.js';
import type { Notifier } from '../../shared/notices/notifier.js';

export interface OrganizerDeps {
  store: Store;
  clock: Clock;
  newId: IdGenerator;
  logger: Logger;
  /** Sign-in failures, lockouts, export rows and 5xx counted (EMF in Lambda); none when absent. */
  metrics?: AppMetrics;
  /** HMAC key for session tokens: from .data/session-secret locally, from the secret store in AWS. */
  secret: Uint8Array;
  /** The district's IANA time zone; opening and closing times are entered in it. */
  timeZone: string;
  /** The district's name, printed on QR code posters (DIANCAI_DISTRICT_NAME; the stack sets it). */
  districtName?: string;
  /** Where respondents open surveys (share links, QR codes); defaults to the request's own origin. */
  publicBaseUrl?: string;
  /** Where exports too large for one response go; locally also where the dashboard downloads them from. */
  exports: ExportFiles | LocalExportFiles;
  /** Where record (台账) photos and files are kept: the records bucket in AWS, the data directory locally. */
  recordFiles: RecordFiles | LocalRecordFiles;
  /** The records bucket's origin in AWS, which pages post uploads to and show photos from (their CSP names it); none locally. */
  fileOrigins?: readonly string[];
  /** Starts the export worker on a stored job: a Lambda invoked asynchronously in AWS, in-process locally. */
  exportLauncher: ExportLauncher;
  /** Once responses.csv has written this many bytes it becomes an export job instead (default: what one Lambda response carries, with room). */
  exportInlineMaxBytes?: number;
  /** Extra origins allowed to send cookie-authenticated changes (e.g. a custom domain in front of the API). */
  allowedOrigins?: readonly string[];
  /** Caps on draft surveys per account and per district (DEFAULT_DRAFT_LIMITS when absent). */
  draftLimits?: DraftLimits;
  /** Records notices (通知) and has them sent to the district's group robots; absent: no notices. */
  notifier?: Notifier;
  /** The configured robots (kind and place in the list, never the URL), where this function knows them (locally; in AWS only the notifier reads them). */
  noticeChannels?: readonly { id: string; kind: string; position: number }[];
}
