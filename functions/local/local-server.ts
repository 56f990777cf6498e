// The whole product on one machine: DynamoDB Local, the table, the demo district, the Hono apps.
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { randomIds, systemClock } from '../../shared/kernel/clock.js';
import { seedDemoDistrict } from '../../shared/demo/seed-demo.js';
import { seedDemoLectures } from '../../shared/demo/demo-lectures.js';
import { seedDemoStudyPlan } from '../../shared/demo/demo-study-plan.js';
import { seedDemoBriefings } from '../../shared/demo/demo-briefings.js';
import { createDocumentClient } from '../../shared/storage/dynamodb/client.js';
import { createDynamoStore } from '../../shared/storage/dynamodb/store.js';
import { CachedSettingsRepository, CachedSurveyRepository, SURVEY_CACHE_DEFAULTS } from '../../shared/responses/cached-survey-repository.js';
import { ensureTable } from '../../shared/storage/dynamodb/table-setup.js';
import { createLogger, type Logger } from '../http/logger.js';
import { createOrganizerApp } from '../organizer/app.js';
import { InProcessExportLauncher } from '../organizer/exports/in-process-export-launcher.js';
import { LocalExportFiles } from '../organizer/exports/local-export-files.js';
import { LocalRecordFiles } from '../http/local-record-files.js';
import { ensureFirstAdmin, type FirstAdmin } from '../organizer/first-admin.js';
import { fileSecret } from '../organizer/session-secret.js';
import { createRespondentApp } from '../respondent/app.js';
import { programmePublicDeps, type RespondentDeps } from '../respondent/deps.js';
import { dispatch } from './dispatch.js';
import { startDynamoLocal, type LocalCredentials } from './dynamodb-local.js';
import { lanAddress, listensBeyondThisMachine, loopbackOrigin } from './lan-address.js';
import { markRunning } from './running-marker.js';
import { privateDataDir, type LocalConfig } from './config.js';
import { InProcessNotices } from '../notifier/in-process-notices.js';

/** How often the local run looks for deadlines within 24 hours and notices due another try (AWS: every 15 minutes). */
export const LOCAL_NOTICE_SWEEP_MS = 60_000;
import { yearRecordWriter } from '../../shared/records/year-record-job.js';

export interface LocalServer {
  url: string;
  /** Where phones on the network open surveys (set when HOST listens beyond this machine, or PUBLIC_URL). */
  publicUrl?: string;
  port: number;
  dynamoEndpoint: string;
  /** The data directory's key: DynamoDB Local shows this district's data only to clients that send it. */
  dynamoCredentials: LocalCredentials;
  seeded: boolean;
  /** The district's first admin; the password only when this start created the account. */
  admin: FirstAdmin;
  stop(): Promise<void>;
}

export async function startLocalServer(config: LocalConfig, logger: Logger = createLogger()): Promise<LocalServer> {
  const dbDir = join(config.dataDir, 'dynamodb');
  privateDataDir(config.dataDir);
  const dynamo = await startDynamoLocal({ dataDir: dbDir });
  try {
    const client = createDocumentClient({ endpoint: dynamo.endpoint, credentials: dynamo.credentials });
    await ensureTable(client, config.tableName);
    const store = createDynamoStore({ client, tableName: config.tableName });
    const seeded = await seedDemoDistrict({ ...store, clock: systemClock });
    // A year of lectures and feedback, so scorecards are full at once (its own mark: older demo data gets it too).
    await seedDemoLectures({ ...store, clock: systemClock });
    // The centre group's year of study (its own mark too).
    await seedDemoStudyPlan({ ...store, clock: systemClock, timeZone: config.timeZone });
    // Two published briefings, so /news is not empty on the first start (their own mark too).
    await seedDemoBriefings({ ...store, clock: systemClock });

    const admin = await ensureFirstAdmin({ ...store, clock: systemClock });
    const secret = await fileSecret(join(config.dataDir, 'session-secret')).load();

    // As in the respondent Lambda: surveys and settings are read from a 5 s cache, so a submission
    // costs one transaction; closing or changing settings reaches respondents within those 5 s.
    const cache = { ...SURVEY_CACHE_DEFAULTS, clock: systemClock };
    const respondentDeps: RespondentDeps = {
      surveys: new CachedSurveyRepository(store.surveys, cache),
      responses: store.responses,
      lectures: store.lectures,
      feedback: store.feedback,
      feedbackForms: store.feedbackForms,
      settings: new CachedSettingsRepository(store.surveySettings, cache),
      clock: systemClock,
      newId: randomIds,
      logger,
      timeZone: config.timeZone,
      programme: programmePublicDeps(store),
      // Essays' files beside the records, in the data directory: the respondent app takes their bytes itself.
      essayFiles: new LocalRecordFiles(join(config.dataDir, 'records')),
      ...(config.publicWrites ? { publicWrites: { limiter: store.publicWrites, policy: config.publicWrites, ...(config.signInWrites ? { signIns: config.signInWrites } : {}) } } : {}),
    };
    const exports = new LocalExportFiles(join(config.dataDir, 'exports'));
    const recordFiles = new LocalRecordFiles(join(config.dataDir, 'records'));
    // Export jobs run in this process, in the background, with the same worker code as the Lambda.
    const exportLauncher = new InProcessExportLauncher(
      {
        surveys: store.surveys,
        responses: store.responses,
        exportJobs: store.exportJobs,
        files: exports,
        clock: systemClock,
        timeZone: config.timeZone,
        yearRecord: yearRecordWriter({ lectures: store.lectures, records: store.records, recordFiles, catalogue: store.catalogue }),
      },
      logger,
    );
    // The port is known once listening (PORT=0 picks one); links and QR codes read it lazily.
    let publicUrl: string | undefined;
    let url = '';
    // Notices are sent from this process in the background; the schedule runs on a timer.
    const notices = new InProcessNotices({
      ...store,
      channels: config.webhooks,
      clock: systemClock,
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      context: () => ({ timeZone: config.timeZone, baseUrl: publicUrl ?? url }),
      logger,
    });
    respondentDeps.notices = notices;
    const fetch = dispatch(
      createRespondentApp(respondentDeps),
      createOrganizerApp({
        store, clock: systemClock, newId: randomIds, logger, secret, timeZone: config.timeZone, exports, exportLauncher, recordFiles,
        notifier: notices.notifier,
        noticeChannels: config.webhooks.map(({ id, kind, position }) => ({ id, kind, position })),
        ...(config.districtName ? { districtName: config.districtName } : {}),
        get publicBaseUrl() {
          return publicUrl;
        },
      }),
    );

    const server = await new Promise<ServerType>((resolve) => {
      const s = serve({ fetch, port: config.port, hostname: config.host }, () => resolve(s));
    });
    const unmark = markRunning(config.dataDir);
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const lan = listensBeyondThisMachine(config.host) ? lanAddress(config.host) : undefined;
    publicUrl = config.publicUrl ?? (lan ? `http://${lan.includes(':') ? `[${lan}]` : lan}:${port}` : undefined);
    url = loopbackOrigin(config.host, port);
    notices.start(LOCAL_NOTICE_SWEEP_MS);
    return {
      url: loopbackOrigin(config.host, port),
      ...(publicUrl ? { publicUrl } : {}),
      port,
      dynamoEndpoint: dynamo.endpoint,
      dynamoCredentials: dynamo.credentials,
      seeded,
      admin,
      stop: async () => {
        unmark();
        notices.stop();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await notices.idle();
        client.destroy();
        await dynamo.stop();
      },
    };
  } catch (error) {
    await dynamo.stop();
    throw error;
  }
}
