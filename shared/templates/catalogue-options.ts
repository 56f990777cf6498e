// Turns catalogue records into survey options (active records only; retired ones leave templates).
import type { Catalogue } from '../catalogue/catalogue-schema.js';
import type { Survey } from '../survey/survey-schema.js';

const active = <T extends { retired?: boolean }>(items: readonly T[]) => items.filter((i) => !i.retired);

export function unitOptions(catalogue: Catalogue) {
  return active(catalogue.units).map((u) => ({ id: u.id, label: u.name, labelEn: u.nameEn, front: u.front }));
}

export function frontList(catalogue: Catalogue): NonNullable<Survey['fronts']> {
  return active(catalogue.fronts).map((f) => ({ id: f.id, label: f.name, labelEn: f.nameEn }));
}

export function topicOptions(catalogue: Catalogue) {
  return active(catalogue.topics).map((t) => ({ id: t.id, label: t.title, labelEn: t.titleEn }));
}

export function themeOptions(catalogue: Catalogue) {
  return active(catalogue.themes).map((t) => ({ id: t.id, label: t.name, labelEn: t.nameEn }));
}

export function expertOptions(catalogue: Catalogue) {
  return active(catalogue.experts).map((e) => ({ id: e.id, label: `${e.name}（${e.organisation}${e.title}）` }));
}
