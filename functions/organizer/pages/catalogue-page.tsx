// The catalogue: every section listed; admins get add forms and retire/restore buttons.
import type { Catalogue } from '../../../shared/catalogue/catalogue-schema.js';
import { CATALOGUE_SECTIONS } from '../../../shared/catalogue/catalogue-edits.js';
import { dashboardMessages } from '../../../shared/i18n/dashboard-messages.js';
import type { CatalogueRecord, CatalogueSection } from '../../../shared/storage/ports.js';
import { DashboardLayout, href, Problems, type PageContext } from './dashboard-layout.js';
import type { RecentScores } from '../../../shared/lectures/recent-scores.js';
import { RecentScoreCell } from './recent-score.js';

type T = ReturnType<typeof dashboardMessages>;

function describe(section: CatalogueSection, record: CatalogueRecord, catalogue: Catalogue): string {
  const nameOf = (list: readonly { id: string; name?: string; title?: string }[], id: string) => {
    const found = list.find((item) => item.id === id);
    return found?.name ?? found?.title ?? id;
  };
  switch (section) {
    case 'units':
      return nameOf(catalogue.fronts, (record as Catalogue['units'][number]).front);
    case 'topics':
      return nameOf(catalogue.themes, (record as Catalogue['topics'][number]).theme);
    case 'experts': {
      const expert = record as Catalogue['experts'][number];
      return `${expert.title} · ${expert.organisation}`;
    }
    default:
      return '';
  }
}

function label(record: CatalogueRecord): string {
  return 'title' in record && typeof record.title === 'string' && !('organisation' in record) ? record.title : (record as { name: string }).name;
}

function Field({ section, name, text, required = true }: { section: string; name: string; text: string; required?: boolean }) {
  return (
    <div>
      <label for={`${section}-${name}`}>{text}</label>
      <input id={`${section}-${name}`} name={name} type="text" required={required} />
    </div>
  );
}

function AddForm({ ctx, section, t }: { ctx: PageContext; section: CatalogueSection; t: T }) {
  const fields: [string, string, boolean?][] = {
    fronts: [['id', t.id], ['name', t.name]],
    units: [['id', t.id], ['name', t.name], ['front', t.front]],
    themes: [['id', t.id], ['name', t.name]],
    topics: [['id', t.id], ['title', t.title], ['theme', t.theme], ['summary', t.summary, false]],
    experts: [['id', t.id], ['name', t.name], ['title', t.expertTitle], ['organisation', t.organisation], ['topics', t.topicIds, false]],
  }[section] as [string, string, boolean?][];
  return (
    <form method="post" action={href(ctx, `/admin/catalogue/${section}`)}>
      <fieldset class="box">
        <legend>
          {t.add} · {t.catalogueSections[section]}
        </legend>
        <div class="row">
          {fields.map(([name, text, required]) => (
            <Field section={section} name={name} text={text} required={required !== false} />
          ))}
        </div>
        <button type="submit">{t.add}</button>
      </fieldset>
    </form>
  );
}

export function CataloguePage({ ctx, catalogue, problems, recent }: { ctx: PageContext; catalogue: Catalogue; problems?: string[]; recent?: RecentScores }) {
  const t = dashboardMessages(ctx.locale);
  const isAdmin = ctx.account?.role === 'admin';
  return (
    <DashboardLayout ctx={ctx} title={t.catalogue}>
      <h1>{t.catalogue}</h1>
      <Problems title={t.problems} items={problems ?? []} />
      {isAdmin ? null : <p class="help">{t.adminOnly}</p>}
      {CATALOGUE_SECTIONS.map((section) => (
        <section aria-labelledby={`h-${section}`}>
          <h2 id={`h-${section}`}>{t.catalogueSections[section]}</h2>
          <table>
            <tbody>
              {(catalogue[section] as CatalogueRecord[]).map((record) => (
                <tr>
                  <td>
                    <code>{record.id}</code>
                  </td>
                  <td>
                    {label(record)} {record.retired ? <span class="status">{t.retired}</span> : null}
                  </td>
                  <td class="muted">{describe(section, record, catalogue)}</td>
                  <RecentScoreCell section={section} id={record.id} recent={recent} locale={ctx.locale} />
                  {isAdmin ? (
                    <td>
                      <form method="post" action={href(ctx, `/admin/catalogue/${section}/${record.id}/retire`)}>
                        <input type="hidden" name="retired" value={record.retired ? '0' : '1'} />
                        <button type="submit" class="secondary">
                          {record.retired ? t.restore : t.retire}
                        </button>
                      </form>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
          {isAdmin ? <AddForm ctx={ctx} section={section} t={t} /> : null}
        </section>
      ))}
    </DashboardLayout>
  );
}
