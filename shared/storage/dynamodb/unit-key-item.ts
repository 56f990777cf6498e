// A unit's link key, stored twice: one item per key (the public lookup) and one per unit (the
// organizers' list, and the condition a rotation checks). Built here and read back through its schema.
import { UnitKeyRecordSchema, type UnitKeyRecord } from '../../unit-links/unit-key-store.js';
import { keys } from '../keys.js';
import { readItem } from './read-item.js';

export function unitByKeyItem(record: UnitKeyRecord): Record<string, unknown> {
  return { ...keys.unitByKey(record.key), type: 'unit-key', ...record };
}

export function unitKeyOfUnitItem(record: UnitKeyRecord): Record<string, unknown> {
  return { ...keys.unitKeyOfUnit(record.unitId), type: 'unit-key-of-unit', ...record };
}

export function readUnitKey(item: Record<string, unknown>): UnitKeyRecord {
  return readItem(UnitKeyRecordSchema, item, 'unit-key');
}
