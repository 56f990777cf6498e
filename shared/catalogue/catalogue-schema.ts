// The district's catalogue: fronts and their units, study themes, the topic library and the expert pool.
// Every record may carry an English name (`nameEn`; a topic's `titleEn` and `summaryEn`), shown with ?lang=en
// where present and the Chinese one otherwise.
import * as v from 'valibot';
import { IdSchema } from '../kernel/ids.js';
import { cleanName } from './name-lookalikes.js';

/** Names are stored cleaned (NFKC, no invisible or direction characters): see name-lookalikes.ts. */
const name = (max: number) => v.pipe(v.string(), v.transform(cleanName), v.minLength(1), v.maxLength(max));
/** Retired items stay readable (old surveys and reports name them) but leave new templates. */
const retired = v.optional(v.boolean());
/** 年度目标: lectures a year an expert is to give, or a unit to receive (年度统计 measures against it). */
const yearTarget = v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(999)));

export const FrontRecordSchema = v.object({ id: IdSchema, name: name(100), nameEn: v.optional(name(100)), retired });
/** A phone number as people write it: digits, spaces, +, -, parentheses, 转 for an extension. */
const phone = v.pipe(v.string(), v.trim(), v.regex(/^[0-9+\-() 转]{3,40}$/, 'a phone number: digits, spaces, + - ( ) and 转 for an extension'), v.regex(/[0-9].*[0-9].*[0-9]/, 'a phone number has digits'));
export const UnitRecordSchema = v.object({
  id: IdSchema,
  name: name(200),
  nameEn: v.optional(name(200)),
  front: IdSchema,
  yearTarget,
  retired,
  /** The unit's contact person (联系人) and phone (联系电话): shown on the status boards, beside each reminder. */
  contactName: v.optional(name(50)),
  contactPhone: v.optional(phone),
});
export const ThemeRecordSchema = v.object({ id: IdSchema, name: name(200), nameEn: v.optional(name(200)), retired });
export const TopicRecordSchema = v.object({
  id: IdSchema,
  title: name(200),
  titleEn: v.optional(name(200)),
  theme: IdSchema,
  summary: v.optional(name(2000)),
  summaryEn: v.optional(name(2000)),
  retired,
});
export const ExpertRecordSchema = v.object({
  id: IdSchema,
  name: name(100),
  nameEn: v.optional(name(100)),
  title: name(100),
  organisation: name(200),
  topics: v.array(IdSchema),
  yearTarget,
  retired,
});

export const CatalogueSchema = v.object({
  fronts: v.array(FrontRecordSchema),
  units: v.array(UnitRecordSchema),
  themes: v.array(ThemeRecordSchema),
  topics: v.array(TopicRecordSchema),
  experts: v.array(ExpertRecordSchema),
});

/** A new record as the API takes it: any section's fields, the id optional (generated when left out). */
const withOptionalId = <E extends v.ObjectEntries>(schema: v.ObjectSchema<E, undefined>) => v.object({ ...schema.entries, id: v.optional(IdSchema) });
export const NewCatalogueRecordSchema = v.union([
  withOptionalId(FrontRecordSchema),
  withOptionalId(UnitRecordSchema),
  withOptionalId(ThemeRecordSchema),
  withOptionalId(TopicRecordSchema),
  withOptionalId(ExpertRecordSchema),
]);

export type FrontRecord = v.InferOutput<typeof FrontRecordSchema>;
export type UnitRecord = v.InferOutput<typeof UnitRecordSchema>;

/** A unit's contact as boards and the API show it: `{ name?, phone? }`, or nothing when neither is kept. */
export type UnitContact = { name?: string; phone?: string };
export function unitContact(unit: Pick<UnitRecord, 'contactName' | 'contactPhone'> | undefined): UnitContact | undefined {
  if (!unit?.contactName && !unit?.contactPhone) return undefined;
  return { ...(unit.contactName ? { name: unit.contactName } : {}), ...(unit.contactPhone ? { phone: unit.contactPhone } : {}) };
}
export type ThemeRecord = v.InferOutput<typeof ThemeRecordSchema>;
export type TopicRecord = v.InferOutput<typeof TopicRecordSchema>;
export type ExpertRecord = v.InferOutput<typeof ExpertRecordSchema>;
export type Catalogue = v.InferOutput<typeof CatalogueSchema>;

/** Each section's record schema, by section name (the forms, the API, the import and the repository read them). */
export const RECORD_SCHEMAS = {
  fronts: FrontRecordSchema,
  units: UnitRecordSchema,
  themes: ThemeRecordSchema,
  topics: TopicRecordSchema,
  experts: ExpertRecordSchema,
} as const;
