// The notices page (通知) and its send-again form.
import type { Context } from 'hono';
import { noticeMessages } from '../../../shared/i18n/notice-messages.js';
import { renderPage } from '../../http/render.js';
import type { OrganizerEnv } from '../access-guard.js';
import type { OrganizerDeps } from '../deps.js';
import { href } from '../pages/dashboard-layout.js';
import { NoticesPage } from '../pages/notices-page.js';
import { audit, pathId, register, type OrganizerApp } from '../register-route.js';
import { formFields, pageContext } from '../page-context.js';
import { onRefusal } from '../../http/refused-form.js';
import { noticePage, sendAgain } from '../notice-list.js';

export function noticesPages(app: OrganizerApp, deps: OrganizerDeps): void {
  const page = async (c: Context<OrganizerEnv>, extra: { flash?: string; problems?: string[] } = {}) => {
    const ctx = pageContext(c);
    const t = noticeMessages(ctx.locale);
    const { notices, cursor, status: filter } = await noticePage(deps, c);
    const robots = deps.noticeChannels?.map((r) => t.robot(r.kind, r.position));
    return renderPage(
      c,
      <NoticesPage ctx={ctx} notices={notices} {...(robots ? { robots } : {})} mayRetry={c.get('session').role !== 'viewer'} {...(filter ? { status: filter } : {})} {...(cursor ? { cursor } : {})} {...extra} />,
    );
  };

  register(app, deps, 'GET /admin/notices', (c) => page(c, c.req.query('retried') ? { flash: noticeMessages(pageContext(c).locale).retried } : {}));

  register(app, deps, 'POST /admin/notices/:noticeId/retry', async (c) => {
    const noticeId = pathId(c, 'noticeId', 'notice');
    await formFields(c);
    onRefusal(c, (refusal) => page(c, { problems: refusal.lines }));
    await sendAgain(deps, c, noticeId);
    await audit(deps, c, 'notice.retry', noticeId);
    return c.redirect(href(pageContext(c), '/admin/notices?retried=1'), 303);
  });
}
