// 通知: every notice, newest first: when, what, its status and each robot's outcome (named by kind and
// place, never its address), its text to copy (selectable without JavaScript), and send-again.
import { noticeMessages } from '../../../shared/i18n/notice-messages.js';
import type { NoticeStatus } from '../../../shared/notices/notice-schema.js';
import type { NoticeView } from '../../../shared/notices/notice-view.js';
import { DashboardLayout, href, Problems, type PageContext } from './dashboard-layout.js';
import { DataTable } from './data-table.js';
import { FilterForm } from './filter-form.js';
import { programmeStyle } from './programme-style.js';

export interface NoticesPageProps {
  ctx: PageContext;
  notices: readonly NoticeView[];
  status?: NoticeStatus;
  /** The configured robots, where known (locally); in AWS only the notifier function reads them. */
  robots?: readonly string[];
  cursor?: string;
  flash?: string;
  problems?: string[];
  /** Viewers read; organizers also send again. */
  mayRetry: boolean;
}

export function NoticesPage(props: NoticesPageProps) {
  const { ctx } = props;
  const t = noticeMessages(ctx.locale);
  const statuses: NoticeStatus[] = ['failed', 'pending', 'sent', 'unsent'];
  return (
    <DashboardLayout ctx={ctx} title={t.title} extraStyle={programmeStyle}>
      <h1>{t.title}</h1>
      {props.flash ? (
        <p class="notice" role="status">
          {props.flash}
        </p>
      ) : null}
      <Problems title={t.title} items={props.problems ?? []} />
      <p class="help">{t.help}</p>
      {props.robots ? <p class="help">{props.robots.length > 0 ? t.robots(props.robots.join('、')) : t.noRobots}</p> : null}
      <FilterForm ctx={ctx} action="/admin/notices" legend={t.filter} submit={t.filter} fields={[{ kind: 'select', name: 'status', label: t.status, any: t.all, value: props.status, choices: statuses.map((s) => ({ id: s, label: t.statuses[s] })) }]} />
      <DataTable
        rows={props.notices}
        empty={t.none}
        rowAttrs={(n) => ({ 'data-notice': n.noticeId, 'data-status': n.status })}
        columns={[
          { header: t.time, cell: (n) => n.createdAt },
          {
            header: t.notice,
            key: true,
            cell: (n) => (
              <>
                <span class="muted">{`${t.events[n.event]} · `}</span>
                {n.title}
              </>
            ),
          },
          {
            header: t.status,
            cell: (n) => (
              <>
                <strong>{t.statuses[n.status]}</strong>
                {n.nextAttemptAt ? <span class="muted">{` · ${t.nextAttempt(n.nextAttemptAt)}`}</span> : n.status === 'failed' ? <span class="muted">{` · ${t.gaveUp}`}</span> : null}
              </>
            ),
          },
          {
            header: t.delivery,
            wide: true,
            cell: (n) => (
              <ul>
                {n.deliveries.map((d) => (
                  <li>{`${d.robot}：${t.deliveryStates[d.state]}${d.sentAt ? ` ${d.sentAt}` : ''}（${t.attempts(d.attempts)}）${d.lastError ? ` · ${d.lastError}` : ''}`}</li>
                ))}
              </ul>
            ),
          },
          {
            header: t.text,
            wide: true,
            cell: (n) => (
              <details>
                <summary>{t.text}</summary>
                <textarea class="reminder" readonly aria-label={`${t.text}：${n.title}`} rows={6}>
                  {n.text}
                </textarea>
              </details>
            ),
          },
          {
            header: t.action,
            cell: (n) =>
              props.mayRetry && n.status !== 'sent' && n.status !== 'unsent' ? (
                <form method="post" action={href(ctx, `/admin/notices/${n.noticeId}/retry`)}>
                  <button type="submit" class="secondary" aria-label={`${t.retry}：${n.title}`}>
                    {t.retry}
                  </button>
                </form>
              ) : (
                ''
              ),
          },
        ]}
      />
      {props.cursor ? (
        <p class="links">
          <a href={href(ctx, `/admin/notices?cursor=${encodeURIComponent(props.cursor)}${props.status ? `&status=${props.status}` : ''}`)}>{t.more}</a>
        </p>
      ) : null}
    </DashboardLayout>
  );
}
