// The organizer routes' one way to tell the district's group robots of what they just did: after the
// action's own write, never failing it (see shared/notices/notifier.ts).
import type { Context } from 'hono';
import type { Lecture } from '../../shared/lectures/lecture-schema.js';
import type { LectureChangeResult } from '../../shared/lectures/change-lecture.js';
import type { Menu } from '../../shared/programme/menu-schema.js';
import type { NoticeDraft } from '../../shared/notices/notice-schema.js';
import type { MeetingChangeResult } from '../../shared/essays/change-exchange-meeting.js';
import type { ExchangeMeeting } from '../../shared/essays/exchange-meeting-schema.js';
import { lectureCancelledNotice, lectureChangedNotice, lectureScheduledNotice, meetingCancelledNotice, meetingChangedNotice, menuOpenedNotice, surveyOpenedNotice, type NoticeContext } from '../../shared/notices/notice-text.js';
import type { Survey } from '../../shared/survey/survey-schema.js';
import type { OrganizerDeps } from './deps.js';
import { publicBase } from './survey-admin-deps.js';

export function noticeContext(deps: OrganizerDeps, c: Context): NoticeContext {
  return { timeZone: deps.timeZone, baseUrl: publicBase(deps, c.req.url) };
}

/** Makes and records the notice; whatever goes wrong is logged, the action's answer is not touched. */
export async function notify(deps: OrganizerDeps, c: Context, draft: (context: NoticeContext) => NoticeDraft | undefined | Promise<NoticeDraft | undefined>): Promise<void> {
  if (!deps.notifier) return;
  try {
    const made = await draft(noticeContext(deps, c));
    if (made) await deps.notifier.notify(made);
  } catch (error) {
    deps.logger.error('notice not made', { path: c.req.path, error });
  }
}

/** The notices the organizer's actions send, one line at each route. */
export const noticeOf = {
  scheduled: (deps: OrganizerDeps, c: Context, lecture: Lecture) => notify(deps, c, (ctx) => lectureScheduledNotice(lecture, ctx)),
  changed: (deps: OrganizerDeps, c: Context, result: LectureChangeResult) =>
    notify(deps, c, (ctx) => (result.changed.length > 0 ? lectureChangedNotice(result.before, result.after, result.changed, result.reasked, ctx) : undefined)),
  cancelled: (deps: OrganizerDeps, c: Context, lecture: Lecture) => notify(deps, c, (ctx) => lectureCancelledNotice(lecture, ctx)),
  meetingChanged: (deps: OrganizerDeps, c: Context, result: MeetingChangeResult) => notify(deps, c, (ctx) => (result.changed.length > 0 ? meetingChangedNotice(result.before, result.after, result.changed, ctx) : undefined)),
  meetingCancelled: (deps: OrganizerDeps, c: Context, meeting: ExchangeMeeting) => notify(deps, c, (ctx) => meetingCancelledNotice(meeting, ctx)),
  /** A survey for units (not a lecture's feedback form) now open: its closing time from its settings. */
  surveyPublished: (deps: OrganizerDeps, c: Context, survey: Pick<Survey, 'id' | 'title' | 'kind'>) =>
    notify(deps, c, async (ctx) => (survey.kind === 'feedback' ? undefined : surveyOpenedNotice(survey, (await deps.store.surveySettings.get(survey.id)).closesAt, ctx))),
  menuPublished: (deps: OrganizerDeps, c: Context, menu: Menu) => notify(deps, c, (ctx) => menuOpenedNotice(menu, ctx)),
};
