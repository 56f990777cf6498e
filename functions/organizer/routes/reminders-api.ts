// The reminder API (催办): each silent unit's message with its own link, for a survey, a menu or a lecture's feedback.
import type { OrganizerDeps } from '../deps.js';
import { pathId, register, type OrganizerApp } from '../register-route.js';
import { reminderAnswer, runReminders } from '../reminders.js';

export function remindersApi(app: OrganizerApp, deps: OrganizerDeps): void {
  register(app, deps, 'POST /api/surveys/:surveyId/reminders', async (c) => {
    const run = await runReminders(deps, c, 'survey', pathId(c, 'surveyId', 'survey'), c.req.valid('query').gap);
    return c.json(reminderAnswer(run));
  });

  register(app, deps, 'POST /api/menus/:menuId/reminders', async (c) => {
    const run = await runReminders(deps, c, 'menu', pathId(c, 'menuId', 'menu'), c.req.valid('query').gap);
    return c.json(reminderAnswer(run));
  });

  register(app, deps, 'POST /api/lectures/:lectureId/reminders', async (c) => {
    const run = await runReminders(deps, c, 'lecture', pathId(c, 'lectureId', 'lecture'), c.req.valid('query').gap);
    return c.json(reminderAnswer(run));
  });
}
