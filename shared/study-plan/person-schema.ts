// People of units (人员): the district committee's theory study centre group's members (中心组成员) and
// the units' Party and government heads (单位负责人), who attend a study session when it is widened.
// Kept like the catalogue's records: an id, an order, retired rather than deleted, imported and
// exported as a spreadsheet with Chinese column names (people-file.ts).
import * as v from 'valibot';
import { IdSchema } from '../kernel/ids.js';
import { cleanName } from '../catalogue/name-lookalikes.js';

const name = (max: number) => v.pipe(v.string(), v.transform(cleanName), v.minLength(1), v.maxLength(max));

export const PERSON_ROLES = ['member', 'head'] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];

export const PersonSchema = v.object({
  id: IdSchema,
  name: name(40),
  /** 职务, e.g. 区委常委、宣传部部长. */
  post: name(100),
  /** The unit as people say it (区委办公室, 东风街道党工委). */
  unit: name(200),
  /** The catalogue's unit, when the unit is one of its units (the sign-in page lists those). */
  unitId: v.optional(IdSchema),
  role: v.picklist(PERSON_ROLES),
  retired: v.optional(v.boolean()),
});
export type Person = v.InferOutput<typeof PersonSchema>;

/** POST /api/people and PUT /api/people/{personId}: the unit named by a catalogue id or by its name. */
export const PersonInputSchema = v.object({
  name: name(40),
  post: name(100),
  unit: v.optional(name(200)),
  unitId: v.optional(IdSchema),
  role: v.picklist(PERSON_ROLES),
  retired: v.optional(v.boolean()),
});
export type PersonInput = v.InferOutput<typeof PersonInputSchema>;

/** What tells two people apart: the name within the unit (two 张伟 of two units are two people). */
export function personKey(person: Pick<Person, 'name' | 'unit'>): string {
  return `${cleanName(person.name)}\u0000${cleanName(person.unit)}`;
}
