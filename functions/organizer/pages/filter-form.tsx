// The organizer pages' one filter: a GET form (a filtered page is a link that can be kept and shared)
// of selects, a search box, a date range or a month, laid out to wrap on a phone. Fields are named
// f-<name>, so a label, a test and a person find them the same way on every page.
import type { Child } from 'hono/jsx';
import type { PageContext } from './dashboard-layout.js';

export interface Choice {
  id: string;
  label: string;
}

export type FilterField =
  /** `any`: the first option's words, for no filter ("全部"); without it one of the choices must be taken. */
  | { kind: 'select'; name: string; label: string; choices: readonly Choice[]; value?: string | undefined; any?: string }
  | { kind: 'search'; name: string; label: string; value?: string | undefined; maxLength: number }
  /** District dates; `to` inclusive. */
  | { kind: 'dates'; from?: string | undefined; to?: string | undefined; labels: { from: string; to: string } }
  | { kind: 'month'; name: string; label: string; value?: string | undefined };

export interface FilterFormProps {
  ctx: PageContext;
  action: string;
  legend: string;
  fields: readonly FilterField[];
  submit: string;
  /** Query parameters the form carries along unchanged (e.g. the scorecards' grouping). */
  keep?: Record<string, string | undefined>;
  /** Under the fields: counts, a link to the archive, a download of what is shown. */
  children?: Child;
}

function Field({ field }: { field: FilterField }) {
  switch (field.kind) {
    case 'select':
      return (
        <div>
          <label for={`f-${field.name}`}>{field.label}</label>
          <select id={`f-${field.name}`} name={field.name}>
            {field.any === undefined ? null : <option value="">{field.any}</option>}
            {field.choices.map((c) => (
              <option value={c.id} selected={c.id === field.value}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
      );
    case 'search':
      return (
        <div>
          <label for={`f-${field.name}`}>{field.label}</label>
          <input type="search" id={`f-${field.name}`} name={field.name} value={field.value ?? ''} maxlength={field.maxLength} autocomplete="off" />
        </div>
      );
    case 'dates':
      return (
        <div class="dates">
          <div>
            <label for="f-from">{field.labels.from}</label>
            <input type="date" id="f-from" name="from" value={field.from ?? ''} />
          </div>
          <div>
            <label for="f-to">{field.labels.to}</label>
            <input type="date" id="f-to" name="to" value={field.to ?? ''} />
          </div>
        </div>
      );
    case 'month':
      return (
        <div>
          <label for={`f-${field.name}`}>{field.label}</label>
          <input type="month" id={`f-${field.name}`} name={field.name} value={field.value ?? ''} />
        </div>
      );
  }
}

export function FilterForm({ ctx, action, legend, fields, submit, keep = {}, children }: FilterFormProps) {
  return (
    <form method="get" action={action} class="filter-form no-print">
      <fieldset class="box">
        <legend>{legend}</legend>
        {ctx.locale === 'en' ? <input type="hidden" name="lang" value="en" /> : null}
        {Object.entries(keep).map(([name, value]) => (value ? <input type="hidden" name={name} value={value} /> : null))}
        <div class="filters">
          {fields.map((field) => (
            <Field field={field} />
          ))}
          <div>
            <button type="submit">{submit}</button>
          </div>
        </div>
        {children ?? null}
      </fieldset>
    </form>
  );
}
