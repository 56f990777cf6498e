// An export job's page: its state, a progress bar, and the download link once the file is complete.
import { exportMessages } from '../../../shared/i18n/export-messages.js';
import { yearMessages } from '../../../shared/i18n/record-messages.js';
import { districtDateTime } from '../../../shared/kernel/zoned-time.js';
import type { ExportView } from '../export-jobs.js';
import { DashboardLayout, href, type PageContext } from './dashboard-layout.js';
import { exportScript } from './export-script.js';

export function ExportJobPage({ ctx, job, timeZone }: { ctx: PageContext; job: ExportView; timeZone: string }) {
  const t = exportMessages(ctx.locale);
  const live = job.status === 'queued' || job.status === 'running';
  const filters = [
    job.filter.unit ? `unit ${job.filter.unit}` : '',
    job.filter.front ? `front ${job.filter.front}` : '',
    job.filter.from ? `≥ ${districtDateTime(job.filter.from, timeZone)}` : '',
    job.filter.to ? `< ${districtDateTime(job.filter.to, timeZone)}` : '',
  ].filter(Boolean);
  return (
    <DashboardLayout ctx={ctx} title={t.job} script={live ? exportScript : undefined} head={live ? <noscript><meta http-equiv="refresh" content="3" /></noscript> : undefined}>
      <h1>{t.job}</h1>
      <div id="export-job" data-status-url={job.statusUrl} data-status={job.status}>
        <p>
          <strong role="status">{t.status[job.status]}</strong>
        </p>
        <p>
          <label for="export-bar">{t.progress}</label>
          <br />
          {job.status === 'done' ? (
            <progress id="export-bar" max={1} value={1} />
          ) : job.rowsExpected ? (
            <progress id="export-bar" max={job.rowsExpected} value={Math.min(job.rowsDone, job.rowsExpected)} />
          ) : (
            <progress id="export-bar" />
          )}
        </p>
        <p>
          {job.yearRecord ? yearMessages(ctx.locale).packed : t.rowsLabel}
          <span id="export-done">{job.rowsDone}</span>
          {job.rowsExpected !== undefined && job.status !== 'done' ? ` / ${job.rowsExpected}` : ''}
        </p>
        <p>
          {job.yearRecord ? yearMessages(ctx.locale).bookTitle(job.yearRecord.year) : `${t.filters}：${filters.length > 0 ? filters.join('，') : t.everything}`}
        </p>
        {job.status === 'done' && job.url ? (
          <p>
            <a class="button" href={job.url} id="export-download">
              {t.download(job.bytes ?? 0)}
            </a>
          </p>
        ) : null}
        {job.status === 'failed' ? <p role="alert">{t.failed}</p> : null}
        {live ? (
          <p class="no-print">
            {t.autoRefresh} <a href={href(ctx, `/admin/export-jobs/${job.exportId}`)}>{t.refresh}</a>
          </p>
        ) : null}
      </div>
      <p>
        <a href={href(ctx, job.surveyId ? `/admin/surveys/${job.surveyId}/report` : `/admin/year?year=${job.yearRecord?.year ?? ''}`)}>{job.surveyId ? t.back : yearMessages(ctx.locale).title(job.yearRecord?.year ?? 0)}</a>
      </p>
    </DashboardLayout>
  );
}
