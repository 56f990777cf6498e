// The expert links page (专家专属链接), its issue/rotate form (a rotation asks first) and the A4 QR sheet.
import type { Context } from 'hono';
import QRCode from 'qrcode';
import { issueExpertKey } from '../../../shared/experts/expert-links.js';
import { RecordNotFoundError } from '../../../shared/errors.js';
import { expertLinkMessages } from '../../../shared/i18n/expert-messages.js';
import { renderPage } from '../../http/render.js';
import type { OrganizerEnv } from '../access-guard.js';
import { confirmationPage, isConfirmed } from '../confirm-first.js';
import type { OrganizerDeps } from '../deps.js';
import { expertLinkDeps, expertLinksOf } from '../expert-deps.js';
import { ExpertLinksPage } from '../pages/expert-links-page.js';
import { QrSheetPage } from '../pages/unit-links-page.js';
import { audit, pathId, register, type OrganizerApp } from '../register-route.js';
import { publicBase } from '../survey-admin-deps.js';
import { formFields, pageContext } from '../page-context.js';
import { onRefusal } from '../../http/refused-form.js';

export function expertLinksPages(app: OrganizerApp, deps: OrganizerDeps): void {
  const linksPage = async (c: Context<OrganizerEnv>, extra: { problems?: string[]; issued?: string } = {}) =>
    renderPage(c, <ExpertLinksPage ctx={pageContext(c)} rows={await expertLinksOf(deps, c.req.url)} {...extra} />);

  register(app, deps, 'GET /admin/experts/links', (c) => linksPage(c));

  register(app, deps, 'POST /admin/experts/:expertId/key', async (c) => {
    const expertId = pathId(c, 'expertId', 'expert');
    const fields = await formFields(c);
    // A first link breaks nothing; a new one kills the link the expert already has: that is asked first.
    if (!isConfirmed(fields) && (await deps.store.expertLinks.list()).some((k) => k.expertId === expertId)) {
      const expert = await deps.store.catalogueRecords.get('experts', expertId);
      if (!expert) throw new RecordNotFoundError('expert', expertId);
      return confirmationPage(c, fields, { kind: 'rotateExpertKey', who: expert.name, action: `/admin/experts/${expertId}/key`, back: '/admin/experts/links' });
    }
    onRefusal(c, (refusal) => linksPage(c, { problems: refusal.lines }));
    const record = await issueExpertKey(expertLinkDeps(deps), expertId);
    await audit(deps, c, 'expert.key.issue', expertId);
    return linksPage(c, { issued: `${publicBase(deps, c.req.url)}/e/${record.key}` });
  });

  register(app, deps, 'GET /admin/experts/links/qr', async (c) => {
    const rows = (await expertLinksOf(deps, c.req.url)).filter((r) => r.url);
    const cards = await Promise.all(rows.map(async (r) => ({ name: r.name, frontName: r.organisation, url: r.url!, svg: await QRCode.toString(r.url!, { type: 'svg', margin: 1 }) })));
    const t = expertLinkMessages(pageContext(c).locale);
    return renderPage(c, <QrSheetPage ctx={pageContext(c)} cards={cards} words={{ title: t.qrTitle, help: t.qrHelp }} />);
  });
}
