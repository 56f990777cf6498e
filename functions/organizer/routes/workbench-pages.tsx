// The organizer's home (年度工作台) at /admin; survey-list links from before it go on to /admin/surveys.
import { accountScope } from '../../../shared/accounts/scope.js';
import { yearWorkbench } from '../../../shared/workbench/year-workbench.js';
import { renderPage } from '../../http/render.js';
import { failedNoticeCount } from '../../../shared/notices/notice-view.js';
import type { OrganizerDeps } from '../deps.js';
import { WorkbenchPage } from '../pages/workbench-page.js';
import { register, type OrganizerApp } from '../register-route.js';
import { pageContext } from '../page-context.js';

/** The survey list's query parameters, from when /admin was the list. */
const LIST_QUERY = ['q', 'kind', 'status', 'year', 'archived'];

export function workbenchPages(app: OrganizerApp, deps: OrganizerDeps): void {
  register(app, deps, 'GET /admin', async (c) => {
    const url = new URL(c.req.url);
    if (LIST_QUERY.some((name) => url.searchParams.has(name))) return c.redirect(`/admin/surveys${url.search}`, 302);
    const scope = accountScope(c.get('session'));
    const [wb, failedNotices] = await Promise.all([
      yearWorkbench({ ...deps.store, clock: deps.clock, timeZone: deps.timeZone }, scope),
      // Notices are the district's: a front-limited account neither sees nor sends them.
      scope ? Promise.resolve(0) : failedNoticeCount(deps.store.notices, deps.clock.now()),
    ]);
    wb.failedNotices = failedNotices;
    return renderPage(c, <WorkbenchPage ctx={pageContext(c)} wb={wb} />);
  });
}
