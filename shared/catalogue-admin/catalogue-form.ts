// A catalogue record as the dashboard's forms carry it: which fields each section's form has, and the
// record input a posted form describes (fronts, themes and topics are chosen, never typed as ids).
import type { FormValues } from '../question-types/form-values.js';
import type { CatalogueRecord, CatalogueSection } from '../catalogue/catalogue-store.js';

export type CatalogueFieldKind = 'text' | 'textarea' | 'count' | 'front' | 'theme' | 'topics';

export interface CatalogueFormField {
  name: string;
  kind: CatalogueFieldKind;
  required: boolean;
  max: number;
  /** The English names: optional, shown after the Chinese fields. */
  english?: true;
}

const text = (name: string, max: number, required = true): CatalogueFormField => ({ name, kind: 'text', required, max });
/** The year's target: a whole number of lectures, optional. */
const target: CatalogueFormField = { name: 'yearTarget', kind: 'count', required: false, max: 3 };
const english = (name: string, max: number, kind: CatalogueFieldKind = 'text'): CatalogueFormField => ({ name, kind, required: false, max, english: true });

export const CATALOGUE_FORM_FIELDS: Record<CatalogueSection, readonly CatalogueFormField[]> = {
  fronts: [text('name', 100), english('nameEn', 100)],
  units: [text('name', 200), { name: 'front', kind: 'front', required: true, max: 64 }, text('contactName', 50, false), text('contactPhone', 40, false), target, english('nameEn', 200)],
  themes: [text('name', 200), english('nameEn', 200)],
  topics: [
    text('title', 200),
    { name: 'theme', kind: 'theme', required: true, max: 64 },
    { name: 'summary', kind: 'textarea', required: false, max: 2000 },
    english('titleEn', 200),
    english('summaryEn', 2000, 'textarea'),
  ],
  experts: [text('name', 100), text('title', 100), text('organisation', 200), { name: 'topics', kind: 'topics', required: false, max: 64 }, target, english('nameEn', 100)],
};

/**
 * The record a form describes: trimmed values, empty optional fields left out. An edit keeps what the
 * form does not show (id, retired); a new record gets its id from createRecord.
 */
export function recordInputFromForm(section: CatalogueSection, form: FormValues, current?: CatalogueRecord): Record<string, unknown> {
  const input: Record<string, unknown> = current ? { id: current.id, ...(current.retired !== undefined ? { retired: current.retired } : {}) } : {};
  for (const field of CATALOGUE_FORM_FIELDS[section]) {
    if (field.kind === 'topics') {
      input[field.name] = form.getAll(field.name).map((id) => id.trim()).filter(Boolean).slice(0, 1000);
      continue;
    }
    const value = (form.get(field.name) ?? '').trim();
    // A count is a number when it reads as one; anything else goes on as typed, for the schema to refuse beside the field.
    if (value !== '') input[field.name] = field.kind === 'count' && /^\d{1,6}$/.test(value) ? Number(value) : value;
  }
  return input;
}

/** What a form showed, to show again with the problems beside it (nothing typed is lost). */
export function formValuesOf(section: CatalogueSection, form: FormValues): Record<string, string[]> {
  return Object.fromEntries(CATALOGUE_FORM_FIELDS[section].map((field) => [field.name, form.getAll(field.name).map((v) => v.slice(0, field.max * 2)).slice(0, 1000)]));
}

/** A stored record's values as a form shows them. */
export function recordFormValues(section: CatalogueSection, record: CatalogueRecord): Record<string, string[]> {
  const fields = record as unknown as Record<string, unknown>;
  return Object.fromEntries(
    CATALOGUE_FORM_FIELDS[section].map((field) => {
      const value = fields[field.name];
      return [field.name, Array.isArray(value) ? value.map(String) : typeof value === 'string' || typeof value === 'number' ? [String(value)] : []];
    }),
  );
}
