// The notices (通知) as the API and the page list them, and sending one again: shared by both route files.
import type { Context } from 'hono';
import * as v from 'valibot';
import { InvalidReportFilterError } from '../../shared/errors.js';
import { NoticeStatusSchema, type NoticeStatus } from '../../shared/notices/notice-schema.js';
import { noticeView } from '../../shared/notices/notice-view.js';
import { resendNotice } from '../../shared/notices/notifier.js';
import { requestLocale } from '../http/error-handler.js';
import type { OrganizerDeps } from './deps.js';

/** ?status=, checked against the statuses a notice has. */
export function noticeStatusFilter(c: Context): NoticeStatus | undefined {
  const status = c.req.query('status');
  if (status === undefined || status === '') return undefined;
  const parsed = v.safeParse(NoticeStatusSchema, status);
  if (!parsed.success) throw new InvalidReportFilterError([{ field: 'status', message: 'status must be pending, sent, failed or unsent', zh: '状态须是 待发送、已发送、发送失败 或 未发送 之一。' }]);
  return parsed.output;
}

/** A page of notices (filtered to a status when asked) as the API and the page show them. */
export async function noticePage(deps: OrganizerDeps, c: Context) {
  const status = noticeStatusFilter(c);
  const limit = Math.min(Math.max(Math.trunc(Number(c.req.query('limit') ?? 50)) || 50, 1), 200);
  const page = await deps.store.notices.list({ limit, ...(c.req.query('cursor') ? { cursor: c.req.query('cursor') } : {}) });
  const robots = deps.noticeChannels ?? [];
  const notices = page.items.filter((n) => status === undefined || n.status === status).map((n) => noticeView(n, robots, deps.timeZone, requestLocale(c)));
  return { status, notices, ...(page.cursor ? { cursor: page.cursor } : {}) };
}

/** Sends a notice again (at once through the notifier; without one, at the schedule's next sweep). */
export async function sendAgain(deps: OrganizerDeps, c: Context, noticeId: string) {
  const notice = deps.notifier ? await deps.notifier.resend(noticeId) : await resendNotice({ notices: deps.store.notices, clock: deps.clock }, noticeId);
  return noticeView(notice, deps.noticeChannels ?? [], deps.timeZone, requestLocale(c));
}
