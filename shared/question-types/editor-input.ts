// Reading the visual editor's posted fields back into a question's own fields. Parsing only:
// the schema and the definition checks judge the result, exactly as for a JSON definition.
import type { Catalogue } from '../catalogue/catalogue-schema.js';
import { expertOptions, themeOptions, topicOptions } from './catalogue-options.js';
import type { FormValues } from './form-values.js';

type Item = { id: string; label: string; labelEn?: string };

/** The editor's field names for an option list ("opt", "row", grid "grow" and "gcol"). */
export const listField = {
  id: (list: string) => `${list}.id`,
  label: (list: string) => `${list}.label`,
  labelEn: (list: string) => `${list}.labelEn`,
  remove: (list: string) => `${list}.remove`,
  added: (list: string) => `${list}.new`,
  catalogue: (list: string) => `${list}.catalogue`,
  /** The button value that moves item `index` of `list` up or down. */
  move: (list: string, index: number, way: 'up' | 'down') => `${way}:${list}:${index}`,
};

/** Catalogue records an option may be linked to: the option keeps the record's id. */
export function catalogueChoices(catalogue: Catalogue | undefined): { group: 'topics' | 'experts' | 'themes'; items: Item[] }[] {
  if (!catalogue) return [];
  return [
    { group: 'topics', items: topicOptions(catalogue) },
    { group: 'experts', items: expertOptions(catalogue) },
    { group: 'themes', items: themeOptions(catalogue) },
  ];
}

function freeItemId(prefix: string, taken: ReadonlySet<string>): string {
  for (let n = 1; ; n++) if (!taken.has(`${prefix}${n}`)) return `${prefix}${n}`;
}

const clean = <T extends Item>(item: T): T => {
  const out = { ...item };
  if (!out.labelEn) delete out.labelEn;
  return out;
};

/**
 * An option list as edited: kept rows in their order (minus removed ones), a moved row, a new
 * row typed at the end, or a catalogue record added (linked by its id). Extra fields of kept rows
 * (a time slot's row and column) are carried from `current` by id.
 */
export function listFromEditor<T extends Item>(form: FormValues, list: string, current: readonly T[], catalogue?: Catalogue): T[] {
  const ids = form.getAll(listField.id(list));
  const labels = form.getAll(listField.label(list));
  const labelsEn = form.getAll(listField.labelEn(list));
  const removed = new Set(form.getAll(listField.remove(list)));
  const byId = new Map(current.map((o) => [o.id, o]));
  let items = ids
    .map((id, i) => clean({ ...(byId.get(id) ?? {}), id, label: (labels[i] ?? '').trim(), labelEn: (labelsEn[i] ?? '').trim() } as T))
    .filter((o) => !removed.has(o.id));
  const op = /^(up|down):([a-z]+):(\d+)$/.exec(form.get('op') ?? '');
  if (op && op[2] === list) {
    const from = Number(op[3]);
    const to = op[1] === 'up' ? from - 1 : from + 1;
    if (from < items.length && to >= 0 && to < items.length) {
      const moved = [...items];
      [moved[from], moved[to]] = [moved[to] as T, moved[from] as T];
      items = moved;
    }
  }
  const taken = new Set(items.map((o) => o.id));
  const typed = (form.get(listField.added(list)) ?? '').trim();
  if (typed) items.push({ id: freeItemId(list === 'opt' ? 'o' : list, taken), label: typed } as T);
  const linked = form.get(listField.catalogue(list)) ?? '';
  const record = catalogueChoices(catalogue).flatMap((g) => g.items).find((o) => o.id === linked);
  if (record && !taken.has(record.id)) items.push(clean({ ...record }) as T);
  return items;
}

/** A number field: blank is "not set"; text that is not a number stays text so the schema names it. */
export function editorNumber(form: FormValues, name: string): unknown {
  const text = (form.get(name) ?? '').trim();
  if (text === '') return undefined;
  const n = Number(text);
  return Number.isNaN(n) ? text : n;
}

export const editorText = (form: FormValues, name: string): string | undefined => (form.get(name) ?? '').trim() || undefined;
export const editorFlag = (form: FormValues, name: string): boolean | undefined => (form.get(name) === '1' ? true : undefined);

/** Drops unset fields, so an emptied optional field leaves the definition instead of failing it. */
export function defined(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}

/** A scale's end labels (rating and matrix_rating). */
export function endLabelsFromEditor(form: FormValues): Record<string, unknown> {
  return defined({ lowLabel: editorText(form, 'lowLabel'), lowLabelEn: editorText(form, 'lowLabelEn'), highLabel: editorText(form, 'highLabel'), highLabelEn: editorText(form, 'highLabelEn') });
}

/** A unit question's units: the catalogue's units ticked, each linked by id (retired ones kept if already there). */
export function unitsFromEditor<T extends { id: string }>(form: FormValues, current: readonly T[], catalogue?: Catalogue): unknown[] {
  const ticked = new Set(form.getAll('unit.pick'));
  const fromCatalogue = catalogue ? catalogue.units.map((u) => ({ id: u.id, label: u.name, ...(u.nameEn ? { labelEn: u.nameEn } : {}), front: u.front })) : [];
  const known = new Map<string, unknown>([...current.map((o) => [o.id, o] as const), ...fromCatalogue.map((o) => [o.id, o] as const)]);
  return [...known.entries()].filter(([id]) => ticked.has(id)).map(([, o]) => o);
}
