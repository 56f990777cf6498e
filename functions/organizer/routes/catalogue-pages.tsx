// The catalogue pages: the list with add forms, each record's edit form, retire and restore. A refused
// form comes back with what was typed and each problem beside its field, in the page's language.
import type { Context } from 'hono';
import { createRecord, replaceRecord, setRetired } from '../../../shared/catalogue-admin/catalogue-edits.js';
import { formValuesOf, recordFormValues, recordInputFromForm } from '../../../shared/catalogue-admin/catalogue-form.js';
import { CatalogueInputError, RecordNotFoundError } from '../../../shared/errors.js';
import type { CatalogueSection } from '../../../shared/catalogue/catalogue-store.js';
import { mapError, requestLocale } from '../../http/error-handler.js';
import { renderPage } from '../../http/render.js';
import type { OrganizerEnv } from '../access-guard.js';
import type { OrganizerDeps } from '../deps.js';
import { recentScores } from '../../../shared/lectures/recent-scores.js';
import { CataloguePage, CatalogueRecordPage, recordLabel, type CatalogueDraft } from '../pages/catalogue-page.js';
import { href } from '../pages/dashboard-layout.js';
import { audit, pathId, register, type OrganizerApp } from '../register-route.js';
import { catalogueEditDeps, sectionParam } from './catalogue-api.js';
import { formFields, pageContext, problemsOf } from './dashboard-pages.js';
import { confirmationPage, isConfirmed } from '../confirm-first.js';

/** Record fields a form shows; a problem with any other (the id, the active limit) is shown above the form. */
const FORM_FIELDS = new Set(['name', 'nameEn', 'title', 'titleEn', 'summary', 'summaryEn', 'front', 'theme', 'organisation', 'topics']);

/** A refusal as problems by form field ("" above the form), in the page's language; unknown errors go on to the error handler. */
function fieldProblems(c: Context, error: unknown): { status: 400 | 404 | 409 | 422; problems: Record<string, string[]> } {
  if (!(error instanceof CatalogueInputError)) {
    const { status, lines } = problemsOf(c, error);
    return { status: status as 400 | 404 | 409 | 422, problems: { '': lines } };
  }
  const problems: Record<string, string[]> = {};
  for (const issue of mapError(error, requestLocale(c))?.issues ?? []) {
    const base = (issue.field ?? '').split('.')[0] ?? '';
    const field = FORM_FIELDS.has(base) ? base : '';
    (problems[field] ??= []).push(issue.message);
  }
  return { status: 422, problems };
}

export function cataloguePages(app: OrganizerApp, deps: OrganizerDeps): void {
  const editDeps = catalogueEditDeps(deps);
  const listPage = async (c: Context<OrganizerEnv>, draft?: CatalogueDraft, status: 200 | 400 | 404 | 409 | 422 = 200) =>
    renderPage(c, <CataloguePage ctx={pageContext(c)} catalogue={await deps.store.catalogue.load()} draft={draft} recent={await recentScores(deps.store.lectures, deps.clock.now())} />, status);

  register(app, deps, 'GET /admin/catalogue', (c) => listPage(c));

  register(app, deps, 'POST /admin/catalogue/:section', async (c) => {
    const section = sectionParam(c);
    const fields = await formFields(c);
    try {
      const record = await createRecord(editDeps, section, recordInputFromForm(section, fields));
      await audit(deps, c, `catalogue.${section}.create`, record.id);
      return c.redirect(href(pageContext(c), `/admin/catalogue#h-${section}`), 303);
    } catch (error) {
      const { status, problems } = fieldProblems(c, error);
      return listPage(c, { section, values: formValuesOf(section, fields), problems }, status);
    }
  });

  const recordPage = async (c: Context<OrganizerEnv>, section: CatalogueSection, id: string, posted?: URLSearchParams) => {
    const catalogue = await deps.store.catalogue.load();
    const record = catalogue[section].find((item) => item.id === id);
    if (!record) throw new RecordNotFoundError(section, id);
    if (!posted) return renderPage(c, <CatalogueRecordPage ctx={pageContext(c)} catalogue={catalogue} section={section} record={record} values={recordFormValues(section, record)} problems={{}} />);
    try {
      await replaceRecord(editDeps, section, id, recordInputFromForm(section, posted, record));
      await audit(deps, c, `catalogue.${section}.edit`, id);
      return c.redirect(href(pageContext(c), `/admin/catalogue#h-${section}`), 303);
    } catch (error) {
      const { status, problems } = fieldProblems(c, error);
      return renderPage(c, <CatalogueRecordPage ctx={pageContext(c)} catalogue={catalogue} section={section} record={record} values={formValuesOf(section, posted)} problems={problems} />, status);
    }
  };

  register(app, deps, 'GET /admin/catalogue/:section/:id', (c) => {
    const section = sectionParam(c);
    return recordPage(c, section, pathId(c, 'id', section));
  });

  register(app, deps, 'POST /admin/catalogue/:section/:id', async (c) => {
    const section = sectionParam(c);
    const id = pathId(c, 'id', section);
    return recordPage(c, section, id, await formFields(c));
  });

  register(app, deps, 'POST /admin/catalogue/:section/:id/retire', async (c) => {
    const section = sectionParam(c);
    const id = pathId(c, 'id', section);
    const fields = await formFields(c);
    const retired = fields.get('retired') !== '0';
    // Restoring undoes itself; retiring takes a record out of every new pick list, so it is asked first.
    if (retired && !isConfirmed(fields)) {
      const record = await deps.store.catalogueRecords.get(section, id);
      if (!record) throw new RecordNotFoundError(section, id);
      return confirmationPage(c, fields, { kind: 'retireRecord', who: recordLabel(section, record), action: `/admin/catalogue/${section}/${id}/retire`, back: `/admin/catalogue#h-${section}` });
    }
    await setRetired(editDeps, section, id, retired);
    await audit(deps, c, `catalogue.${section}.${retired ? 'retire' : 'restore'}`, id);
    return c.redirect(href(pageContext(c), `/admin/catalogue#h-${section}`), 303);
  });
}
