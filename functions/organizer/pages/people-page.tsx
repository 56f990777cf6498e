// People of units (中心组成员与单位负责人): the list, the add and edit forms, downloads, and the import
// with its preview. Every form works without JavaScript; problems show beside their fields.
import { studyPlanMessages } from '../../../shared/i18n/study-plan-messages.js';
import { PERSON_ROLES, type Person } from '../../../shared/study-plan/person-schema.js';
import type { PeopleImportPlan } from '../../../shared/study-plan/people-file.js';
import { DashboardLayout, href, Problems, type PageContext } from './dashboard-layout.js';
import { DataTable } from './data-table.js';
import { FieldError } from './field-error.js';
import { studyPlanStyle } from './study-plan-style.js';

export interface PersonFormValues {
  name?: string;
  post?: string;
  unit?: string;
  role?: string;
  retired?: boolean;
}

export function PersonForm({ ctx, action, values, errors, units, submit }: { ctx: PageContext; action: string; values: PersonFormValues; errors: Record<string, string>; units: readonly string[]; submit: string }) {
  const t = studyPlanMessages(ctx.locale);
  const p = t.page;
  const field = (name: 'name' | 'post' | 'unit', label: string, max: number, help?: string) => (
    <>
      <label for={`f-${name}`}>{label}</label>
      {help ? (
        <p class="help" id={`h-${name}`}>
          {help}
        </p>
      ) : null}
      <input
        id={`f-${name}`}
        name={name}
        type="text"
        maxlength={max}
        required
        value={values[name] ?? ''}
        list={name === 'unit' ? 'unit-names' : undefined}
        aria-invalid={errors[name] ? 'true' : undefined}
        aria-describedby={[help ? `h-${name}` : '', errors[name] ? `e-${name}` : ''].filter(Boolean).join(' ') || undefined}
      />
      <FieldError id={`e-${name}`} message={errors[name]} />
    </>
  );
  return (
    <form method="post" action={href(ctx, action)}>
      {field('name', t.columns.name, 40)}
      {field('post', t.columns.post, 100)}
      {field('unit', t.columns.unit, 200, p.unitHelp)}
      <datalist id="unit-names">
        {units.map((u) => (
          <option value={u} />
        ))}
      </datalist>
      <fieldset>
        <legend>{t.columns.role}</legend>
        {PERSON_ROLES.map((role) => (
          <label class="inline" for={`f-role-${role}`}>
            <input type="radio" id={`f-role-${role}`} name="role" value={role} checked={(values.role ?? 'member') === role} /> {t.roles[role]}
          </label>
        ))}
      </fieldset>
      {values.retired !== undefined ? (
        <label class="inline" for="f-retired">
          <input type="checkbox" id="f-retired" name="retired" value="1" checked={values.retired} /> {p.retire}
        </label>
      ) : null}
      <button type="submit">{submit}</button>
    </form>
  );
}

export interface PeoplePageProps {
  ctx: PageContext;
  people: readonly Person[];
  units: readonly string[];
  mayEdit: boolean;
  values?: PersonFormValues;
  errors?: Record<string, string>;
  problems?: string[];
  notice?: string;
  /** An import's preview (content: the file, carried back to apply it) or its result. */
  report?: { plan: PeopleImportPlan; applied: boolean; content?: string };
}

export function PeoplePage({ ctx, people, units, mayEdit, values = {}, errors = {}, problems = [], notice, report }: PeoplePageProps) {
  const t = studyPlanMessages(ctx.locale);
  const p = t.page;
  return (
    <DashboardLayout ctx={ctx} title={t.peopleTitle} extraStyle={studyPlanStyle}>
      <h1>{t.peopleTitle}</h1>
      <p class="help">{p.peopleHelp}</p>
      {notice ? (
        <p class="notice" role="status">
          {notice}
        </p>
      ) : null}
      <Problems title={t.peopleTitle} items={problems} />
      {report ? <ImportReport ctx={ctx} {...report} /> : null}
      <section>
        <DataTable
          rows={people}
          empty={p.noPeople}
          columns={[
            { header: t.columns.name, key: true, cell: (r) => (mayEdit ? <a href={href(ctx, `/admin/people/${r.id}`)}>{r.name}</a> : r.name) },
            { header: t.columns.post, cell: (r) => r.post },
            { header: t.columns.unit, cell: (r) => r.unit },
            { header: t.columns.role, cell: (r) => t.roles[r.role] },
            { header: t.columns.status, cell: (r) => (r.retired ? t.retired : '') },
          ]}
        />
        <p class="links no-print">
          <a href={href(ctx, '/api/people.xlsx')} download>
            {p.downloadXlsx}
          </a>{' '}
          <a href={href(ctx, '/api/people.csv')} download>
            {p.downloadCsv}
          </a>
        </p>
      </section>
      {mayEdit ? (
        <>
          <section>
            <h2>{p.addPerson}</h2>
            <PersonForm ctx={ctx} action="/admin/people" values={values} errors={errors} units={units} submit={p.addPerson} />
          </section>
          <section>
            <h2>{p.importTitle}</h2>
            <p class="help">{p.importHelp}</p>
            <form method="post" action={href(ctx, '/admin/people-import')} enctype="multipart/form-data">
              <label for="f-file">{p.file}</label>
              <input id="f-file" name="file" type="file" accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" required />
              <button type="submit" class="secondary">
                {p.preview}
              </button>
            </form>
          </section>
        </>
      ) : null}
    </DashboardLayout>
  );
}

function ImportReport({ ctx, plan, applied, content }: { ctx: PageContext; plan: PeopleImportPlan; applied: boolean; content?: string }) {
  const t = studyPlanMessages(ctx.locale).page;
  return (
    <section>
      <h2>{applied ? t.importDone(plan.counts.add, plan.counts.change) : t.preview}</h2>
      <p>{(['add', 'change', 'same', 'refuse'] as const).map((o) => `${t.outcomes[o]} ${plan.counts[o]}`).join(' · ')}</p>
      <DataTable
        rows={plan.rows}
        columns={[
          { header: t.row, key: true, cell: (r) => String(r.row) },
          { header: studyPlanMessages(ctx.locale).columns.name, cell: (r) => r.name },
          { header: t.status, cell: (r) => t.outcomes[r.outcome] },
          { header: t.reasons, cell: (r) => r.reasons.join('；') },
        ]}
      />
      {content && !applied ? (
        <form method="post" action={href(ctx, '/admin/people-import')} enctype="multipart/form-data">
          <input type="hidden" name="content" value={content} />
          <input type="hidden" name="apply" value="1" />
          <button type="submit">{t.applyImport}</button>
        </form>
      ) : null}
    </section>
  );
}

export function PersonPage({ ctx, person, values, errors = {}, problems = [], units }: { ctx: PageContext; person: Person; values: PersonFormValues; errors?: Record<string, string>; problems?: string[]; units: readonly string[] }) {
  const t = studyPlanMessages(ctx.locale);
  return (
    <DashboardLayout ctx={ctx} title={`${t.page.editPerson} · ${person.name}`} extraStyle={studyPlanStyle}>
      <p class="no-print">
        <a href={href(ctx, '/admin/people')}>{t.peopleTitle}</a>
      </p>
      <h1>{`${t.page.editPerson}：${person.name}`}</h1>
      <Problems title={person.name} items={problems} />
      <section>
        <PersonForm ctx={ctx} action={`/admin/people/${person.id}`} values={values} errors={errors} units={units} submit={t.page.save} />
      </section>
    </DashboardLayout>
  );
}
