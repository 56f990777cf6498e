// The reminder buttons of the survey and menu status boards and of a lecture's page (催办, 催办反馈): asked
// first, then the board (or lecture) again with each reminded unit's message to copy. A refusal (not
// published, closed, the lecture not started) shows on the same page.
import type { Context } from 'hono';
import { getLecture } from '../../../shared/lectures/schedule-lecture.js';
import { getMenu } from '../../../shared/programme/manage-menus.js';
import { requestBoard } from '../../../shared/programme/request-board.js';
import { reminderText, statusBoard } from '../../../shared/programme/status-board.js';
import type { ReminderRun } from '../../../shared/reminders/remind-units.js';
import { formatDistrictTime } from '../../../shared/kernel/zoned-time.js';
import { zoneName } from '../../../shared/i18n/zone-names.js';
import { onRefusal } from '../../http/refused-form.js';
import { renderPage } from '../../http/render.js';
import type { OrganizerEnv } from '../access-guard.js';
import { confirmationPage, isConfirmed } from '../confirm-first.js';
import type { OrganizerDeps } from '../deps.js';
import { renderLecturePage } from '../lecture-page-view.js';
import { RequestBoardPage } from '../pages/menu-pages.js';
import { StatusBoardPage } from '../pages/status-board-page.js';
import { formFields, pageContext } from '../page-context.js';
import { pathId, register, type OrganizerApp } from '../register-route.js';
import { runReminders } from '../reminders.js';
import { shareUrl } from '../survey-admin-deps.js';

export function reminderPages(app: OrganizerApp, deps: OrganizerDeps): void {
  const time = (iso: string) => formatDistrictTime(iso, deps.timeZone).replace('T', ' ');
  const { store } = deps;

  const surveyBoard = async (c: Context<OrganizerEnv>, surveyId: string, shown: { run?: ReminderRun; problems?: string[] }) => {
    const board = await statusBoard({ surveys: store.surveys, counters: store.counters, catalogue: store.catalogue, surveyAdmin: store.surveyAdmin, accounts: store.accounts }, surveyId);
    return renderPage(c, <StatusBoardPage ctx={pageContext(c)} board={board} reminder={reminderText(board, shareUrl(deps, c.req.url, surveyId))} time={time} {...shown} />);
  };

  const menuBoard = async (c: Context<OrganizerEnv>, menuId: string, shown: { run?: ReminderRun; problems?: string[] }) => {
    const board = await requestBoard({ menus: store.menus, requests: store.requests, catalogue: store.catalogue }, menuId);
    return renderPage(c, <RequestBoardPage ctx={pageContext(c)} board={board} time={time} zone={zoneName(deps.timeZone, pageContext(c).locale)} filter={{}} {...shown} />);
  };

  register(app, deps, 'POST /admin/surveys/:surveyId/reminders', async (c) => {
    const surveyId = pathId(c, 'surveyId', 'survey');
    const fields = await formFields(c);
    if (!isConfirmed(fields)) {
      const { survey } = await statusBoard({ surveys: store.surveys, counters: store.counters, catalogue: store.catalogue, surveyAdmin: store.surveyAdmin, accounts: store.accounts }, surveyId);
      return confirmationPage(c, fields, { kind: 'remindUnits', who: survey.title, action: `/admin/surveys/${surveyId}/reminders`, back: `/admin/surveys/${surveyId}/status` });
    }
    onRefusal(c, (refusal) => surveyBoard(c, surveyId, { problems: refusal.lines }));
    const run = await runReminders(deps, c, 'survey', surveyId);
    return surveyBoard(c, surveyId, { run });
  });

  register(app, deps, 'POST /admin/menus/:menuId/reminders', async (c) => {
    const menuId = pathId(c, 'menuId', 'menu');
    const fields = await formFields(c);
    if (!isConfirmed(fields)) {
      const menu = await getMenu(store, menuId);
      return confirmationPage(c, fields, { kind: 'remindUnits', who: menu.title, action: `/admin/menus/${menuId}/reminders`, back: `/admin/menus/${menuId}` });
    }
    onRefusal(c, (refusal) => menuBoard(c, menuId, { problems: refusal.lines }));
    const run = await runReminders(deps, c, 'menu', menuId);
    return menuBoard(c, menuId, { run });
  });

  register(app, deps, 'POST /admin/lectures/:lectureId/reminders', async (c) => {
    const lectureId = pathId(c, 'lectureId', 'lecture');
    const fields = await formFields(c);
    if (!isConfirmed(fields)) {
      const lecture = await getLecture(store.lectures, lectureId);
      return confirmationPage(c, fields, { kind: 'remindFeedback', who: lecture.topicTitle, action: `/admin/lectures/${lectureId}/reminders`, back: `/admin/lectures/${lectureId}` });
    }
    onRefusal(c, (refusal) => (refusal.status === 404 ? undefined : renderLecturePage(deps, c, lectureId, { problems: refusal.lines })));
    const run = await runReminders(deps, c, 'lecture', lectureId);
    return renderLecturePage(deps, c, lectureId, { run });
  });
}
