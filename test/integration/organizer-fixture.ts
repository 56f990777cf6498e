// Shared set-up for the organizer tests: a fresh table, the demo catalogue, two accounts, a movable clock.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InProcessExportLauncher } from '../../functions/organizer/exports/in-process-export-launcher.js';
import { LocalRecordFiles } from '../../functions/http/local-record-files.js';
import { LocalExportFiles } from '../../functions/organizer/exports/local-export-files.js';
import { randomBytes, randomUUID } from 'node:crypto';
import { createAccount } from '../../shared/accounts/create-account.js';
import { demoCatalogue } from '../../shared/demo/demo-catalogue.js';
import { submitResponse } from '../../shared/responses/submit-response.js';
import type { Submission } from '../../shared/responses/submission-schema.js';
import { createLogger } from '../../functions/http/logger.js';
import { createOrganizerApp } from '../../functions/organizer/app.js';
import type { OrganizerDeps } from '../../functions/organizer/deps.js';
import { createTestTable, type TestTable } from '../support/dynamo-table.js';
import type { StoreOptions } from '../../shared/storage/dynamodb/store.js';
import { yearRecordWriter } from '../../shared/records/year-record-job.js';

export const ORIGIN = 'http://localhost';
export const ADMIN = { email: 'admin@district.cn', password: 'admin-password-1' };
export const ORGANIZER = { email: 'staff@district.cn', password: 'staff-password-1' };

export interface MovableClock {
  now(): Date;
  set(iso: string): void;
  advance(ms: number): void;
}

export function movableClock(start: string): MovableClock {
  let at = Date.parse(start);
  return { now: () => new Date(at), set: (iso) => void (at = Date.parse(iso)), advance: (ms) => void (at += ms) };
}

export interface Fixture {
  table: TestTable;
  deps: OrganizerDeps;
  clock: MovableClock;
  app: ReturnType<typeof createOrganizerApp>;
  /** A JSON API call; `token` goes in as Bearer. */
  api(method: string, path: string, options?: { token?: string; body?: unknown; headers?: Record<string, string> }): Promise<Response>;
  login(account: { email: string; password: string }): Promise<string>;
  submit(surveyId: string, submission: Omit<Submission, 'submissionId'> & { submissionId?: string }): ReturnType<typeof submitResponse>;
}

/**
 * `overrides`: organizer deps to change (e.g. draft limits), applied before the app is made;
 * `tableOptions`: e.g. a client with a middleware that counts what the app reads.
 */
export async function organizerFixture(overrides: Partial<OrganizerDeps> = {}, tableOptions: Partial<StoreOptions> = {}): Promise<Fixture> {
  const table = await createTestTable(tableOptions);
  const clock = movableClock('2026-03-01T00:00:00.000Z');
  const exports = new LocalExportFiles(mkdtempSync(join(tmpdir(), 'diancai-exports-')));
  const recordFiles = new LocalRecordFiles(mkdtempSync(join(tmpdir(), 'diancai-records-')));
  const deps: OrganizerDeps = {
    store: table.store,
    clock,
    newId: randomUUID,
    logger: createLogger({ level: process.env.DEBUG_LOG ? 'debug' : 'silent' }),
    secret: randomBytes(32),
    timeZone: 'Asia/Shanghai',
    exports,
    recordFiles,
    exportLauncher: new InProcessExportLauncher(
      {
        surveys: table.store.surveys,
        responses: table.store.responses,
        exportJobs: table.store.exportJobs,
        files: exports,
        clock,
        timeZone: 'Asia/Shanghai',
        yearRecord: yearRecordWriter({ lectures: table.store.lectures, records: table.store.records, recordFiles, catalogue: table.store.catalogue }),
      },
      createLogger({ level: 'silent' }),
    ),
  };
  await table.store.catalogue.putAll(demoCatalogue);
  await createAccount({ accounts: table.store.accounts, clock }, { email: ADMIN.email, role: 'admin', password: ADMIN.password });
  await createAccount({ accounts: table.store.accounts, clock }, { email: ORGANIZER.email, role: 'organizer', password: ORGANIZER.password });
  Object.assign(deps, overrides);
  const app = createOrganizerApp(deps);
  const api: Fixture['api'] = (method, path, options = {}) =>
    Promise.resolve(
      app.request(`${ORIGIN}${path}`, {
        method,
        headers: {
          ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
          ...options.headers,
        },
        ...(options.body !== undefined ? { body: typeof options.body === 'string' ? options.body : JSON.stringify(options.body) } : {}),
      }),
    );
  const login: Fixture['login'] = async (account) => {
    const response = await api('POST', '/api/auth/login', { body: account });
    if (response.status !== 200) throw new Error(`login failed: ${response.status} ${await response.text()}`);
    return ((await response.json()) as { token: string }).token;
  };
  const submit: Fixture['submit'] = (surveyId, submission) =>
    submitResponse(
      { surveys: table.store.surveys, responses: table.store.responses, settings: table.store.surveySettings, clock, newId: randomUUID },
      surveyId,
      { submissionId: randomUUID(), ...submission },
    );
  return { table, deps, clock, app, api, login, submit };
}
