// Turns catalogue records into survey options (active records only; retired ones leave templates).
import type { Catalogue } from '../catalogue/catalogue-schema.js';
import { MAX_LABEL } from './question-base.js';
import type { Labelled } from './report-shapes.js';

const active = <T extends { retired?: boolean }>(items: readonly T[]) => items.filter((i) => !i.retired);

/** A label cut to what an option may hold, on a character boundary: a combined label can be longer. */
function fitLabel(text: string): string {
  const characters = [...text];
  return characters.length <= MAX_LABEL ? text : `${characters.slice(0, MAX_LABEL - 1).join('')}…`;
}

export function unitOptions(catalogue: Catalogue) {
  return active(catalogue.units).map((u) => ({ id: u.id, label: u.name, labelEn: u.nameEn, front: u.front }));
}

/** Active fronts, and any retired front an active unit still names: every unit option must name a listed front. */
export function frontList(catalogue: Catalogue): Labelled[] {
  const named = new Set(active(catalogue.units).map((u) => u.front));
  return catalogue.fronts.filter((f) => !f.retired || named.has(f.id)).map((f) => ({ id: f.id, label: f.name, labelEn: f.nameEn }));
}

export function topicOptions(catalogue: Catalogue) {
  return active(catalogue.topics).map((t) => ({ id: t.id, label: t.title, labelEn: t.titleEn }));
}

export function themeOptions(catalogue: Catalogue) {
  return active(catalogue.themes).map((t) => ({ id: t.id, label: t.name, labelEn: t.nameEn }));
}

export function expertOptions(catalogue: Catalogue) {
  // The English label is the name alone: title and organisation have no English form in the catalogue.
  return active(catalogue.experts).map((e) => ({ id: e.id, label: fitLabel(`${e.name}（${e.organisation}${e.title}）`), ...(e.nameEn ? { labelEn: fitLabel(e.nameEn) } : {}) }));
}
