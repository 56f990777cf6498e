// The import page's form posts: a file gives the preview; "apply" carries the same file back (base64url in
// a hidden field, at most 256 KB of file: well under the body limit) and the server plans it again before
// writing, so a client-sent plan is never trusted.
import { importReport } from '../../../shared/catalogue-admin/import-report.js';
import { requestLocale } from '../../http/error-handler.js';
import { onRefusal } from '../../http/refused-form.js';
import { renderPage } from '../../http/render.js';
import type { OrganizerDeps } from '../deps.js';
import { CatalogueImportPage } from '../pages/catalogue-import-page.js';
import { register, type OrganizerApp } from '../register-route.js';
import { runImport } from '../catalogue-deps.js';
import { postedFile } from '../posted-file.js';
import { pageContext } from '../page-context.js';

export function catalogueImportPages(app: OrganizerApp, deps: OrganizerDeps): void {
  register(app, deps, 'GET /admin/catalogue-import', (c) => renderPage(c, <CatalogueImportPage ctx={pageContext(c)} />));

  register(app, deps, 'POST /admin/catalogue-import', async (c) => {
    onRefusal(c, (refusal) => renderPage(c, <CatalogueImportPage ctx={pageContext(c)} problems={refusal.lines} />));
    const { bytes, apply } = await postedFile(c);
    const plan = await runImport(deps, c, bytes, apply);
    const report = importReport(plan, apply, requestLocale(c));
    return renderPage(c, <CatalogueImportPage ctx={pageContext(c)} report={report} content={apply ? undefined : Buffer.from(bytes).toString('base64url')} />);
  });
}
