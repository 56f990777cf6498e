// Adding and changing people of units: the unit resolved against the catalogue (by id, or by a name the
// catalogue knows), no two people of one name in one unit. The forms, the API and the import share it.
import * as v from 'valibot';
import { InvalidInputError, RecordNotFoundError, type FieldIssue } from '../errors.js';
import type { Catalogue } from '../catalogue/catalogue-schema.js';
import type { CatalogueRepository } from '../catalogue/catalogue-store.js';
import { cleanName } from '../catalogue/name-lookalikes.js';
import { studyPlanMessages, type StudyProblem } from '../i18n/study-plan-messages.js';
import type { Locale } from '../kernel/locale.js';
import { PersonInputSchema, PersonSchema, personKey, type Person, type PersonInput } from './person-schema.js';
import type { PeopleRepository } from './people-store.js';

export interface PeopleDeps {
  people: PeopleRepository;
  catalogue: Pick<CatalogueRepository, 'load'>;
  newId: () => string;
}

export interface PersonProblem {
  field: string;
  problem: StudyProblem;
}

/** A new person's id: `p-` and 12 hex digits of a UUID, as catalogue records get theirs. */
export function newPersonId(newId: () => string): string {
  return `p-${newId().replace(/[^A-Za-z0-9]/g, '').slice(-12).toLowerCase()}`;
}

/** The person as stored: the unit's name from the catalogue when an id names it, its id when a name does. */
export function personFrom(catalogue: Pick<Catalogue, 'units'>, id: string, input: PersonInput): { person?: Person; problems: PersonProblem[] } {
  let unit = input.unit;
  let unitId = input.unitId;
  if (unitId !== undefined) {
    const known = catalogue.units.find((u) => u.id === unitId);
    if (!known) return { problems: [{ field: 'unitId', problem: 'unknown_unit' }] };
    unit = known.name;
  } else if (unit !== undefined) {
    const named = catalogue.units.filter((u) => cleanName(u.name) === cleanName(unit!));
    if (named.length === 1) unitId = named[0]!.id;
  }
  if (!unit) return { problems: [{ field: 'unit', problem: 'required' }] };
  const parsed = v.safeParse(PersonSchema, { id, name: input.name, post: input.post, unit, ...(unitId ? { unitId } : {}), role: input.role, ...(input.retired !== undefined ? { retired: input.retired } : {}) });
  if (!parsed.success) return { problems: [{ field: String(v.getDotPath(parsed.issues[0]) ?? 'name'), problem: 'too_long' }] };
  return { person: parsed.output, problems: [] };
}

/** Another person of the same name in the same unit. */
export function duplicateOf(people: readonly Person[], person: Person): Person | undefined {
  return people.find((p) => p.id !== person.id && personKey(p) === personKey(person));
}

function refuse(problems: readonly PersonProblem[], locale: Locale): never {
  const t = studyPlanMessages(locale).problems;
  throw new InvalidInputError(problems.map((p): FieldIssue => ({ field: p.field, message: t[p.problem] })));
}

export function parsePersonInput(input: unknown, locale: Locale): PersonInput {
  const parsed = v.safeParse(PersonInputSchema, input);
  if (parsed.success) return parsed.output;
  refuse(parsed.issues.slice(0, 10).map((issue) => ({ field: String(v.getDotPath(issue) ?? 'body'), problem: issue.input === undefined || issue.type === 'min_length' ? 'required' : 'too_long' })), locale);
}

export async function createPerson(deps: PeopleDeps, input: PersonInput, locale: Locale = 'zh'): Promise<Person> {
  const [catalogue, people] = await Promise.all([deps.catalogue.load(), deps.people.list()]);
  const { person, problems } = personFrom(catalogue, newPersonId(deps.newId), input);
  if (!person) refuse(problems, locale);
  if (duplicateOf(people, person)) refuse([{ field: 'name', problem: 'duplicate_person' }], locale);
  await deps.people.createMany([person]);
  return person;
}

export async function replacePerson(deps: Omit<PeopleDeps, 'newId'>, personId: string, input: PersonInput, locale: Locale = 'zh'): Promise<Person> {
  const [catalogue, people] = await Promise.all([deps.catalogue.load(), deps.people.list()]);
  if (!people.some((p) => p.id === personId)) throw new RecordNotFoundError('person', personId);
  const { person, problems } = personFrom(catalogue, personId, input);
  if (!person) refuse(problems, locale);
  if (duplicateOf(people, person)) refuse([{ field: 'name', problem: 'duplicate_person' }], locale);
  await deps.people.replace(person);
  return person;
}
