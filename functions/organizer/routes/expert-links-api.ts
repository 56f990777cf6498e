// Expert links (专家专属链接) in the API: issue or rotate one, list them, download them as CSV.
import { expertLinksCsv } from '../../../shared/experts/expert-link-list.js';
import { expertPageUrl, issueExpertKey } from '../../../shared/experts/expert-links.js';
import { formatDistrictTime } from '../../../shared/kernel/zoned-time.js';
import type { OrganizerDeps } from '../deps.js';
import { expertLinkDeps, expertLinksOf } from '../expert-deps.js';
import { audit, pathId, register, type OrganizerApp } from '../register-route.js';
import { publicBase } from '../survey-admin-deps.js';
import { csvResponse } from '../csv-response.js';

export function expertLinksApi(app: OrganizerApp, deps: OrganizerDeps): void {
  register(app, deps, 'POST /api/experts/:expertId/key', async (c) => {
    const expertId = pathId(c, 'expertId', 'expert');
    const record = await issueExpertKey(expertLinkDeps(deps), expertId);
    // The key stays out of the audit log, as a unit's does: the link is the expert's secret.
    await audit(deps, c, 'expert.key.issue', expertId);
    return c.json({ expertId, key: record.key, url: expertPageUrl(publicBase(deps, c.req.url), record.key), issuedAt: formatDistrictTime(record.issuedAt, deps.timeZone).replace('T', ' ') });
  });

  register(app, deps, 'GET /api/expert-links', async (c) => c.json({ experts: await expertLinksOf(deps, c.req.url) }));

  register(app, deps, 'GET /api/expert-links.csv', async (c) => csvResponse(c, '专家专属链接.csv', expertLinksCsv(await expertLinksOf(deps, c.req.url)), 'expert-links.csv'));
}
