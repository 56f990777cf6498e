// Export jobs on DynamoDB Local: exactly the rows asked for (filters), progress as it goes, and a
// worker that dies part-way leaves a failed job and no file to download.
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalExportFiles } from '../../functions/organizer/exports/local-export-files.js';
import { DEMO_NEEDS_SURVEY_ID, demoSurveys } from '../../shared/demo/seed-demo.js';
import { EXPORT_STALE_AFTER_MS } from '../../shared/exports/export-jobs.js';
import { runExport, type ExportWorkerDeps } from '../../shared/exports/run-export.js';
import type { ExportFiles } from '../../shared/report/export-files.js';
import type { ExportJobRepository } from '../../shared/exports/export-job-store.js';
import type { StoredResponse } from '../../shared/responses/response-store.js';
import { validNeeds } from '../support/demo-answers.js';
import { allResponses } from '../support/respondent-app.js';
import { waitForExport } from './export-wait.js';
import { ADMIN, organizerFixture, ORIGIN, type Fixture } from './organizer-fixture.js';
import { receiptNumber } from '../../shared/responses/receipt.js';

const UNITS = ['education', 'health', 'dongfeng-st', 'dev-zone', 'education', 'health', 'education', 'dev-zone', 'education', 'health'];

describe('export jobs', () => {
  let f: Fixture;
  let token: string;
  let stored: StoredResponse[];

  beforeAll(async () => {
    f = await organizerFixture();
    const [needs] = demoSurveys(f.clock.now().toISOString());
    await f.table.store.surveys.put(needs!);
    // One response an hour from 2026-03-01 08:00 Shanghai (00:00 UTC).
    for (const unit of UNITS) {
      await f.submit(DEMO_NEEDS_SURVEY_ID, { answers: validNeeds(unit) });
      f.clock.advance(3600_000);
    }
    stored = await allResponses(f.table.store, DEMO_NEEDS_SURVEY_ID);
    token = await f.login(ADMIN);
  });
  afterAll(() => f.table.drop());

  async function exportIds(body: unknown): Promise<{ ids: string[]; done: Awaited<ReturnType<typeof waitForExport>> }> {
    const res = await f.api('POST', `/api/surveys/${DEMO_NEEDS_SURVEY_ID}/exports`, { token, ...(body === undefined ? {} : { body }) });
    expect(res.status).toBe(202);
    const { exportId } = (await res.json()) as { exportId: string };
    expect(res.headers.get('location')).toBe(`/api/exports/${exportId}`);
    const done = await waitForExport(f, token, exportId);
    expect(done.status).toBe('done');
    const file = await f.api('GET', done.url!, { token });
    expect(file.status).toBe(200);
    const [header, ...rows] = parse(await file.text(), { bom: true }) as string[][];
    expect(done.rowsDone).toBe(rows.length);
    // The receipt number (回执编号) by its heading: the file names responses as people quote them, never by id.
    const receiptColumn = header!.indexOf('回执编号');
    return { ids: rows.map((r) => r[receiptColumn]!), done };
  }

  it('exports every response with no filter (an empty body), in arrival order', async () => {
    const { ids, done } = await exportIds(undefined);
    expect(ids).toEqual(stored.map((r) => receiptNumber(r.responseId)));
    expect(done).toMatchObject({ rowsDone: 10, rowsExpected: 10 });
  });

  it('exports exactly the rows a unit, a front or a district-time range selects', async () => {
    expect((await exportIds({ unit: 'education' })).ids).toEqual(stored.filter((r) => r.unitId === 'education').map((r) => receiptNumber(r.responseId)));
    const front = stored.find((r) => r.unitId === 'health')!.front!;
    const byFront = await exportIds({ front });
    expect(byFront.ids).toEqual(stored.filter((r) => r.front === front).map((r) => receiptNumber(r.responseId)));
    expect(byFront.done.rowsExpected).toBe(byFront.ids.length);
    // 10:00 to 13:00 Shanghai = 02:00 to 05:00 UTC, `to` exclusive: the 3rd, 4th and 5th responses.
    const range = await exportIds({ from: '2026-03-01T10:00', to: '2026-03-01T13:00', unit: undefined });
    expect(range.ids).toEqual(stored.slice(2, 5).map((r) => receiptNumber(r.responseId)));
    expect(range.done.rowsExpected).toBeUndefined();
    expect((await exportIds({ from: '2026-03-01T16:00+08:00', unit: 'education' })).ids).toEqual(
      stored.filter((r, i) => i >= 8 && r.unitId === 'education').map((r) => receiptNumber(r.responseId)),
    );
  });

  it('refuses bad filters with the error shape and records each export in the audit log', async () => {
    const post = (body: unknown) => f.api('POST', `/api/surveys/${DEMO_NEEDS_SURVEY_ID}/exports`, { token, body });
    expect((await post({ unit: 'no-such-unit' })).status).toBe(422);
    expect((await post({ from: '2026-13-40T00:00' })).status).toBe(422);
    expect((await post({ from: '2026-03-02T00:00', to: '2026-03-01T00:00' })).status).toBe(422);
    expect((await post({ includeInvalid: 'yes' })).status).toBe(400);
    expect((await post({ surprise: 1 })).status).toBe(400);
    expect((await post('{not json')).status).toBe(400);
    expect((await f.api('POST', '/api/surveys/no-such-survey/exports', { token, body: {} })).status).toBe(404);
    const missing = await f.api('GET', '/api/exports/00000000-0000-0000-0000-000000000000', { token });
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe('record_not_found');
    expect((await f.api('GET', '/api/exports/00000000-0000-0000-0000-000000000000')).status).toBe(401);
    const audit = await f.table.store.audit.list();
    // The five exports above, and none of the refused ones.
    expect(audit.items.filter((e) => e.action === 'survey.export')).toHaveLength(5);
    expect(audit.items.find((e) => e.action === 'survey.export' && e.details?.unit === 'education')).toMatchObject({ actor: ADMIN.email, target: DEMO_NEEDS_SURVEY_ID });
  });

  it('starts from the report page form and shows progress, then the link, on the job page (Chinese first)', async () => {
    const report = await f.app.request(`${ORIGIN}/admin/surveys/${DEMO_NEEDS_SURVEY_ID}/report`, { headers: { cookie: `diancai_session=${token}` } });
    const reportHtml = await report.text();
    expect(reportHtml).toContain('导出全部答卷');
    expect(reportHtml).toContain(`action="/admin/surveys/${DEMO_NEEDS_SURVEY_ID}/exports"`);
    const started = await f.app.request(`${ORIGIN}/admin/surveys/${DEMO_NEEDS_SURVEY_ID}/exports`, {
      method: 'POST',
      headers: { cookie: `diancai_session=${token}`, origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'unit=education&from=&to=&includeInvalid=on',
    });
    expect(started.status).toBe(303);
    const page = started.headers.get('location')!;
    expect(page).toMatch(/^\/admin\/export-jobs\/[0-9a-f-]{36}$/);
    const done = await waitForExport(f, token, page.split('/').at(-1)!);
    expect(done.rowsDone).toBe(stored.filter((r) => r.unitId === 'education').length);
    const res = await f.app.request(`${ORIGIN}${page}`, { headers: { cookie: `diancai_session=${token}` } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('导出任务');
    expect(html).toContain('已完成');
    expect(html).toContain(`href="${done.url}"`);
    expect(html).not.toContain('http-equiv="refresh"');
    expect(res.headers.get('content-security-policy')).toMatch(/script-src 'sha256-/);
    const en = await (await f.app.request(`${ORIGIN}${page}?lang=en`, { headers: { cookie: `diancai_session=${token}` } })).text();
    expect(en).toContain('Export job');
  });

  /** A stored queued job, as the API makes it, without starting the app's own worker. */
  async function queuedJob(): Promise<string> {
    const exportId = crypto.randomUUID();
    const now = f.clock.now().toISOString();
    await f.table.store.exportJobs.create({
      exportId, surveyId: DEMO_NEEDS_SURVEY_ID, status: 'queued', filter: { includeInvalid: true }, locale: 'zh', requestedBy: ADMIN.email, createdAt: now, updatedAt: now, rowsDone: 0, rowsExpected: 10,
    });
    return exportId;
  }

  function workerDeps(files: ExportFiles, exportJobs: ExportJobRepository = f.table.store.exportJobs): ExportWorkerDeps {
    return { surveys: f.table.store.surveys, responses: f.table.store.responses, exportJobs, files, clock: f.clock, timeZone: 'Asia/Shanghai', pageSize: 2, progressRows: 4 };
  }

  it('advances rowsDone every N rows as the file is written, and takes a job only once', async () => {
    const exportId = await queuedJob();
    const reported: number[] = [];
    const jobs = f.table.store.exportJobs;
    // The real adapter, with each progress report noted on its way through.
    const noting: ExportJobRepository = Object.assign(Object.create(jobs) as ExportJobRepository, {
      progress: async (id: string, rows: number, at: string) => {
        reported.push(rows);
        await jobs.progress(id, rows, at);
        expect((await jobs.get(id))!.rowsDone).toBe(rows);
      },
    });
    const dir = mkdtempSync(join(tmpdir(), 'diancai-export-progress-'));
    const result = await runExport(workerDeps(new LocalExportFiles(dir), noting), exportId);
    expect(result).toMatchObject({ outcome: 'done', rows: 10 });
    expect(reported).toEqual([4, 8]);
    expect(await jobs.get(exportId)).toMatchObject({ status: 'done', rowsDone: 10, file: { name: `responses-${DEMO_NEEDS_SURVEY_ID}-${exportId}.csv` } });
    // A second delivery of the same invocation finds the job taken and does nothing.
    expect(await runExport(workerDeps(new LocalExportFiles(dir)), exportId)).toEqual({ outcome: 'skipped' });
  });

  it('marks the job failed and leaves no file when the worker fails part-way', async () => {
    const exportId = await queuedJob();
    const dir = mkdtempSync(join(tmpdir(), 'diancai-export-broken-'));
    const local = new LocalExportFiles(dir);
    // The real local store, fed a CSV that breaks after 6 rows (as a lost connection would).
    const breaking: ExportFiles = {
      link: (name) => local.link(name),
      save: (name, chunks) =>
        local.save(
          name,
          (async function* () {
            let lines = 0;
            for await (const chunk of chunks) {
              lines += String(chunk).split('\r\n').length - 1;
              if (lines > 6) throw new Error('connection lost');
              yield chunk;
            }
          })(),
        ),
    };
    const result = await runExport(workerDeps(breaking), exportId);
    expect(result.outcome).toBe('failed');
    expect(readdirSync(dir)).toEqual([]);
    const res = await f.api('GET', `/api/exports/${exportId}`, { token });
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ status: 'failed', error: 'export_failed' });
    expect(body.url).toBeUndefined();
    expect(body.rowsDone).toBe(4);
  });

  it('reports a job whose worker died mid-export as failed once its heartbeat is stale, offering nothing', async () => {
    const exportId = await queuedJob();
    const dir = mkdtempSync(join(tmpdir(), 'diancai-export-killed-'));
    const local = new LocalExportFiles(dir);
    let dead!: () => void;
    const died = new Promise<void>((resolve) => (dead = resolve));
    // The worker's process stops for good after 6 rows: nothing after that ever runs.
    const stalling: ExportFiles = {
      link: (name) => local.link(name),
      save: (name, chunks) =>
        local.save(
          name,
          (async function* () {
            let lines = 0;
            for await (const chunk of chunks) {
              lines += String(chunk).split('\r\n').length - 1;
              if (lines > 6) {
                dead();
                await new Promise(() => undefined);
              }
              yield chunk;
            }
          })(),
        ),
    };
    void runExport(workerDeps(stalling), exportId);
    await died;
    const read = async () => (await (await f.api('GET', `/api/exports/${exportId}`, { token })).json()) as Record<string, unknown>;
    expect(await read()).toMatchObject({ status: 'running', rowsDone: 4 });
    // While it runs, the page refreshes itself without JavaScript and shows the rows so far.
    const live = await (await f.app.request(`${ORIGIN}/admin/export-jobs/${exportId}`, { headers: { cookie: `diancai_session=${token}` } })).text();
    expect(live).toContain('<noscript><meta http-equiv="refresh" content="3"/></noscript>');
    expect(live).toContain('正在导出');
    expect(live).toMatch(/<progress id="export-bar" max="10" value="4"/);
    f.clock.advance(EXPORT_STALE_AFTER_MS + 1);
    const body = await read();
    expect(body).toMatchObject({ status: 'failed', error: 'worker_stopped', rowsDone: 4 });
    expect(body.url).toBeUndefined();
    // Only the hidden partial file exists; no finished export under the job's name to download.
    expect(readdirSync(dir).filter((n) => !n.startsWith('.'))).toEqual([]);
    expect((await f.api('GET', `/admin/exports/responses-${DEMO_NEEDS_SURVEY_ID}-${exportId}.csv`, { token })).status).toBe(404);
  });

  it('keeps an invalid response, flagged with its reason, unless the export leaves invalid ones out', async () => {
    const marked = stored[3]!;
    const res = await f.api('POST', `/api/surveys/${DEMO_NEEDS_SURVEY_ID}/responses/${marked.responseId}/invalidate`, { token, body: { reason: '测试答卷' } });
    expect(res.status).toBe(200);
    const all = await exportIds({});
    expect(all.ids).toEqual(stored.map((r) => receiptNumber(r.responseId)));
    const file = await f.api('GET', all.done.url!, { token });
    const [header, ...rows] = parse(await file.text(), { bom: true }) as string[][];
    const row = rows.find((r) => r[header!.indexOf('回执编号')] === receiptNumber(marked.responseId))!;
    expect([row[header!.indexOf('无效答卷')], row[header!.indexOf('无效原因')]]).toEqual(['无效', '测试答卷']);
    expect(rows.filter((r) => r[header!.indexOf('无效答卷')] !== '')).toHaveLength(1);
    const valid = await exportIds({ includeInvalid: false });
    expect(valid.ids).toEqual(stored.filter((r) => r !== marked).map((r) => receiptNumber(r.responseId)));
    expect(valid.done.rowsDone).toBe(9);
    // Restored, it is exported as valid again.
    expect((await f.api('POST', `/api/surveys/${DEMO_NEEDS_SURVEY_ID}/responses/${marked.responseId}/restore`, { token })).status).toBe(200);
    expect((await exportIds({ includeInvalid: false })).ids).toEqual(stored.map((r) => receiptNumber(r.responseId)));
  });
});
