// The catalogue pages: the list with add forms, each record's edit form, retire and restore. A refused
// form comes back with what was typed and each problem beside its field, in the page's language.
import type { Context } from 'hono';
import { createRecord, replaceRecord, setRetired } from '../../../shared/catalogue-admin/catalogue-edits.js';
import { formValuesOf, recordFormValues, recordInputFromForm } from '../../../shared/catalogue-admin/catalogue-form.js';
import { CatalogueInputError, RecordNotFoundError } from '../../../shared/errors.js';
import type { CatalogueSection } from '../../../shared/catalogue/catalogue-store.js';
import { onRefusal, type Refusal } from '../../http/refused-form.js';
import { renderPage } from '../../http/render.js';
import type { OrganizerEnv } from '../access-guard.js';
import type { OrganizerDeps } from '../deps.js';
import { recentScores } from '../../../shared/lectures/recent-scores.js';
import { CataloguePage, CatalogueRecordPage, recordLabel, type CatalogueDraft } from '../pages/catalogue-page.js';
import { href } from '../pages/dashboard-layout.js';
import { audit, pathId, register, type OrganizerApp } from '../register-route.js';
import { catalogueEditDeps, sectionParam } from '../catalogue-deps.js';
import { formFields, pageContext } from '../page-context.js';
import { confirmationPage, isConfirmed } from '../confirm-first.js';

/** Record fields a form shows; a problem with any other (the id, the active limit) is shown above the form. */
const FORM_FIELDS = new Set(['name', 'nameEn', 'title', 'titleEn', 'summary', 'summaryEn', 'front', 'theme', 'organisation', 'topics', 'yearTarget']);

/** A refusal as problems by form field ("" above the form), in the page's language. */
function fieldProblems(refusal: Refusal): Record<string, string[]> {
  // A refusal about the record as a whole (an id taken, the store busy) says so above the form.
  if (!(refusal.error instanceof CatalogueInputError)) return { '': refusal.lines };
  const problems: Record<string, string[]> = {};
  for (const issue of refusal.issues) {
    const base = (issue.field ?? '').split('.')[0] ?? '';
    (problems[FORM_FIELDS.has(base) ? base : ''] ??= []).push(issue.message);
  }
  return problems;
}

export function cataloguePages(app: OrganizerApp, deps: OrganizerDeps): void {
  const editDeps = catalogueEditDeps(deps);
  const listPage = async (c: Context<OrganizerEnv>, draft?: CatalogueDraft) =>
    renderPage(c, <CataloguePage ctx={pageContext(c)} catalogue={await deps.store.catalogue.load()} draft={draft} recent={await recentScores(deps.store.lectures, deps.clock.now())} />);

  register(app, deps, 'GET /admin/catalogue', (c) => listPage(c));

  register(app, deps, 'POST /admin/catalogue/:section', async (c) => {
    const section = sectionParam(c);
    const fields = await formFields(c);
    onRefusal(c, (refusal) => listPage(c, { section, values: formValuesOf(section, fields), problems: fieldProblems(refusal) }));
    const record = await createRecord(editDeps, section, recordInputFromForm(section, fields));
    await audit(deps, c, `catalogue.${section}.create`, record.id);
    return c.redirect(href(pageContext(c), `/admin/catalogue#h-${section}`), 303);
  });

  const recordPage = async (c: Context<OrganizerEnv>, section: CatalogueSection, id: string, posted?: URLSearchParams) => {
    const catalogue = await deps.store.catalogue.load();
    const record = catalogue[section].find((item) => item.id === id);
    if (!record) throw new RecordNotFoundError(section, id);
    if (!posted) return renderPage(c, <CatalogueRecordPage ctx={pageContext(c)} catalogue={catalogue} section={section} record={record} values={recordFormValues(section, record)} problems={{}} />);
    onRefusal(c, (refusal) => renderPage(c, <CatalogueRecordPage ctx={pageContext(c)} catalogue={catalogue} section={section} record={record} values={formValuesOf(section, posted)} problems={fieldProblems(refusal)} />));
    await replaceRecord(editDeps, section, id, recordInputFromForm(section, posted, record));
    await audit(deps, c, `catalogue.${section}.edit`, id);
    return c.redirect(href(pageContext(c), `/admin/catalogue#h-${section}`), 303);
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
