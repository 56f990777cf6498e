// A notice as the dashboard and the API show it: district times, each robot named by kind and place in
// the list (never its URL), and the text to copy.
import { noticeMessages } from '../i18n/notice-messages.js';
import type { Locale } from '../kernel/locale.js';
import { formatDistrictTime } from '../kernel/zoned-time.js';
import { noticeText, type Notice } from './notice-schema.js';

export interface NoticeRobot {
  id: string;
  kind: string;
  position: number;
}

export function noticeView(notice: Notice, robots: readonly NoticeRobot[], timeZone: string, locale: Locale) {
  const t = noticeMessages(locale);
  const time = (iso: string) => formatDistrictTime(iso, timeZone).replace('T', ' ');
  const named = (id: string, kept?: { kind: string; position: number }) => {
    const robot = kept ?? robots.find((r) => r.id === id);
    return robot ? t.robot(robot.kind, robot.position) : t.removedRobot;
  };
  return {
    noticeId: notice.id,
    event: notice.event,
    ...(notice.about ? { about: notice.about } : {}),
    title: notice.message.title,
    text: noticeText(notice.message),
    status: notice.status,
    createdAt: time(notice.createdAt),
    ...(notice.nextAttemptAt && (notice.status === 'pending' || notice.status === 'failed') ? { nextAttemptAt: time(notice.nextAttemptAt) } : {}),
    deliveries: Object.entries(notice.deliveries).map(([id, d]) => ({
      robot: named(id, d.robot),
      state: d.state,
      attempts: d.attempts,
      ...(d.lastError ? { lastError: d.lastError } : {}),
      ...(d.sentAt ? { sentAt: time(d.sentAt) } : {}),
    })),
  };
}

export type NoticeView = ReturnType<typeof noticeView>;

/** Failed notices of the last 30 days: the workbench's to-do. */
export async function failedNoticeCount(notices: { since(since: string): Promise<Notice[]> }, now: Date): Promise<number> {
  return (await notices.since(new Date(now.getTime() - 30 * 86_400_000).toISOString())).filter((n) => n.status === 'failed').length;
}
