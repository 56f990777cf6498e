// A unit option's front is the catalogue's, never the client's: a definition sent with a unit under
// another front's name (to pass a front limit) is put right on create, every edit, copy, template
// and publish, before any reach is checked.
import type { Catalogue } from '../catalogue/catalogue-schema.js';
import type { Survey } from '../survey/survey-schema.js';

/** The survey with each unit option's front (and the survey's front list) taken from the catalogue. */
export function withCatalogueFronts<S extends Pick<Survey, 'questions' | 'fronts'>>(survey: S, catalogue: Catalogue): S {
  const units = new Map(catalogue.units.map((u) => [u.id, u]));
  if (!survey.questions.some((q) => q.type === 'unit')) return survey;
  const frontOf = (id: string, given: string) => units.get(id)?.front ?? given;
  const questions = survey.questions.map((q) => (q.type === 'unit' ? { ...q, options: q.options.map((o) => ({ ...o, front: frontOf(o.id, o.front) })) } : q));
  if (!survey.fronts) return { ...survey, questions };
  // The front list must name every front the options now carry (a definition check refuses one it lacks).
  const listed = new Set(survey.fronts.map((f) => f.id));
  const missing = [...new Set(questions.flatMap((q) => (q.type === 'unit' ? q.options.map((o) => o.front) : [])))].filter((id) => !listed.has(id));
  const added = missing.map((id) => ({ id, label: catalogue.fronts.find((f) => f.id === id)?.name ?? id }));
  return { ...survey, questions, fronts: [...survey.fronts, ...added] };
}
