// Notices (通知) in the API: the list with each robot's outcome, and sending one again.
import type { OrganizerDeps } from '../deps.js';
import { audit, pathId, register, type OrganizerApp } from '../register-route.js';
import { noticePage, sendAgain } from '../notice-list.js';

export function noticesApi(app: OrganizerApp, deps: OrganizerDeps): void {
  register(app, deps, 'GET /api/notices', async (c) => {
    const { notices, cursor } = await noticePage(deps, c);
    return c.json({ notices, ...(cursor ? { cursor } : {}) });
  });

  register(app, deps, 'POST /api/notices/:noticeId/retry', async (c) => {
    const noticeId = pathId(c, 'noticeId', 'notice');
    const notice = await sendAgain(deps, c, noticeId);
    await audit(deps, c, 'notice.retry', noticeId);
    return c.json({ notice });
  });
}
