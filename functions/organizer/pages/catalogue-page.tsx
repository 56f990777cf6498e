// The catalogue: every section listed by name; admins add records (ids generated), edit each in place,
// retire and restore; fronts, themes and an expert's topics are chosen from lists. Works without JavaScript.
import type { Catalogue } from '../../../shared/catalogue/catalogue-schema.js';
import { CATALOGUE_SECTIONS } from '../../../shared/catalogue-admin/catalogue-edits.js';
import { CATALOGUE_FORM_FIELDS, type CatalogueFormField } from '../../../shared/catalogue-admin/catalogue-form.js';
import { catalogueLabels, type CatalogueLabels } from '../../../shared/i18n/catalogue-labels.js';
import { dashboardMessages } from '../../../shared/i18n/dashboard-messages.js';
import type { CatalogueRecord, CatalogueSection } from '../../../shared/catalogue/catalogue-store.js';
import { catalogueStyle } from './catalogue-style.js';
import { DashboardLayout, href, Problems, type PageContext } from './dashboard-layout.js';
import type { RecentScores } from '../../../shared/lectures/recent-scores.js';
import { RecentScore } from './recent-score.js';
import { DataTable } from './data-table.js';

type T = ReturnType<typeof dashboardMessages>;

/** A form shown again after a refusal: what was typed and the problems, by field ("" for the form as a whole). */
export interface CatalogueDraft {
  section: CatalogueSection;
  values: Record<string, string[]>;
  problems: Record<string, string[]>;
}

const nameOf = (list: readonly { id: string; name?: string; title?: string }[], id: string) => {
  const found = list.find((item) => item.id === id);
  return found?.name ?? found?.title ?? id;
};

function describe(section: CatalogueSection, record: CatalogueRecord, catalogue: Catalogue): string {
  switch (section) {
    case 'units':
      return nameOf(catalogue.fronts, (record as Catalogue['units'][number]).front);
    case 'topics':
      return nameOf(catalogue.themes, (record as Catalogue['topics'][number]).theme);
    case 'experts': {
      const expert = record as Catalogue['experts'][number];
      const topics = expert.topics.map((id) => nameOf(catalogue.topics, id));
      return [`${expert.title} · ${expert.organisation}`, ...(topics.length ? [topics.join('；')] : [])].join(' — ');
    }
    default:
      return '';
  }
}

export function recordLabel(section: CatalogueSection, record: CatalogueRecord): string {
  return section === 'topics' ? (record as Catalogue['topics'][number]).title : (record as { name: string }).name;
}

function englishLabel(section: CatalogueSection, record: CatalogueRecord): string | undefined {
  return section === 'topics' ? (record as Catalogue['topics'][number]).titleEn : (record as { nameEn?: string }).nameEn;
}

function fieldLabel(section: CatalogueSection, field: string, l: CatalogueLabels): string {
  if (section === 'experts' && field === 'title') return l.expertTitle;
  if (section === 'experts' && field === 'organisation') return l.organisation;
  if (section === 'experts' && field === 'name') return l.personName;
  if (section === 'experts' && field === 'nameEn') return l.personNameEn;
  return (l as unknown as Record<string, string>)[field] ?? field;
}

function FieldErrors({ id, items }: { id: string; items: readonly string[] }) {
  return items.length === 0 ? null : (
    <ul class="field-err" id={id}>
      {items.map((m) => (
        <li>{m}</li>
      ))}
    </ul>
  );
}

/** Choices for a front or theme select: active records, and a retired one only when it is the current choice. */
function choices(list: readonly { id: string; name: string; retired?: boolean }[], chosen: string | undefined, t: T) {
  return list.filter((item) => !item.retired || item.id === chosen).map((item) => ({ id: item.id, label: item.retired ? `${item.name}（${t.retired}）` : item.name }));
}

function RecordField({ ctx, formId, section, field, values, problems, catalogue }: { ctx: PageContext; formId: string; section: CatalogueSection; field: CatalogueFormField; values: Record<string, string[]>; problems: Record<string, string[]>; catalogue: Catalogue }) {
  const l = catalogueLabels(ctx.locale);
  const t = dashboardMessages(ctx.locale);
  const id = `${formId}-${field.name}`;
  const errors = problems[field.name] ?? [];
  const invalid = errors.length > 0 ? 'true' : undefined;
  const describedBy = errors.length > 0 ? `${id}-err` : undefined;
  const value = values[field.name]?.[0] ?? '';
  const label = fieldLabel(section, field.name, l);
  if (field.kind === 'topics') {
    const chosen = new Set(values[field.name] ?? []);
    const topics = catalogue.topics.filter((topic) => !topic.retired || chosen.has(topic.id));
    return (
      <fieldset class="list topics" aria-describedby={describedBy}>
        <legend>{label}</legend>
        <FieldErrors id={`${id}-err`} items={errors} />
        {topics.length === 0 ? <p class="help">{l.noTopics}</p> : null}
        {topics.map((topic, i) => (
          <label class="inline" for={`${id}-${i}`}>
            <input type="checkbox" id={`${id}-${i}`} name="topics" value={topic.id} checked={chosen.has(topic.id)} />
            {topic.retired ? `${topic.title}（${t.retired}）` : topic.title}
          </label>
        ))}
      </fieldset>
    );
  }
  const control =
    field.kind === 'front' || field.kind === 'theme' ? (
      <select id={id} name={field.name} required aria-invalid={invalid} aria-describedby={describedBy}>
        <option value="">{l.choose}</option>
        {choices(field.kind === 'front' ? catalogue.fronts : catalogue.themes, value, t).map((option) => (
          <option value={option.id} selected={option.id === value}>
            {option.label}
          </option>
        ))}
      </select>
    ) : field.kind === 'count' ? (
      <input id={id} name={field.name} type="number" inputmode="numeric" min={0} max={999} step={1} value={value} aria-invalid={invalid} aria-describedby={describedBy} />
    ) : field.kind === 'textarea' ? (
      <textarea id={id} name={field.name} rows={3} maxlength={field.max} aria-invalid={invalid} aria-describedby={describedBy}>
        {value}
      </textarea>
    ) : (
      <input id={id} name={field.name} type="text" maxlength={field.max} value={value} required={field.required} aria-invalid={invalid} aria-describedby={describedBy} />
    );
  return (
    <div class={field.kind === 'textarea' ? 'wide' : undefined}>
      <label for={id}>{label}</label>
      {control}
      <FieldErrors id={`${id}-err`} items={errors} />
    </div>
  );
}

/** A record's fields: the Chinese ones first, then the optional English names. */
export function RecordFields(props: { ctx: PageContext; formId: string; section: CatalogueSection; values: Record<string, string[]>; problems: Record<string, string[]>; catalogue: Catalogue }) {
  const l = catalogueLabels(props.ctx.locale);
  const fields = CATALOGUE_FORM_FIELDS[props.section];
  return (
    <>
      <FieldErrors id={`${props.formId}-err`} items={props.problems[''] ?? []} />
      <div class="row">
        {fields.filter((f) => !f.english && f.kind !== 'topics').map((field) => (
          <RecordField {...props} field={field} />
        ))}
      </div>
      {fields.filter((f) => f.kind === 'topics').map((field) => (
        <RecordField {...props} field={field} />
      ))}
      <div class="row english">
        {fields.filter((f) => f.english).map((field) => (
          <RecordField {...props} field={field} />
        ))}
      </div>
      <p class="help">{l.englishNote}</p>
    </>
  );
}

function AddForm({ ctx, section, catalogue, draft, t }: { ctx: PageContext; section: CatalogueSection; catalogue: Catalogue; draft?: CatalogueDraft; t: T }) {
  const mine = draft?.section === section ? draft : undefined;
  return (
    <form method="post" action={href(ctx, `/admin/catalogue/${section}`)} id={`add-${section}`}>
      <fieldset class="box">
        <legend>
          {t.add} · {t.catalogueSections[section]}
        </legend>
        <RecordFields ctx={ctx} formId={`add-${section}`} section={section} values={mine?.values ?? {}} problems={mine?.problems ?? {}} catalogue={catalogue} />
        <button type="submit">{t.add}</button>
      </fieldset>
    </form>
  );
}

/** Last year's figures for the topics' and experts' rows; other sections have none. */
function recentOf(section: CatalogueSection, recent: RecentScores | undefined) {
  return section === 'topics' ? recent?.topics : section === 'experts' ? recent?.experts : undefined;
}

export function CataloguePage({ ctx, catalogue, problems, draft, recent }: { ctx: PageContext; catalogue: Catalogue; problems?: string[]; draft?: CatalogueDraft; recent?: RecentScores }) {
  const t = dashboardMessages(ctx.locale);
  const l = catalogueLabels(ctx.locale);
  const isAdmin = ctx.account?.role === 'admin';
  return (
    <DashboardLayout ctx={ctx} title={t.catalogue} extraStyle={catalogueStyle}>
      <h1>{t.catalogue}</h1>
      <Problems title={t.problems} items={problems ?? []} />
      {isAdmin ? null : <p class="help">{t.adminOnly}</p>}
      <p class="no-print">
        {isAdmin ? (
          <>
            <a href={href(ctx, '/admin/catalogue-import')}>{l.importExport}</a>
            {' · '}
          </>
        ) : null}
        <a href="/api/catalogue.xlsx">{l.exportXlsx}</a>
        {' · '}
        <a href="/api/catalogue.csv">{l.exportCsv}</a>
      </p>
      {CATALOGUE_SECTIONS.map((section) => (
        <section aria-labelledby={`h-${section}`}>
          <h2 id={`h-${section}`}>{t.catalogueSections[section]}</h2>
          <DataTable
            rows={catalogue[section] as CatalogueRecord[]}
            rowAttrs={(record) => ({ 'data-id': record.id })}
            columns={[
              {
                header: t.catalogueSections[section] ?? section,
                key: true,
                cell: (record) => (
                  <>
                    {recordLabel(section, record)} {record.retired ? <span class="status">{t.retired}</span> : null}
                    {englishLabel(section, record) ? (
                      <span class="muted en" lang="en">
                        {englishLabel(section, record)}
                      </span>
                    ) : null}
                  </>
                ),
              },
              { header: l.details, class: 'muted', cell: (record) => describe(section, record, catalogue) },
              ...(recentOf(section, recent) ? [{ header: l.lastYear, cell: (record: CatalogueRecord) => <RecentScore figures={recentOf(section, recent)?.get(record.id)} locale={ctx.locale} /> }] : []),
              ...(isAdmin
                ? [
                    {
                      header: t.actions,
                      class: 'actions',
                      cell: (record: CatalogueRecord) => (
                        <>
                          <a class="button secondary" href={href(ctx, `/admin/catalogue/${section}/${record.id}`)}>
                            {l.edit}
                            <span class="visually-hidden">{` ${recordLabel(section, record)}`}</span>
                          </a>
                          <form method="post" action={href(ctx, `/admin/catalogue/${section}/${record.id}/retire`)}>
                            <input type="hidden" name="retired" value={record.retired ? '0' : '1'} />
                            <button type="submit" class="secondary">
                              {record.retired ? t.restore : t.retire}
                              <span class="visually-hidden">{` ${recordLabel(section, record)}`}</span>
                            </button>
                          </form>
                        </>
                      ),
                    },
                  ]
                : []),
            ]}
          />
          {isAdmin ? <AddForm ctx={ctx} section={section} catalogue={catalogue} draft={draft} t={t} /> : null}
        </section>
      ))}
    </DashboardLayout>
  );
}

/** One record's own page: its form filled in, saved in place. */
export function CatalogueRecordPage({ ctx, catalogue, section, record, values, problems }: { ctx: PageContext; catalogue: Catalogue; section: CatalogueSection; record: CatalogueRecord; values: Record<string, string[]>; problems: Record<string, string[]> }) {
  const t = dashboardMessages(ctx.locale);
  const l = catalogueLabels(ctx.locale);
  const title = l.editTitle(t.catalogueSections[section] ?? section, recordLabel(section, record));
  return (
    <DashboardLayout ctx={ctx} title={title} extraStyle={catalogueStyle}>
      <p class="no-print">
        <a href={href(ctx, '/admin/catalogue')}>← {l.cancel}</a>
      </p>
      <h1>{title}</h1>
      <form method="post" action={href(ctx, `/admin/catalogue/${section}/${record.id}`)} id="edit-record">
        <fieldset class="box">
          <legend>{title}</legend>
          <p class="help">{l.idNote}</p>
          <RecordFields ctx={ctx} formId="edit" section={section} values={values} problems={problems} catalogue={catalogue} />
          <button type="submit">{l.saveChanges}</button>
        </fieldset>
      </form>
    </DashboardLayout>
  );
}
